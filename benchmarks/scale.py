"""`make bench-scale` / `python -m benchmarks --scale [N ...]`: how each operation grows with the project.

For each size (default 10k, 100k, 1M assets) it builds one project, a foreign GeoPackage written by GDAL and
a CSV of the same rows, then times every operation in a fresh Python process of its own, so that each
figure's peak memory (max RSS, in MB) is that operation's alone:

    import gpkg, import csv   a foreign file into a new project (validation and change tracking included)
    export gpkg, export xlsx  the whole project
    open                      window interactive (list showing its first page; map placeholder)
    search                    one keystroke in the window's search box -> list updated (median of 7); its own
                              row: the slowest of those, of typing "a", "as" ... "asset" (in every row) and of
                              the words in HARD (many matches far down the name order, half the rows, none),
                              with the window thread's CPU for it, and the keystroke that took the most CPU
                              (on a busy machine the slowest wall clock is often a short wait for a core)
    map ready                 MapWidget.set_project -> the page's ready call, every asset drawn (the app's
                              cluster index built); then a scripted pan/zoom: the longest frame is its own row
    map ready (in page)       the baseline: every asset in the page, clustered there (the previous design)
    merge                     500 exports whose changed records add up to N

The table gives seconds, microseconds per record (the cost per record should stay flat or fall as the size
grows) and peak MB; the progress lines add the operation's CPU seconds and the load average around it. `MAPPER_SCALE_OPS=open,search` limits the operations.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000)
OPS = ("import gpkg", "import csv", "export gpkg", "export xlsx", "open", "search", "map ready", "map ready (in page)",
       "merge")
MEMORY_LIMIT_MB = 2048  # no figure over 2 GB at 1M assets
# searches whose matches are many and far down the name order ("Asset 5 …" after 44 % of the list, "Asset 9 …"
# after 89 %: 111,111 each; "coffee": 32,487), half the rows ("o": 451,185), none, two words begun, and a
# common word longer than the index's prefixes ("community": 64,601, its words' lists merged for every search)
HARD = ("coffee", "asset 5", "asset 9", "o", "xyzzy", "coffee mor", "asset 5 cof", "community")


# -- inputs (built once per size) -------------------------------------------------------------------------

def build_inputs(work: Path, n: int) -> dict[str, Path]:
    """The project (with Sheffield's neighbourhoods and wards), the same assets as a GDAL GeoPackage and CSV."""
    import numpy as np
    import pyogrio
    import shapely

    from benchmarks.fixtures import make_project
    from mapper.formats.tabular import cell_rows, headers

    paths = {"project": work / f"project-{n}.gpkg", "foreign": work / f"foreign-{n}.gpkg",
             "csv": work / f"assets-{n}.csv"}
    project = make_project(paths["project"], n)
    head = headers("assets")
    keep = [h for h in head if h not in ("uuid",)]
    cols: dict[str, list] = {h: [] for h in keep}
    for row in cell_rows(project, "assets", public=False):
        for h, v in zip(head, row):
            if h in cols:
                cols[h].append(v)
    project.close()
    attr = [h for h in keep if h not in ("latitude", "longitude")]
    geometry = shapely.to_wkb(shapely.points(np.array(cols["longitude"], dtype=float),
                                             np.array(cols["latitude"], dtype=float)))
    pyogrio.raw.write(str(paths["foreign"]), geometry=geometry, fields=attr, layer="assets", driver="GPKG",
                      field_data=[np.array([None if v is None else str(v) for v in cols[h]], dtype=object)
                                  for h in attr], crs="EPSG:4326", geometry_type="Point")
    import csv

    with open(paths["csv"], "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(keep)
        w.writerows(zip(*(cols[h] for h in keep)))
    return paths


# -- one operation, in its own process ---------------------------------------------------------------------

def _op_import(source: Path, work: Path) -> dict:
    from mapper.formats.api import import_files
    from mapper.store.project import Project

    target = Project.create(work / f"import-{os.getpid()}.gpkg")
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        report = import_files(target, [source])[0]
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        target.close()
    finally:
        for leftover in work.glob(f"import-{os.getpid()}.gpkg*"):  # 1M rows are a gigabyte
            leftover.unlink()
    return {"seconds": seconds, "cpu": cpu, "records": report.added}


def _op_export(project_path: Path, out: Path, kind: str) -> dict:
    from mapper.formats.api import export_file
    from mapper.store.project import Project

    with Project.open(project_path) as project:
        n = project.count("assets")
        t0, c0 = time.perf_counter(), time.process_time()
        export_file(project, out, public=False, kind=kind)
        return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "records": n}


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    from PySide6.QtWidgets import QApplication

    import mapper.ui.scheme  # noqa: F401 - registers mapper:// before the QApplication

    return QApplication.instance() or QApplication([])


def _op_window(project_path: Path, search: bool) -> dict:
    import statistics

    app = _qt_app()
    from mapper.ui.main_window import MainWindow, MapPlaceholder

    t0 = time.perf_counter()
    w = MainWindow(map_factory=MapPlaceholder)
    w.open_project(project_path, wait=True)
    w.show()
    app.processEvents()
    opened = time.perf_counter() - t0
    total = w.assets.model.total
    assert total > 0 and w.assets.model.rowCount() > 0
    if not search:
        w.close()
        return {"seconds": opened, "records": total}
    box = w.assets.search
    box.setText("asset 1")
    app.processEvents()
    times, cpus = [], []  # wall; the window thread's CPU (what the keystroke cost, waits for a core aside)
    for i in range(7):
        c0, t0 = time.thread_time(), time.perf_counter()
        box.setText(("asset 12", "asset 1")[i % 2])
        app.processEvents()
        times.append(time.perf_counter() - t0)
        cpus.append(time.thread_time() - c0)
    matches = w.assets.model.total
    # The median above is mostly "asset 12" (4 of the 7): the slowest keystroke, the first letters a
    # person types ("a" ... "asset": words in every row) and the hard words are their own row
    for text in ("", "a", "as", "ass", "asse", "asset", *HARD):
        c0, t0 = time.thread_time(), time.perf_counter()
        box.setText(text)
        app.processEvents()
        times.append(time.perf_counter() - t0)
        cpus.append(time.thread_time() - c0)
    w.close()
    texts = [("asset 12", "asset 1")[i % 2] for i in range(7)] + ["", "a", "as", "ass", "asse", "asset", *HARD]
    slowest = max(range(len(times)), key=times.__getitem__)
    costliest = max(range(len(cpus)), key=cpus.__getitem__)
    return {"seconds": statistics.median(times[:7]), "records": total, "matches": matches, "slowest": times[slowest],
            "slowest_text": texts[slowest], "slowest_cpu": cpus[slowest], "most_cpu": cpus[costliest],
            "most_cpu_text": texts[costliest]}


def _op_map(project_path: Path, in_page: bool = False) -> dict:
    """Map ready (best of 2 after a warm-up) and a scripted pan/zoom's longest frame (benchmarks/bench_map.py);
    ``in_page``: the previous design, every asset in the page and clustered there (the baseline). Peak
    memory: this process plus its browser processes."""
    app = _qt_app()
    from benchmarks import bench_map
    from mapper.store.project import Project
    from mapper.ui.map_widget import MapWidget

    with Project.open(project_path) as project:
        n = project.count("assets")
        if in_page:
            got = bench_map.in_page_baseline(app, project, project_path.parent)
        else:
            widget = MapWidget()
            widget.resize(1280, 800)
            widget.show()
            got = bench_map.measure(app, widget, project, repeat=2)
        assert got["drawn"] == n, (got["drawn"], n)
    return {"seconds": got["ready"], "records": n, "peak_mb": got["peak_mb"], "frame": got["frame_max"],
            "frame_p95": got["frame_p95"], "floor": got.get("floor_max")}


MERGE = """
import json, sys, time
from pathlib import Path
from benchmarks.scale import peak_mb
from mapper.store.project import Project
from mapper.sync.merge import merge_files
p = Project.open(sys.argv[1])
t0 = time.perf_counter()
merge_files(p, [Path(f) for f in sys.argv[2:]])
seconds = time.perf_counter() - t0
p.close()
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb()}))
"""


def _op_merge(n: int, work: Path) -> dict:
    """500 exports built as bench_merge builds them, their changed records adding up to n; the merge itself
    runs in a process of its own (so its peak memory is not the build's)."""
    import benchmarks.bench_merge as bm

    per_file = max(1, n // bm.FILES)
    bm.NEW_PER_FILE = max(1, per_file * 3 // 4)
    bm.EDITS_PER_FILE = per_file - bm.NEW_PER_FILE
    bm.BASE = max(bm.BASE, bm.EDITS_PER_FILE * 20)
    central, files = bm.build(work)
    out = subprocess.run([sys.executable, "-c", MERGE, str(central), *map(str, files)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1]) | {"records": bm.FILES * per_file}


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss it does not carry over the peak of the
    process that started this one)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_op(op: str, n: int, work: Path) -> dict:
    paths = {"project": work / f"project-{n}.gpkg", "foreign": work / f"foreign-{n}.gpkg",
             "csv": work / f"assets-{n}.csv"}
    if op == "import gpkg":
        out = _op_import(paths["foreign"], work)
    elif op == "import csv":
        out = _op_import(paths["csv"], work)
    elif op == "export gpkg":
        out = _op_export(paths["project"], work / "out.gpkg", "all")
    elif op == "export xlsx":
        out = _op_export(paths["project"], work / "out.xlsx", "assets")
    elif op in ("open", "search"):
        out = _op_window(paths["project"], search=op == "search")
    elif op in ("map ready", "map ready (in page)"):
        out = _op_map(paths["project"], in_page=op != "map ready")
    elif op == "merge":
        merge_work = work / "merge"
        merge_work.mkdir(exist_ok=True)
        out = _op_merge(n, merge_work)
        shutil.rmtree(merge_work, ignore_errors=True)
    else:
        raise SystemExit(f"unknown operation {op!r}")
    out.setdefault("peak_mb", peak_mb())  # the merge reports its own process's peak
    return out


# -- the table ---------------------------------------------------------------------------------------------

def _child(op: str, n: int, work: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "benchmarks.scale", "--op", op, str(n), str(work)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1:] or ["failed"]
        return {"error": last[0]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def machine() -> str:
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}), {psutil.virtual_memory().total / 2**30:.0f} GiB, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def table(sizes: tuple[int, ...], ops: tuple[str, ...]) -> list[str]:
    lines = [f"Machine: {machine()}", "",
             "| operation | " + " | ".join(f"{n:,}: s / µs per record / peak MB" for n in sizes) + " |",
             "|---|" + "---|" * len(sizes)]
    results: dict[tuple[str, int], dict] = {}
    kept = os.environ.get("MAPPER_SCALE_INPUTS")  # a folder of inputs built before (kept, not deleted)
    for n in sizes:
        work = Path(kept) if kept else Path(tempfile.mkdtemp(prefix=f"bench-scale-{n}-"))
        try:
            if not (work / f"project-{n}.gpkg").exists():
                t0 = time.perf_counter()  # built in a child, so that this process stays small
                subprocess.run([sys.executable, "-m", "benchmarks.scale", "--build", str(n), str(work)], cwd=ROOT,
                               check=True)
                print(f"  built {n:,} assets in {time.perf_counter() - t0:.1f} s", flush=True)
            for op in ops:
                load = os.getloadavg()[0]
                results[op, n] = r = _child(op, n, work)
                cpu = f", CPU {r['cpu']:.1f} s" if "cpu" in r else ""
                print(f"  {op} at {n:,}: {_cell(r)}{cpu} (load average {load:.1f} before, "
                      f"{os.getloadavg()[0]:.1f} after)", flush=True)
        finally:
            if not kept:
                shutil.rmtree(work, ignore_errors=True)
    over = []
    for op in ops:
        lines.append(f"| {op} | " + " | ".join(_cell(results[op, n]) for n in sizes) + " |")
        over += [f"{op} at {n:,}" for n in sizes if results[op, n].get("peak_mb", 0) > MEMORY_LIMIT_MB]
        if op == "search":
            lines.append("| search: slowest keystroke (also typing a, as ... asset; " + ", ".join(HARD) + ") | " + " | ".join(
                f"{r['slowest']:.3f} ({r.get('slowest_text')!r}, CPU {r['slowest_cpu']:.3f}; most CPU "
                f"{r['most_cpu']:.3f}, {r['most_cpu_text']!r})" if "slowest" in r else "—"
                for r in (results[op, n] for n in sizes)) + " |")
        if op.startswith("map ready"):  # the same run's pan/zoom: longest frame (95th percentile), seconds
            lines.append(f"| {op.replace('map ready', 'map pan/zoom frame')} | " + " | ".join(
                f"{r['frame']:.3f} (p95 {r['frame_p95']:.3f}"
                + (f"; no assets drawn {r['floor']:.3f})" if r.get("floor") is not None else ")")
                if "frame" in r else "—"
                for r in (results[op, n] for n in sizes)) + " |")
    lines += ["", f"Peak memory over {MEMORY_LIMIT_MB} MB: {', '.join(over) if over else 'none'}"]
    return lines


def _cell(r: dict) -> str:
    if "error" in r:
        return f"failed: {r['error'][:60]}"
    per = r["seconds"] / r["records"] * 1e6 if r.get("records") else float("nan")
    return f"{r['seconds']:.3f} / {per:.1f} / {r['peak_mb']:.0f}"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--op"]:
        print(json.dumps(run_op(argv[1], int(argv[2]), Path(argv[3]))))
        return 0
    if argv[:1] == ["--build"]:
        build_inputs(Path(argv[2]), int(argv[1]))
        return 0
    sizes = tuple(int(a) for a in argv) or SIZES
    ops = tuple(o.strip() for o in os.environ.get("MAPPER_SCALE_OPS", ",".join(OPS)).split(",") if o.strip())
    for line in table(sizes, ops):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
