"""Property test (issue 11): random histories across 3-10 laptops mixing app edits, outside edits (plain
SQL through sqlite3, which fires the same triggers QGIS/GDAL do; real GDAL is in test_store_tracking),
workbook/CSV round trips (fresh and stale), imports of each other's exports and merges with each other.
Afterwards every laptop holds the same records, versions and tombstones, and no written value
disappears without a conflict entry."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from mapper.domain.records import Asset
from mapper.formats.api import export_file
from mapper.store.geometry import point_blob, register_functions
from mapper.store.stored import from_text
from mapper.sync.merge import merge_files
from mapper.sync.package import import_files
from mapper.sync.rules import canon
from tests.test_merge_helpers import T0, Replica, copied_template, scratch_dir, state
from tests.test_merge_props import exported_writes

POOLS = {"description": ["x", "y", "z"], "contact_phone": ["0114 222 3333", "0114 999 0000"],
         "opening_times": ["Mon", "Tue", "Wed"]}
FIELDS = sorted(POOLS)

op = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 9)),
    st.tuples(st.just("edit"), st.integers(0, 9), st.integers(0, 99), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(0, 9), st.integers(0, 99)),
    st.tuples(st.just("sql_edit"), st.integers(0, 9), st.integers(0, 99), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("sql_delete"), st.integers(0, 9), st.integers(0, 99)),
    st.tuples(st.just("sql_insert"), st.integers(0, 9)),
    st.tuples(st.just("sheet_out"), st.integers(0, 9), st.sampled_from([".csv", ".xlsx"])),
    st.tuples(st.just("sheet_back"), st.integers(0, 9), st.integers(0, 99), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("import_export"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("merge"), st.integers(0, 9), st.integers(0, 9)),
)


def outside(p, sql: str, params=()) -> None:
    """A write by another tool while the app has the file open (the same triggers as QGIS/GDAL fire)."""
    conn = sqlite3.connect(p.path, timeout=10)
    register_functions(conn)  # GeoPackage's ST_ functions for the R-tree triggers, as QGIS/GDAL have them
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def edit_sheet(path: Path, row_pick: int, field: str, value: str) -> str | None:
    """Change one cell of one row, as a person would; returns the row's uuid (None: no rows)."""
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        if len(rows) < 2:
            return None
        head, row = rows[0], rows[1 + row_pick % (len(rows) - 1)]
        row[head.index(field)] = value
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
        return row[head.index("uuid")]
    wb = load_workbook(path)
    ws = wb["Assets"]
    head = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2))
    if not rows:
        return None
    row = rows[row_pick % len(rows)]
    row[head.index(field)].value = value
    wb.save(path)
    return row[head.index("uuid")].value


