"""Merging 500 exports x 200 changed records (100k records) into a central project, beside pygeodiff.

Each export is a copy of the central project (1,000 shared assets) in which one mapper added 150 assets
and edited 50 shared ones (edits overlap between mappers, so there are real conflicts). The 500 files
are built with bulk SQL from one template package, not through the app's API.

Figures: our ``merge_files`` (one transaction, order-free) vs pygeodiff doing what a Mergin-style client
does per file: ``create_changeset(base, central)`` + ``create_rebased_changeset`` + ``apply_changeset``.
Both run in child processes so each one's peak memory (max RSS) is its own.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure

FILES = 500
NEW_PER_FILE = 150
EDITS_PER_FILE = 50
BASE = 1000
T0 = int(time.time() * 1000) + 60_000  # after the central project was made, within the skew bound
# pygeodiff runs on all 500 files (about two minutes). BENCH_MERGE_GEODIFF_FILES=50 measures only the first
# files and scales linearly, which flatters it (each file costs more as the central file grows).
GEODIFF_FILES = int(os.environ.get("BENCH_MERGE_GEODIFF_FILES", str(FILES)))
ROOT = Path(__file__).resolve().parents[1]


def build(work: Path) -> tuple[Path, list[Path]]:
    from mapper.domain.records import Asset
    from mapper.store.connection import connect
    from mapper.store.geometry import point_blob
    from mapper.store.project import Project
    from mapper.store.versions import pack_versions
    from mapper.sync.package import write_package

    central = work / "central.gpkg"
    p = Project.create(central, author="Coordinator")
    rng = random.Random(7)
    p.bulk_add([Asset(name=f"Shared place {k}", location=(-1.85 + rng.random(), 53.3 + rng.random() * 0.35),
                      category="other") for k in range(BASE)])
    base_uuids = [u for (u,) in p.conn.execute("SELECT uuid FROM assets ORDER BY fid")]
    cols = p.columns("assets")
    template = write_package(p, work / "template.gpkg")
    p.close()
    conn = connect(template, check=False)  # geodiff refuses files with triggers it does not know
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND name NOT LIKE 'rtree_%'"
                                ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.close()
    files = []
    for i in range(FILES):
        path = work / f"mapper-{i:03d}.gpkg"
        shutil.copyfile(template, path)
        conn = connect(path, check=False)
        replica = f"m{i:03d}"
        conn.execute("BEGIN")
        conn.execute("UPDATE nm_settings SET value=? WHERE key='replica_id'", (replica,))
        conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('author', ?)", (f"Mapper {i}",))
        rows, vers = [], []
        for k in range(NEW_PER_FILE):
            v = f"{T0 + i * 1000 + k:013d}.00000.{replica}"
            u = f"{i:08x}-{k:04x}-4000-8000-{i * 1000 + k:012x}"
            lon, lat = -1.85 + rng.random(), 53.3 + rng.random() * 0.35  # South Yorkshire
            rows.append((u, point_blob(lon, lat), f"Place {i}-{k}", "shared_space", "other", "active"))
            vers.append(("assets", u, pack_versions({c: v for c in cols}, cols)))
        conn.executemany("INSERT INTO assets (uuid, geom, name, kind, category, status) VALUES (?,?,?,?,?,?)", rows)
        edits = []
        for k in range(EDITS_PER_FILE):
            u = base_uuids[(i * 37 + k * 11) % BASE]
            v = f"{T0 + i * 1000 + 500 + k:013d}.00000.{replica}"
            old = json.loads(conn.execute("SELECT versions FROM nm_versions WHERE tbl='assets' AND uuid=?",
                                          (u,)).fetchone()[0])
            old.update({"name": v, "description": v})
            edits.append((f"Shared place renamed by {i}", f"note {i}-{k}", u))
            vers.append(("assets", u, json.dumps(old, sort_keys=True, separators=(",", ":"))))
        conn.executemany("UPDATE assets SET name=?, description=? WHERE uuid=?", edits)
        conn.executemany("INSERT OR REPLACE INTO nm_versions VALUES (?, ?, ?)", vers)
        conn.execute("COMMIT")
        conn.close()
        files.append(path)
    return central, files


OURS = """
import json, resource, sys, time
from pathlib import Path
from mapper.store.project import Project
from mapper.sync.merge import merge_files
p = Project.open(sys.argv[1])
files = [Path(f) for f in sys.argv[2:]]
t0, c0, m0 = time.perf_counter(), time.process_time(), time.thread_time()
s = merge_files(p, files)
dt, cpu, main = time.perf_counter() - t0, time.process_time() - c0, time.thread_time() - m0
n = p.count("assets")
p.close()
print(json.dumps({"seconds": dt, "cpu": cpu, "main_cpu": main, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "added": s.added, "updated": s.updated, "conflicts": s.conflicts, "assets": n}))
"""

GEODIFF = """
import json, resource, sys, time, os
import pygeodiff
base, central, work = sys.argv[1], sys.argv[2], sys.argv[3]
files = sys.argv[4:]
g = pygeodiff.GeoDiff()
g.set_tables_to_skip(["nm_versions", "nm_tombstones", "nm_decisions"])  # composite keys: geodiff cannot rebase them
t0 = time.perf_counter()
for i, f in enumerate(files):
    theirs, mine, conflict = (os.path.join(work, n) for n in (f"t{i}.diff", f"m{i}.diff", f"c{i}.json"))
    g.create_changeset(base, central, theirs)
    g.create_rebased_changeset(base, f, theirs, mine, conflict)
    if not os.path.exists(mine):  # nothing of theirs to rebase over: the plain changeset
        g.create_changeset(base, f, mine)
    g.apply_changeset(central, mine)
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                         cwd=ROOT, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "child failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix="bench_merge"))
    try:
        t0 = time.perf_counter()
        central, files = build(work)
        build_s = time.perf_counter() - t0
        ours_target = work / "ours.gpkg"
        shutil.copyfile(central, ours_target)
        load_before = os.getloadavg()[0]  # 1-minute load: the machine is shared, so say how busy it was
        ours = _child(OURS, str(ours_target), *map(str, files))
        load_ours = os.getloadavg()[0]
        expected = BASE + FILES * NEW_PER_FILE
        assert ours["assets"] == expected, ours

        theirs_target = work / "theirs.gpkg"
        shutil.copyfile(work / "template.gpkg", theirs_target)  # geodiff needs plain copies (no FTS)
        diffs = work / "diffs"
        diffs.mkdir()
        sample = files[:GEODIFF_FILES]
        geo = _child(GEODIFF, str(work / "template.gpkg"), str(theirs_target), str(diffs), *map(str, sample))
        geo_total = geo["seconds"] * FILES / len(sample)
        return [
            Figure("merge 500 exports x 200 changed records (ours)", ours["seconds"],
                   f"pygeodiff rebase+apply per file (x{FILES // len(sample)} from {len(sample)} files)",
                   geo_total, target="seconds <= 10 and ratio <= 0.2",
                   ok=ours["seconds"] <= 10 and ours["seconds"] * 5 <= geo_total,
                   notes={"records": FILES * (NEW_PER_FILE + EDITS_PER_FILE), "added": ours["added"],
                          "updated": ours["updated"], "conflicts": ours["conflicts"],
                          "peak_rss_mb": round(ours["rss_mb"]), "geodiff_peak_rss_mb": round(geo["rss_mb"]),
                          # CPU time of all our threads (helper threads open and check files ahead)
                          "cpu_s": round(ours["cpu"], 2),
                          "main_thread_cpu_s": round(ours["main_cpu"], 2),  # the merge's own thread
                          "geodiff_measured_s": round(geo["seconds"], 2), "build_500_files_s": round(build_s, 1),
                          "load_1m_before": round(load_before, 1), "load_1m_after_ours": round(load_ours, 1),
                          "load_1m_after_geodiff": round(os.getloadavg()[0], 1)}),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
