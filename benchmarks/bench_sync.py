"""Sync with the central map on a real PostgreSQL/PostGIS server (a throwaway cluster started here).

Figures, side by side in one run:
- first sync of a 100k-asset project to an empty server vs GDAL writing the same features into PostGIS
  (Debian's ``ogr2ogr -f PostgreSQL``, COPY mode; the pyogrio wheel has no PostgreSQL driver): ratio <= 1.5;
- an incremental sync of 200 edited records against a server holding 1,000,000 assets: <= 1 s, and within
  1.5x of the same sync against a server holding 10,000 (cost follows the change, not the size); measured
  twice: sending only, and sending 200 while receiving 200 made on the server (the laptop holds every
  asset, as a laptop that has synced does; receiving runs ``merge_files``).

The machine is shared, so each figure is the best (first sync) or the median (incremental, ``ROUNDS``
rounds) of several runs, with every run's raw seconds, the CPU seconds spent (this process + the server's
backends: a busy machine stretches wall time, not CPU time) and the load average in the notes. After each
bulk load the loaded table is VACUUM ANALYZEd and the server CHECKPOINTed (untimed), as autovacuum and the
checkpointer would do within minutes: the next measurement then meets a server at rest, as a central map
loaded long ago is, instead of a background vacuum of a million rows and the writing of their pages.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import signal
import statistics
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
ROUNDS = int(os.environ.get("BENCH_SYNC_ROUNDS", "5"))
TICK = os.sysconf("SC_CLK_TCK")


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


def _server_cpu(cluster) -> float:
    """CPU seconds of the server's finished backends (the postmaster's reaped children)."""
    pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / TICK


def _timed(cluster, fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process, its children and the server's backends) of ``fn``."""
    def cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime + _server_cpu(cluster)

    time.sleep(0.2)  # backends that closed before (the setup's own) are reaped first: not counted
    c0, t0 = cpu(), time.perf_counter()
    fn()
    wall = time.perf_counter() - t0
    time.sleep(0.2)  # the backend has exited and been reaped: its CPU is counted
    return wall, cpu() - c0


def _settle(cluster, db: str, table: str) -> None:
    with cluster.admin(db) as conn:
        conn.execute(f"VACUUM (ANALYZE) {table}")
        conn.execute("CHECKPOINT")  # the load's and the vacuum's dirty pages written now, not under a measurement


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _first_sync(cluster, work: Path) -> Figure:
    from mapper.store.project import Project
    from mapper.sync.targets import sync

    _project(work / "first.gpkg", FIRST, "Mapper").close()
    ours, gdal = [], []
    for _ in range(2):  # alternately, best of two each
        shutil.copy(work / "first.gpkg", work / "run.gpkg")
        p = Project.open(work / "run.gpkg")
        db = cluster.new_database("first", template=cluster.template)
        ours.append(_timed(cluster, lambda p=p, db=db: sync(p, cluster.dsn(db))))
        p.close()
        _settle(cluster, db, "mapper.assets")
        gdal_db = cluster.new_database("gdal")
        with cluster.admin(gdal_db) as conn:
            conn.execute("CREATE EXTENSION postgis")
        dest = f"PG:dbname={gdal_db} host={cluster.sock} port={cluster.port} user=postgres"
        cmd = [shutil.which("ogr2ogr") or "ogr2ogr", "-f", "PostgreSQL", dest, str(work / "first.gpkg"), "assets",
               "-nln", "gdal_assets", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=id", "-lco", "SPATIAL_INDEX=GIST"]
        gdal.append(_timed(cluster, lambda cmd=cmd: subprocess.run(cmd, check=True, capture_output=True)))
        _settle(cluster, gdal_db, "gdal_assets")
        with cluster.admin(gdal_db) as conn:
            assert conn.execute("SELECT count(*) FROM gdal_assets").fetchone()[0] == FIRST
        with cluster.admin(db) as conn:
            assert conn.execute("SELECT count(*) FROM mapper.assets").fetchone()[0] == FIRST
    best, base = min(ours), min(gdal)
    fig = Figure(f"first sync of {FIRST:,} assets to an empty server", best[0], "ogr2ogr into PostGIS", base[0],
                 "ratio <= 1.5")
    fig.ok = fig.ratio <= 1.5
    fig.notes = {"runs": " ".join(f"{o[0]:.2f}/{g[0]:.2f}" for o, g in zip(ours, gdal)),
                 "cpu_s": f"{best[1]:.2f}/{base[1]:.2f}", "cpu_ratio": f"{best[1] / base[1]:.2f}", "load": _load()}
    return fig


def _incremental(cluster, work: Path, n: int) -> tuple[list, list, int]:
    """([(wall, cpu)] of sending 200 edits, [(wall, cpu)] of sending 200 and receiving 200 made on the
    server, assets there), ``ROUNDS`` rounds each."""
    from mapper.sync.targets import sync

    db = cluster.new_database(f"inc{n}", template=cluster.template)
    p = _project(work / f"inc{n}.gpkg", n, "Mapper")
    sync(p, cluster.dsn(db))
    _settle(cluster, db, "mapper.assets")

    def edit(round_: int) -> None:
        uuids = [u for (u,) in p.conn.execute(f"SELECT uuid FROM assets ORDER BY random() LIMIT {CHANGES}")]
        for i, u in enumerate(uuids):
            p.update("assets", u, {"opening_times": f"Mon-Fri 9-{i % 12} ({round_})"})

    send, both = [], []
    for r in range(ROUNDS):
        edit(2 * r)
        send.append(_timed(cluster, lambda: sync(p)))
        edit(2 * r + 1)
        with cluster.admin(db) as conn:  # another writer: 200 edits made on the server (QGIS, SQL)
            conn.execute(f"UPDATE mapper.assets SET description = 'checked on site {r}' WHERE id IN "
                         f"(SELECT id FROM mapper.assets ORDER BY random() LIMIT {CHANGES})")
        both.append(_timed(cluster, lambda: sync(p)))
        assert p.conn.execute("SELECT count(*) FROM assets WHERE description = ?",
                              (f"checked on site {r}",)).fetchone()[0] == CHANGES
    with cluster.admin(db) as conn:
        count = conn.execute("SELECT count(*) FROM mapper.assets").fetchone()[0]
    assert count == n
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
            med = statistics.median(w for w, _c in big), statistics.median(w for w, _c in small)
            fig = Figure(f"incremental sync {what} {CHANGES} changes, server holding {count:,} assets (median of "
                         f"{ROUNDS})", med[0], f"the same against {SMALL:,}", med[1], "seconds <= 1 and ratio <= 1.5")
            fig.ok = med[0] <= 1.0 and fig.ratio <= 1.5
            cpu = statistics.median(c for _w, c in big), statistics.median(c for _w, c in small)
            fig.notes = {"runs": " ".join(f"{b:.2f}/{s:.2f}" for (b, _), (s, _) in zip(big, small)),
                         "cpu_s": f"{cpu[0]:.2f}/{cpu[1]:.2f}", "load": _load()}
            figures.append(fig)
        return figures
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
