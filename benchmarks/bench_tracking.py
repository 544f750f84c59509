"""What change tracking in the file costs (issue 11), each beside the same work without it in one run:

* an ordinary edit (``Project.update`` of one field, 10k-asset project) with the tracking triggers and the
  checkpoint after each commit, vs the same edits with the triggers dropped and no checkpoint   (reported)
* importing a 100k-row GeoPackage with tracking vs with the triggers dropped                      (reported)
* versioning 10k rows edited outside the app (plain SQL UPDATE, as QGIS would) vs the UPDATE itself

``MAPPER_BENCH_N`` changes the import size (default 100000).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import numpy as np

from benchmarks.harness import Figure, best_of
from mapper.domain.records import Asset
from mapper.formats.api import import_files
from mapper.store import tracking
from mapper.store.geometry import register_functions
from mapper.store.project import Project

N = int(os.environ.get("MAPPER_BENCH_N", "100000"))
EDITS = 200


def _untracked(p: Project) -> None:
    for (name,) in p.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE '%_track_%'"
                                  ).fetchall():
        p.conn.execute(f'DROP TRIGGER "{name}"')
    p._tracked = False  # noqa: SLF001 - the baseline is the app without tracking


def _assets(n: int) -> list[Asset]:
    return [Asset(name=f"Asset {i}", location=(-1.6 + (i % 400) / 1000, 53.3 + (i // 400) / 2000),
                  opening_times="Mon-Fri 9-5", contact_phone="0114 000 0000") for i in range(n)]


def run() -> list[Figure]:
    import pyogrio  # noqa: F401
    import shapely
    from pyogrio.raw import write

    work = Path(tempfile.mkdtemp(prefix="bench_tracking_"))
    figures = []
    try:
        seed = work / "seed.gpkg"
        with Project.create(seed) as p:
            p.bulk_add(_assets(10_000), derive=False)
        n = [0]

        def edits(tracked: bool, checkpoint: bool = True):
            def go():
                n[0] += 1
                path = work / f"edit{n[0]}.gpkg"
                shutil.copyfile(seed, path)
                p = Project.open(path)
                p.checkpoint_after_commit = checkpoint
                if not tracked:
                    _untracked(p)
                uuids = [r[0] for r in p.conn.execute("SELECT uuid FROM assets LIMIT ?", (EDITS,))]
                try:
                    import time

                    t0 = time.perf_counter()
                    for i, u in enumerate(uuids):
                        p.update("assets", u, {"opening_times": f"Sat {i}"})
                    go.took = time.perf_counter() - t0
                finally:
                    p.close()
            return go

        def per_edit(fn) -> float:
            return min((fn(), fn.took)[1] for _ in range(3)) / EDITS

        base = per_edit(edits(False, False))
        figures.append(Figure("one ordinary edit, tracked (no checkpoint)", per_edit(edits(True, False)),
                              "untracked, no checkpoint", base, "reported"))
        figures.append(Figure("one ordinary edit, tracked + checkpoint after commit", per_edit(edits(True)),
                              "untracked, no checkpoint", base, "reported"))

        # 100k GeoPackage import (a foreign file written by GDAL)
        gdal_out = work / "foreign.gpkg"
        xs = -1.6 + np.arange(N) % 400 / 1000
        ys = 53.3 + np.arange(N) // 400 / 2000
        geom = np.array(shapely.to_wkb(shapely.points(xs, ys)), dtype=object)
        write(str(gdal_out), geometry=geom, driver="GPKG", layer="assets", crs="EPSG:4326", geometry_type="Point",
              fields=["name", "opening_times"],
              field_data=[np.array([f"Place {i}" for i in range(N)], dtype=object),
                          np.array(["Mon-Fri 9-5"] * N, dtype=object)])

        def importing(tracked: bool):
            def go():
                n[0] += 1
                target = Project.create(work / f"imp{n[0]}.gpkg")
                if not tracked:
                    _untracked(target)
                try:
                    assert import_files(target, [gdal_out])[0].added == N
                finally:
                    target.close()
            return go

        ours = best_of(importing(True), repeat=1)
        base = best_of(importing(False), repeat=1)
        figures.append(Figure(f"import a {N:,}-row GeoPackage, tracked", ours, "triggers dropped", base, "reported"))

        # outside edits: plain SQL updates of 10k rows, then the app versions them
        path = work / "outside.gpkg"
        shutil.copyfile(seed, path)

        def outside_update():
            conn = sqlite3.connect(path)
            register_functions(conn)
            conn.execute("UPDATE assets SET opening_times = opening_times || '.'")
            conn.commit()
            conn.close()

        base = best_of(outside_update, repeat=1)
        with Project.open(path, readonly=True) as p:
            assert tracking.pending(p.conn) == {"assets": 10_000}
        import time

        t0 = time.perf_counter()
        with Project.open(path) as p:
            assert p.outside_changes.updated == {"assets": 10_000}
        ours = time.perf_counter() - t0
        figures.append(Figure("open + version 10,000 rows edited outside", ours, "the outside UPDATE itself", base,
                              "reported"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures
