"""Sync with the central map on a real PostgreSQL/PostGIS server (a throwaway cluster started here).

Figures, side by side in one run:
- first sync of a 100k-asset project to an empty server vs GDAL writing the same features into PostGIS
  (Debian's ``ogr2ogr -f PostgreSQL``, COPY mode; the pyogrio wheel has no PostgreSQL driver): ratio <= 1.5;
- an incremental sync of 200 edited records against a server holding 1,000,000 assets: <= 1 s, and within
  1.5x of the same sync against a server holding 10,000 (cost follows the change, not the size); measured
  twice: sending only, and sending 200 while receiving 200 made on the server (the laptop holds every
  asset, as a laptop that has synced does; receiving runs ``merge_files``).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure

ROOT = Path(__file__).resolve().parents[1]
FIRST = int(os.environ.get("BENCH_SYNC_FIRST", "100000"))
BIG = int(os.environ.get("BENCH_SYNC_BIG", "1000000"))
SMALL = 10_000
CHANGES = 200


def _project(path: Path, n: int, author: str):
    from mapper.domain.records import Asset
    from mapper.store.project import Project

    p = Project.create(path, author=author)
    rng = random.Random(n)
    for start in range(0, n, 100_000):
        p.bulk_add([Asset(name=f"Place {k}", category="other", contact_phone=f"0114 {k:07d}",
                          location=(-1.85 + rng.random(), 53.3 + rng.random() * 0.35))
                    for k in range(start, min(n, start + 100_000))], derive=False)
    return p


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _first_sync(cluster, work: Path) -> Figure:
    from mapper.sync.targets import sync

    p = _project(work / "first.gpkg", FIRST, "Mapper")
    ours = _timed(lambda: sync(p, cluster.dsn(cluster.new_database("first", template=cluster.template))))
    p.close()
    gdal_db = cluster.new_database("gdal")
    with cluster.admin(gdal_db) as conn:
        conn.execute("CREATE EXTENSION postgis")
    dest = f"PG:dbname={gdal_db} host={cluster.sock} port={cluster.port} user=postgres"
    cmd = [shutil.which("ogr2ogr") or "ogr2ogr", "-f", "PostgreSQL", dest, str(work / "first.gpkg"), "assets",
           "-nln", "gdal_assets", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=id", "-lco", "SPATIAL_INDEX=GIST"]
    gdal = _timed(lambda: subprocess.run(cmd, check=True, capture_output=True))
    with cluster.admin(gdal_db) as conn:
        assert conn.execute("SELECT count(*) FROM gdal_assets").fetchone()[0] == FIRST
    fig = Figure(f"first sync of {FIRST:,} assets to an empty server", ours, "ogr2ogr into PostGIS", gdal,
                 "ratio <= 1.5")
    fig.ok = fig.ratio <= 1.5
    return fig


def _incremental(cluster, work: Path, n: int) -> tuple[float, float, int]:
    """(seconds to send 200 edits, seconds to send 200 and receive 200 made on the server, assets there)."""
    from mapper.sync.targets import sync

    db = cluster.new_database(f"inc{n}", template=cluster.template)
    p = _project(work / f"inc{n}.gpkg", n, "Mapper")
    sync(p, cluster.dsn(db))

    def edit(round_: int) -> None:
        uuids = [u for (u,) in p.conn.execute(f"SELECT uuid FROM assets ORDER BY random() LIMIT {CHANGES}")]
        for i, u in enumerate(uuids):
            p.update("assets", u, {"opening_times": f"Mon-Fri 9-{i % 12} ({round_})"})

    edit(1)
    send = _timed(lambda: sync(p))
    edit(2)
    with cluster.admin(db) as conn:  # another writer: 200 edits made on the server (QGIS, SQL)
        conn.execute(f"UPDATE mapper.assets SET description = 'checked on site' WHERE id IN "
                     f"(SELECT id FROM mapper.assets ORDER BY random() LIMIT {CHANGES})")
    both = _timed(lambda: sync(p))
    with cluster.admin(db) as conn:
        count = conn.execute("SELECT count(*) FROM mapper.assets").fetchone()[0]
    assert count == n
    assert p.conn.execute("SELECT count(*) FROM assets WHERE description = 'checked on site'").fetchone()[0] == CHANGES
    p.close()
    (work / f"inc{n}.gpkg").unlink()
    return send, both, count


def run() -> list[Figure]:
    sys.path.insert(0, str(ROOT))
    from tests.pg import start_or_explain

    cluster = start_or_explain()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stopped from outside: still remove the cluster
    work = Path(tempfile.mkdtemp(prefix="nm-bench-sync-"))
    try:
        from mapper.sync.targets.pg_schema import init_server

        cluster.template = cluster.new_database("template_mapper")
        init_server(cluster.dsn(cluster.template))
        from mapper.sync.targets.base import empty_package

        empty_package()  # made once per process (the app's first pull); not part of any figure below
        figures = [_first_sync(cluster, work)]
        small_send, small_both, _ = _incremental(cluster, work, SMALL)
        big_send, big_both, count = _incremental(cluster, work, BIG)
        for what, big, small in (("sending", big_send, small_send),
                                 (f"sending {CHANGES} and receiving", big_both, small_both)):
            fig = Figure(f"incremental sync {what} {CHANGES} changes, server holding {count:,} assets", big,
                         f"the same against {SMALL:,}", small, "seconds <= 1 and ratio <= 1.5")
            fig.ok = big <= 1.0 and fig.ratio <= 1.5
            figures.append(fig)
        return figures
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