def run_history(tmp: Path, n: int, ops: list, template: Path) -> tuple[list[Replica], list[Path]]:
    reps = [Replica(tmp / f"r{i}.gpkg", f"r{i:02d}", template=template) for i in range(n)]
    sheets: list[list[Path]] = [[] for _ in range(n)]
    files: list[Path] = []  # every export that left a laptop
    clock = T0
    for k, o in enumerate(ops):
        clock += 1000
        i = o[1] % n
        r = reps[i]
        r.now = clock
        p = r.p
        uuids = sorted(u for (u,) in p.conn.execute("SELECT uuid FROM assets"))
        kind = o[0]
        if kind == "insert":
            p.add(Asset(name=f"Asset {k}", location=(-1.47 + k * 0.001, 53.38), uuid=f"00000000-0000-4000-8000-{k:012d}"))
        elif kind == "sql_insert":
            outside(p, "INSERT INTO assets (name, kind, category, status, geom) VALUES (?, 'shared_space', 'other', "
                       "'active', ?)", (f"Outside {k}", point_blob(-1.5 + k * 0.001, 53.39)))
        elif kind in ("edit", "delete", "sql_edit", "sql_delete") and uuids:
            u = uuids[o[2] % len(uuids)]
            if kind == "edit":
                p.update("assets", u, {o[3]: POOLS[o[3]][o[4] % len(POOLS[o[3]])]})
            elif kind == "delete":
                p.delete("assets", u)
            elif kind == "sql_edit":
                outside(p, f'UPDATE assets SET "{o[3]}" = ? WHERE uuid = ?', (POOLS[o[3]][o[4] % len(POOLS[o[3]])], u))
            else:
                outside(p, "DELETE FROM assets WHERE uuid = ?", (u,))
        elif kind == "sheet_out":
            out = tmp / f"sheet-{k}{o[2]}"
            export_file(p, out, public=False, kind="assets")
            sheets[i].append(out)
        elif kind == "sheet_back" and sheets[i]:
            src = sheets[i][o[2] % len(sheets[i])]  # fresh or stale
            back = tmp / f"back-{k}{src.suffix}"
            shutil.copyfile(src, back)
            value = POOLS[o[3]][o[4] % len(POOLS[o[3]])] + " (sheet)"
            u = edit_sheet(back, o[2], o[3], value)
            if u is None:
                continue
            import_files(p, [back])
            if p.exists("assets", u):  # a row of a record deleted since is refused with its reason
                kept = {from_text(v) for (v,) in p.conn.execute(
                    "SELECT other_value FROM nm_conflicts WHERE tbl='assets' AND uuid=? AND field=?", (u, o[3]))}
                assert p.row("assets", u)[o[3]] == value or value in kept, (u, o[3], value)
        elif kind in ("import_export", "merge"):
            j = o[2] % n
            if j != i:
                f = reps[j].export(tmp / f"x-{k}.gpkg")
                files.append(f)
                (import_files if kind == "import_export" else merge_files)(p, [f])
    return reps, files


def records(p) -> dict:
    s = state(p)
    return {k: s[k] for k in ("assets", "versions", "tombstones")}


# Each example builds 3-10 GeoPackages, exports and merges them (about a third of a second of CPU): slow by
# Hypothesis's standard, so the too_slow health check is off (only it). Examples are cheap enough for 100
# (files in memory where there is a tmpfs, one template made per process, small exports read without
# attaching the project) to run well under a minute on an idle 2-core machine.
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(3, 10), ops=st.lists(op, min_size=8, max_size=30))
def test_laptops_editing_in_every_way_end_identical_and_lose_nothing(n, ops):
    tmp = scratch_dir("trackprop")
    try:
        template = copied_template(tmp)
        reps, files = run_history(tmp, n, ops, template)
        end = T0 + 10_000_000
        for r in reps:
            r.now = end
        finals = [r.export(tmp / f"final-{i}.gpkg") for i, r in enumerate(reps)]
        hub = reps[0]
        merge_files(hub.p, finals[1:])
        back = hub.export(tmp / "hub.gpkg")
        for r in reps[1:]:
            merge_files(r.p, [back])
        want = records(hub.p)
        for r in reps[1:]:
            assert records(r.p) == want
        # no value that left a laptop disappears without a conflict entry (in a merger of every file)
        m = Replica(tmp / "check.gpkg", "zz-check", end, template=template)
        try:
            everything = files + finals
            merge_files(m.p, everything)
            st_ = state(m.p)
            winners = {u: v for (t, u), v in st_["versions"].items() if t == "assets"}
            losers = {(c[1], c[2], c[6]): c[5] for c in st_["conflicts"]}
            for f in everything:
                for u, fld, ver, val in exported_writes(f):
                    if winners[u].get(fld) == ver:
                        continue
                    assert (u, fld, ver) in losers, (f.name, u, fld, ver)
                    if not fld.startswith("_"):
                        assert canon(from_text(losers[(u, fld, ver)])) == canon(val)
        finally:
            m.close()
        for r in reps:
            r.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
