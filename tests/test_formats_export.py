"""What exports contain: GeoPackages GDAL reads (layers, counts, CRS), nothing private in --public, no
care needs in the clear, no -wal beside the file; workbooks with a Read me, styled frozen filtered
headers, dates as dates and dropdowns; a blank template that imports back; LibreOffice agrees."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

from mapper.domain.records import Asset, CareNeed
from mapper.domain.taxonomy import taxonomy
from mapper.formats.api import export_file
from mapper.store.project import Project
from mapper.sync.package import import_files


def test_geopackage_export_is_valid_for_gdal(demo, tmp_path):
    pyogrio = pytest.importorskip("pyogrio")
    out = tmp_path / "all.gpkg"
    report = export_file(demo, out, public=False, kind="all")
    assert not Path(str(out) + "-wal").exists() and not list(tmp_path.glob(".all.gpkg*"))
    layers = {name: geom for name, geom in pyogrio.list_layers(out)}
    assert {"assets", "groups", "neighbourhoods"} <= set(layers)
    assert layers["assets"] == "Point"
    info = pyogrio.read_info(out, layer="assets")
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == demo.count("assets") == report.counts["assets"]
    assert pyogrio.read_info(out, layer="groups")["features"] == demo.count("groups")
    c = sqlite3.connect(out)
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
    assert not any(n.endswith("_fts") for n in names)
    assert {"nm_versions", "nm_tombstones", "nm_settings"} <= names
    assert c.execute("SELECT value FROM nm_settings WHERE key='replica_id'").fetchone()[0] == demo.replica_id
    assert c.execute("SELECT count(*) FROM care_needs").fetchone()[0] == 0  # never in the clear
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    c.close()


def test_public_geopackage_keeps_only_publishable_records(demo, tmp_path):
    pyogrio = pytest.importorskip("pyogrio")
    assert demo.count("care_needs") > 0
    out = tmp_path / "public.gpkg"
    export_file(demo, out, public=True, kind="all")
    published = demo.conn.execute("SELECT count(*) FROM assets WHERE may_publish=1").fetchone()[0]
    assert 0 < published < demo.count("assets")
    assert pyogrio.read_info(out, layer="assets")["features"] == published
    c = sqlite3.connect(out)
    assert c.execute("SELECT count(*) FROM assets WHERE coalesce(may_publish,0) != 1").fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM care_needs").fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM assets WHERE recorded_by IS NOT NULL").fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM nm_history").fetchone()[0] == 0
    private = {r[0] for r in demo.conn.execute("SELECT uuid FROM assets WHERE coalesce(may_publish,0) != 1")}
    exported_versions = {r[0] for r in c.execute("SELECT uuid FROM nm_versions")}
    assert not private & exported_versions
    c.close()


def test_export_replaces_the_old_file_atomically(demo, tmp_path):
    out = tmp_path / "a.xlsx"
    out.write_bytes(b"old contents")
    export_file(demo, out, public=False, kind="all")
    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir() if "a.xlsx" in p.name] == ["a.xlsx"]


def test_workbook_layout(demo, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "book.xlsx"
    export_file(demo, out, public=False, kind="all")
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["Read me", "Assets", "Groups"]
    assert wb["Lists"].sheet_state == "hidden"
    ws = wb["Assets"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1B6E5A")
    assert ws.column_dimensions["B"].width >= 30
    header = [c.value for c in ws[1]]
    assert "latitude" in header and "longitude" in header
    dates = [r[header.index("last_checked")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(d, dt.datetime) for d in dates)
    validated = {str(dv.sqref).split(":")[0][:-1]: dv for dv in ws.data_validations.dataValidation}
    letters = {h: ws.cell(1, i + 1).column_letter for i, h in enumerate(header)}
    for col in ("kind", "category", "status", "principles", "may_publish"):
        assert letters[col] in validated, col
    readme = "\n".join(str(v) for row in wb["Read me"].iter_rows(values_only=True) for v in row if v)
    for c in header:
        assert c in readme
    for code in taxonomy().categories:
        assert code in readme


def test_blank_template_imports_back_cleanly(project, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "template.xlsx"
    export_file(project, out, public=False, kind="template")
    wb = load_workbook(out)
    ws = wb["Assets"]
    header = [c.value for c in ws[1]]
    assert ws.max_row == 1
    # someone at a community centre fills in two rows, one with only a postcode
    ws.append([None if h not in ("name", "category", "postcode", "latitude", "longitude", "last_checked") else
               {"name": "Pop-in cafe", "category": "Cafe", "postcode": "S1 1AA",
                "last_checked": dt.datetime(2025, 3, 1)}.get(h) for h in header])
    ws.append([{"name": "Chair yoga", "category": "exercise_class", "latitude": 53.38, "longitude": -1.47}.get(h)
               for h in header])
    wb.save(out)
    report = import_files(project, [out])[0]
    assert report.added == 2 and not report.skipped
    cafe = next(a for a in project.records("assets") if a.name == "Pop-in cafe")
    assert cafe.category == "cafe" and cafe.kind == "shared_space" and cafe.location is not None
    assert cafe.last_checked == "2025-03-01"


def test_care_needs_dispatch_to_privacy_layer_or_refuse(project, tmp_path):
    from mapper.privacy.setup import set_passphrase

    set_passphrase(project, "a long passphrase")
    project.add(CareNeed(categories=("loneliness",), consent_by="M", consent_at="2025-01-01")) \
        if "loneliness" in taxonomy().codes("need_categories") else None
    out = tmp_path / "needs.gpkg"
    export_file(project, out, public=False, kind="all")
    assert sqlite3.connect(out).execute("SELECT count(*) FROM care_needs").fetchone()[0] == 0


def test_geojson_is_rfc7946(demo, tmp_path):
    import json

    out = tmp_path / "map.geojson"
    export_file(demo, out, public=True, kind="assets")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert data["features"]
    for f in data["features"]:
        if f["geometry"] is None:
            continue
        lon, lat = f["geometry"]["coordinates"]
        assert -8.7 < lon < 1.9 and 49 < lat < 61  # longitude first
        assert f["properties"]["may_publish"] == "yes" and f["properties"]["recorded_by"] is None


def test_csv_has_bom_and_one_file_per_kind(demo, tmp_path):
    out = tmp_path / "list.csv"
    report = export_file(demo, out, public=False, kind="all")
    a, g = tmp_path / "list_assets.csv", tmp_path / "list_groups.csv"
    assert a.read_bytes()[:3] == b"\xef\xbb\xbf" and g.exists()
    assert "list_groups.csv" in report.summary()


@pytest.mark.skipif(shutil.which("soffice") is None and os.environ.get("CI") != "true",
                    reason="LibreOffice (soffice) is not installed (make test installs it)")
def test_libreoffice_reads_the_same_values(tmp_path):
    from openpyxl import load_workbook

    p = Project.create(tmp_path / "p.gpkg")
    p.bulk_add([Asset(name=n, category="cafe", kind="shared_space", location=(-1.4701, 53.3811),
                      description=d, last_checked="2025-02-03", principles=("Spaces", "Gifts"))
                for n, d in [("=1+1", "+44 114"), ("Café & <Crèche>", "-x"), ("@home", "line\nbreak\tTab")]])
    out = tmp_path / "book.xlsx"
    export_file(p, out, public=False, kind="assets")
    p.close()
    conv = tmp_path / "lo"
    conv.mkdir()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(conv), str(out)],
                   check=True, capture_output=True, timeout=180)
    ours = load_workbook(out, read_only=True)["Assets"]
    theirs = load_workbook(conv / "book.xlsx", read_only=True)["Assets"]

    def values(ws):
        from mapper.formats.common import ooxml_unescape

        return [[ooxml_unescape(v) if isinstance(v, str) else v for v in row]
                for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]

    mine, lo = values(ours), values(theirs)
    assert len(mine) == len(lo) == 4
    for a, b in zip(mine, lo):
        width = max(len(a), len(b))
        assert list(a) + [None] * (width - len(a)) == list(b) + [None] * (width - len(b))
