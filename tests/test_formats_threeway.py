"""Three-way import of workbook, CSV and GeoJSON round trips: only cells changed in the file since the
export are applied; a cell changed both in the file and in the project is kept for review."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from mapper.domain.records import Asset
from mapper.formats.api import export_file
from mapper.sync.conflicts import open_conflicts
from mapper.sync.package import import_files


def _edit(path, uuid: str, changes: dict[str, str], *, drop_base: bool = False) -> None:
    """Change cells of one row as a person would in Excel / a text editor."""
    if path.suffix == ".xlsx":
        wb = load_workbook(path)
        ws = wb["Assets"]
        head = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            if row[head.index("uuid")].value == uuid:
                for k, v in changes.items():
                    row[head.index(k)].value = v
                if drop_base:
                    row[head.index("base")].value = None
        wb.save(path)
    elif path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        head = rows[0]
        for r in rows[1:]:
            if r[head.index("uuid")] == uuid:
                for k, v in changes.items():
                    r[head.index(k)] = v
                if drop_base:
                    r[head.index("base")] = ""
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
    else:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for feat in doc["features"]:
            if feat["id"] == uuid:
                feat["properties"].update(changes)
                if drop_base:
                    feat["properties"].pop("base", None)
        path.write_text(json.dumps(doc), encoding="utf-8")


@pytest.fixture(params=[".xlsx", ".csv", ".geojson"])
def monday(request, project, tmp_path):
    """Monday: the sheet is exported. Tuesday: the opening times are fixed in the app."""
    lib = project.add(Asset(name="Crookes Library", location=(-1.5, 53.38), opening_times="Mon 9-5",
                            contact_phone="0114 111 1111"))
    out = tmp_path / f"monday{request.param}"
    export_file(project, out, public=False, kind="assets")
    project.update("assets", lib.uuid, {"opening_times": "Tue 10-4"})
    return project, lib.uuid, out


def test_a_returned_sheet_applies_only_the_cells_it_changed(monday):
    project, uuid, sheet = monday
    _edit(sheet, uuid, {"contact_phone": "0114 222 2222"})
    import_files(project, [sheet])
    row = project.row("assets", uuid)
    assert row["contact_phone"] == "0114 222 2222"
    assert row["opening_times"] == "Tue 10-4"  # Tuesday's fix survives Monday's sheet
    assert open_conflicts(project) == []


def test_a_cell_changed_in_both_is_kept_for_review(monday):
    project, uuid, sheet = monday
    _edit(sheet, uuid, {"opening_times": "Wed 1-3"})
    report = import_files(project, [sheet])[0]
    assert project.row("assets", uuid)["opening_times"] == "Tue 10-4"
    [c] = open_conflicts(project)
    assert (c["field"], c["kept"], c["other"], c["other_source"]) == ("opening_times", "Tue 10-4", "Wed 1-3",
                                                                       sheet.name)
    assert "kept" in report.summary()
    import_files(project, [sheet])  # the same sheet again adds nothing new
    assert len(open_conflicts(project)) == 1


def test_a_row_without_its_base_is_a_newer_edit_as_before(monday):
    project, uuid, sheet = monday
    _edit(sheet, uuid, {"contact_phone": "0114 333 3333"}, drop_base=True)
    import_files(project, [sheet])
    row = project.row("assets", uuid)
    assert row["contact_phone"] == "0114 333 3333" and row["opening_times"] == "Mon 9-5"


def test_the_template_keeps_the_base_column_and_the_read_me_explains_it(project, tmp_path):
    export_file(project, tmp_path / "t.xlsx", public=False, kind="template")
    wb = load_workbook(tmp_path / "t.xlsx", read_only=True)
    assert "base" in [c.value for c in next(wb["Assets"].iter_rows(max_row=1))]
    readme = " ".join(str(c) for r in wb["Read me"].iter_rows(values_only=True) for c in r if c)
    assert "base" in readme and "kept for review" in readme
    wb.close()


def test_public_exports_carry_no_base(project, tmp_path):
    project.add(Asset(name="Hall", location=(-1.5, 53.38), may_publish=True))
    export_file(project, tmp_path / "pub.geojson", public=True, kind="assets")
    doc = json.loads((tmp_path / "pub.geojson").read_text())
    assert doc["features"][0]["properties"].get("base") is None


def test_a_sheet_returned_unchanged_changes_nothing_where_boundary_sets_overlap(demo_template, tmp_path, capsys):
    """A coordinator's project built from other boundaries (wards) takes a mapper's export by merge; the
    mapper's workbook then comes back untouched. Its neighbourhood cells equal the base, so nothing is
    applied: the neighbourhood is not pinned by hand just because the place also lies in a ward."""
    import shutil
    import sqlite3

    from mapper.cli import main
    from tests.paths import ROOT

    mapper_copy, central = tmp_path / "mapper.gpkg", tmp_path / "central.gpkg"
    shutil.copy(demo_template, mapper_copy)
    assert main(["export", str(mapper_copy), str(tmp_path / "out.gpkg")]) == 0
    assert main(["export", str(mapper_copy), str(tmp_path / "sheet.xlsx")]) == 0
    wards = ROOT / "resources" / "boundaries" / "sheffield_wards_2016.geojson"
    assert main(["new", str(central), "--boundaries", str(wards)]) == 0
    assert main(["merge", str(central), str(tmp_path / "out.gpkg")]) == 0
    before = sqlite3.connect(central).execute("SELECT uuid, neighbourhood, neighbourhood_fixed FROM assets "
                                              "ORDER BY uuid").fetchall()
    capsys.readouterr()
    assert main(["import", str(central), str(tmp_path / "sheet.xlsx")]) == 0
    assert " 0 updated" in capsys.readouterr().out
    after = sqlite3.connect(central).execute("SELECT uuid, neighbourhood, neighbourhood_fixed FROM assets "
                                             "ORDER BY uuid").fetchall()
    assert after == before


def test_every_exported_row_carries_its_own_records_base(project):
    """The base tokens come from one ordered pass over nm_versions merged with the rows (not a look-up per
    row): each row still gets exactly its own record's versions, with uuids in another order than the rows,
    deleted rows between them and a record that has no versions row."""
    from mapper.formats.tabular import cell_rows, headers

    uuids = [f"{i:08x}-0000-4000-8000-000000000000" for i in range(40, 0, -1)]  # against the rows' order
    for i, u in enumerate(uuids):
        project.add(Asset(uuid=u, name=f"Hall {i}", location=(-1.5, 53.38)))
    for u in uuids[3:40:7]:
        project.delete("assets", u)
    project.conn.execute("DELETE FROM nm_versions WHERE tbl = 'assets' AND uuid = ?", (uuids[11],))
    head = headers("assets")
    got = {r[head.index("uuid")]: r[head.index("base")] for r in cell_rows(project, "assets", public=False)}
    want = dict(project.conn.execute("SELECT uuid, versions FROM nm_versions WHERE tbl = 'assets' AND uuid IN "
                                     "(SELECT uuid FROM assets)"))
    assert len(got) == 40 - len(uuids[3:40:7]) and got[uuids[11]] is None
    assert {u: b for u, b in got.items() if b is not None} == want
    assert all(b is None for b in [r[head.index("base")] for r in cell_rows(project, "assets", public=True)])
