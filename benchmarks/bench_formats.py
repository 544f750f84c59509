"""Formats, side by side in one run (100k assets):

* export to GeoPackage vs pyogrio (GDAL) writing the same features and attributes   (target ratio <= 1)
* import a 100k-feature GeoPackage, and a CSV of the same rows, vs pyogrio reading it + writing
  the same rows (`import_baseline`)                                                (target ratio <= 1.0)
* export to Excel vs openpyxl write-only mode writing the same cells                  (target ratio <= 1)
* export to Excel vs XlsxWriter in constant-memory mode: the same cells as text, frozen filtered header,
  a hidden lists sheet and a dropdown (the hand-written writer stays only while it is > 1.5x faster,
  target ratio <= 0.67; otherwise the project switches to XlsxWriter and deletes its own)

``MAPPER_BENCH_N`` changes the size (default 100000). Peak RSS is the process's peak so far.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.harness import Figure, best_of, peak_rss_mb
from mapper.domain.records import Asset
from mapper.domain.taxonomy import taxonomy
from mapper.formats.api import export_file, import_files
from mapper.formats.tabular import cell_rows, headers
from mapper.store.project import Project

N = int(os.environ.get("MAPPER_BENCH_N", "100000"))


def _project(path: Path) -> Project:
    rng = random.Random(7)
    tx = taxonomy()
    cats = tx.categories
    p = Project.create(path)
    recs = []
    for i in range(N):
        cat = rng.choice(cats)
        recs.append(Asset(name=f"Asset {i}", category=cat, kind=tx.kind_of(cat),
                          description="A place where neighbours meet " * 2, address=f"{i} High Street, Sheffield",
                          postcode="S1 2BJ", location=(round(-1.6 + rng.random() * 0.4, 6),
                                                       round(53.3 + rng.random() * 0.15, 6)),
                          opening_times="Mon-Fri 9-5", contact_phone="0114 000 0000", website="https://example.org",
                          principles=("Spaces", "Connection"), may_publish=bool(i % 2), last_checked="2025-01-31",
                          recorded_by="Bench"))
    p.bulk_add(recs, derive=False)
    return p


def _columns(project):
    head = headers("assets")
    rows = list(cell_rows(project, "assets", public=False))
    return head, rows


def run() -> list[Figure]:
    import pyogrio
    import shapely
    from openpyxl import Workbook

    work = Path(tempfile.mkdtemp(prefix="bench_formats_"))
    figures = []
    try:
        project = _project(work / "big.gpkg")
        head, rows = _columns(project)
        lat_i, lon_i = head.index("latitude"), head.index("longitude")
        attr_names = [h for h in head if h not in ("latitude", "longitude")]
        cols = {h: [r[i] for r in rows] for i, h in enumerate(head)}
        geometry = shapely.to_wkb(shapely.points(np.array(cols["longitude"], dtype=float),
                                                 np.array(cols["latitude"], dtype=float)))
        field_data = [np.array([None if v is None else str(v) for v in cols[h]], dtype=object) for h in attr_names]

        # 1. GeoPackage export
        out = work / "export.gpkg"
        ours = best_of(lambda: export_file(project, out, public=False, kind="all"), repeat=2)
        gdal_out = work / "gdal.gpkg"

        def gdal_write():
            gdal_out.unlink(missing_ok=True)
            pyogrio.raw.write(str(gdal_out), geometry=geometry, field_data=field_data, fields=attr_names,
                              layer="assets", driver="GPKG", crs="EPSG:4326", geometry_type="Point")

        base = best_of(gdal_write, repeat=2)
        figures.append(Figure(f"export {N:,} assets to GeoPackage", ours, "pyogrio write (same features+fields)",
                              base, "ratio <= 1.0", ours <= base, {"peak_rss_mb": round(peak_rss_mb())}))

        # 2. import a foreign GeoPackage (the file GDAL wrote) and a CSV of the same rows
        csv_path = work / "assets.csv"
        _write_csv(csv_path, head, rows)
        for label, source in (("GeoPackage", gdal_out), ("CSV", csv_path)):
            load = os.getloadavg()[0]
            c0 = time.process_time()
            ours = best_of(lambda src=source: import_ours(src, work), repeat=1)
            c1 = time.process_time()
            base = best_of(lambda src=source: import_baseline(src, work), repeat=1)
            c2 = time.process_time()
            figures.append(Figure(f"import a {N:,}-row {label}", ours, "pyogrio read + write same rows", base,
                                  "ratio <= 1.0", ours <= base,
                                  {"peak_rss_mb": round(peak_rss_mb()), "cpu_s": round(c1 - c0, 2),
                                   "baseline_cpu_s": round(c2 - c1, 2), "cpu_ratio": round((c1 - c0) / (c2 - c1), 2),
                                   "load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1)}))

        # 3. Excel export
        xout = work / "export.xlsx"
        ours = best_of(lambda: export_file(project, xout, public=False, kind="assets"), repeat=1)

        def openpyxl_write():
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Assets")
            ws.append(head)
            for r in rows:
                ws.append(r)
            wb.save(work / "openpyxl.xlsx")

        base = best_of(openpyxl_write, repeat=1)
        figures.append(Figure(f"export {N:,} assets to Excel", ours, "openpyxl write-only (same cells)", base,
                              "ratio <= 1.0", ours <= base, {"peak_rss_mb": round(peak_rss_mb())}))
        xw = best_of(lambda: _xlsxwriter_write(work / "xlsxwriter.xlsx", head, rows), repeat=1)
        figures.append(Figure(f"export {N:,} assets to Excel (keep the hand-written writer?)", ours,
                              "XlsxWriter constant_memory (same cells, header, filter, dropdown)", xw,
                              "ratio <= 0.67", ours * 1.5 <= xw, {"peak_rss_mb": round(peak_rss_mb())}))
        del lat_i, lon_i
        project.close()
        if os.environ.get("MAPPER_BENCH_MILLION") == "1":
            figures.append(_million_csv(work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


_made = [0]


def _target(work: Path, stem: str) -> Project:
    _made[0] += 1
    return Project.create(work / f"{stem}{_made[0]}.gpkg")


def import_ours(source: Path, work: Path) -> float:
    """Our import of ``source`` into a new project (validation, fingerprints, versions, history, indexes)."""
    target = _target(work, "imp")
    try:
        report = import_files(target, [source])[0]
        assert report.added > 0 and not report.skipped, report.summary()
        return report.added
    finally:
        target.close()


def import_baseline(source: Path, work: Path) -> int:
    """pyogrio (GDAL) reads the file and the same rows are written to a new project with ids, in one
    transaction (the project's triggers keep its R-tree, full-text and change tracking as they would for
    any writer). A CSV's points come from its latitude/longitude columns."""
    import pyogrio
    import shapely

    from mapper.domain.records import new_uuid
    from mapper.store.geometry import point_blob

    target = _target(work, "base")
    try:
        meta, _, geoms, fields = pyogrio.raw.read(str(source))
        names = list(meta["fields"])
        data = [f.tolist() for f in fields]
        if geoms is not None:
            pts = shapely.from_wkb(geoms)
            xs, ys = shapely.get_x(pts).tolist(), shapely.get_y(pts).tolist()
        else:
            xs = [float(v) for v in data[names.index("longitude")]]
            ys = [float(v) for v in data[names.index("latitude")]]
        keep = [names.index(c) for c in target.columns("assets") if c in names]
        cols_db = [names[i] for i in keep]
        with target.transaction():  # the same rows, with ids (as ours get)
            target.conn.executemany(
                f"INSERT INTO assets (uuid, geom, {', '.join(cols_db)}) VALUES (?, ?, {', '.join('?' for _ in keep)})",
                ((new_uuid(), point_blob(x, y), *[data[i][j] for i in keep]) for j, (x, y) in enumerate(zip(xs, ys))))
        return len(xs)
    finally:
        target.close()


def _write_csv(path: Path, head: list[str], rows: list[list]) -> None:
    import csv

    keep = [i for i, h in enumerate(head) if h != "uuid"]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([head[i] for i in keep])
        w.writerows([r[i] for i in keep] for r in rows)


def _xlsxwriter_write(path: Path, head: list[str], rows: list[list]) -> None:
    """What our writer does, with XlsxWriter: text cells never read as formulas, numbers or links, a styled
    frozen header with a filter, a dropdown pointing at a hidden Lists sheet."""
    import xlsxwriter

    tx = taxonomy()
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_numbers": False, "strings_to_urls": False})
    ws = wb.add_worksheet("Assets")
    lists = wb.add_worksheet("Lists")
    ws.write_row(0, 0, head, wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1B6E5A"}))
    ws.freeze_panes(1, 0)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, str):
                ws.write_string(i, j, v)
            else:
                ws.write(i, j, v)
    ws.autofilter(0, 0, len(rows), len(head) - 1)
    col = head.index("category")
    ws.data_validation(1, col, len(rows), col, {"validate": "list",
                                               "source": f"=Lists!$A$1:$A${len(tx.categories)}"})
    lists.write_column(0, 0, tx.categories)  # a constant-memory worksheet must be written in row order
    lists.hide()
    wb.close()


def _in_child(fn, *args):
    """Run fn in a forked child; (seconds, child's peak RSS in MB)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    q = ctx.Queue()

    def target():
        import resource
        import time

        t0 = time.perf_counter()
        fn(*args)
        q.put((time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))

    p = ctx.Process(target=target)
    p.start()
    out = q.get()
    p.join()
    return out


def _million_csv(work: Path) -> Figure:
    """A million-row CSV is streamed (not refused): time and the child's peak RSS, beside csv.reader +
    executemany of the same rows."""
    import csv

    rows = 1_000_000
    f = work / "million.csv"
    with open(f, "w", encoding="utf-8", newline="") as fh:
        fh.write("name,latitude,longitude,category\n")
        for i in range(rows):
            fh.write(f"Place {i},{53 + (i % 100000) * 1e-6:.6f},{-1.5 + (i // 100000) * 1e-4:.6f},cafe\n")

    def ours():
        target = Project.create(work / "million.gpkg")
        import_files(target, [f], progress=lambda d, t: None)
        target.close()

    def baseline():
        from mapper.domain.records import new_uuid
        from mapper.store.geometry import point_blob

        target = Project.create(work / "million_base.gpkg")
        with open(f, newline="", encoding="utf-8") as fh, target.transaction():
            r = csv.reader(fh)
            next(r)
            target.conn.executemany("INSERT INTO assets (uuid, geom, name, category) VALUES (?, ?, ?, ?)",
                                    ((new_uuid(), point_blob(float(lo), float(la)), n, c) for n, la, lo, c in r))
        target.close()

    ours_s, ours_mb = _in_child(ours)
    base_s, base_mb = _in_child(baseline)
    return Figure(f"import a {rows:,}-row CSV (streamed)", ours_s, "csv.reader + executemany", base_s,
                  "memory bounded", ours_mb < 1024, {"peak_rss_mb": round(ours_mb), "baseline_rss_mb": round(base_mb)})


if __name__ == "__main__":
    for f in run():
        print(f.line())
