"""File -> Import's preview and column mapping, without the window: ``preview.preview_file`` and
``import_files(mappings=...)``."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from mapper.domain.errors import ImportFormatError
from mapper.domain.records import Asset
from mapper.formats.api import export_file
from mapper.formats.preview import FIELD_LABELS, preview_file
from mapper.store.project import Project
from mapper.sync.package import import_files

DATA = Path(__file__).parent / "data" / "foreign"
ODD = "Organisation,What they do,Post Code,Tel.,Site Lat,Site Lon\n"


def _odd_csv(tmp_path, rows: int = 3) -> Path:
    f = tmp_path / "community list.csv"
    lines = [f"Place {i},Lends tools {i},S1 2BJ,0114 000 {i:04d},53.{3800 + i},-1.{4700 + i}\n" for i in range(rows)]
    f.write_text(ODD + "".join(lines), encoding="utf-8")
    return f


def _only(project, name):
    return next(a for a in project.records("assets") if a.name == name)


def test_csv_preview_shows_headers_first_rows_and_the_automatic_mapping(tmp_path):
    p = preview_file(_odd_csv(tmp_path, rows=30))
    assert p.kind == "table" and p.mappable and len(p.sources) == 1
    src = p.sources[0]
    assert src.headers == ["Organisation", "What they do", "Post Code", "Tel.", "Site Lat", "Site Lon"]
    assert len(src.rows) == 20 and src.rows[0][:3] == ["Place 0", "Lends tools 0", "S1 2BJ"]
    assert p.mapping() == {"Organisation": "name", "What they do": None, "Post Code": "postcode",
                           "Tel.": "contact_phone", "Site Lat": None, "Site Lon": None}
    assert p.unmatched == ["What they do", "Site Lat", "Site Lon"]
    assert "no coordinates: rows will be placed by postcode" in p.warnings
    assert any("not imported" in w and "'What they do'" in w for w in p.warnings)
    assert len(preview_file(_odd_csv(tmp_path), rows=2).sources[0].rows) == 2


def test_xlsx_preview_counts_rows_and_maps_easting_northing(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Places"
    ws.append(["Venue", "Blurb", "Eastings", "Northings"])
    for i in range(25):
        ws.append([f"Hall {i}", "Tea and chat", 435_000 + i, 387_000 + i])
    f = tmp_path / "venues.xlsx"
    wb.save(f)
    p = preview_file(f, rows=5)
    src = p.sources[0]
    assert (src.name, src.count, len(src.rows)) == ("Places", 25, 5)
    assert p.mapping() == {"Venue": "name", "Blurb": None, "Eastings": "easting", "Northings": "northing"}
    assert any("British National Grid" in w for w in p.warnings)
    assert not any("postcode" in w for w in p.warnings)


def test_preview_warns_about_swapped_and_far_away_coordinates(tmp_path):
    f = tmp_path / "places.csv"
    f.write_text("Name,Lat,Lon\nParis cafe,48.8566,2.3522\nSwapped cafe,-1.4701,53.3811\n", encoding="utf-8")
    warnings = preview_file(f).warnings
    assert any("swapped in 1 of the first 2 rows" in w for w in warnings)
    assert any("1 of the first 2 rows are outside Great Britain" in w for w in warnings)


def test_a_user_mapping_imports_what_the_synonyms_missed_and_drops_ignored_columns(project, tmp_path):
    f = _odd_csv(tmp_path)
    auto = Project.create(tmp_path / "auto.gpkg")
    try:
        import_files(auto, [f])
        plain = _only(auto, "Place 1")
        assert plain.description is None and plain.contact_phone == "0114 000 0001"
    finally:
        auto.close()

    mapping = {"What they do": "description", "Site Lat": "latitude", "Site Lon": "longitude", "Tel.": None}
    p = preview_file(f)
    assert "no coordinates: rows will be placed by postcode" not in p.check(mapping)
    report = import_files(project, [f], mappings={f: mapping})[0]
    assert report.added == 3
    a = _only(project, "Place 1")
    assert a.description == "Lends tools 1"
    assert a.location == pytest.approx((-1.4701, 53.3801))  # from the mapped columns, not the postcode
    assert a.contact_phone is None  # ignored column left out
    assert a.postcode == "S1 2BJ"  # columns the mapping does not name keep their automatic match
    again = import_files(project, [f], mappings={str(f): mapping})[0]
    assert (again.added, again.unchanged) == (0, 3)


def test_mapping_a_column_to_a_taken_field_wins_over_the_synonym(project, tmp_path):
    f = _odd_csv(tmp_path)
    import_files(project, [f], mappings={f: {"What they do": "name"}})
    assert {a.name for a in project.records("assets")} == {"Lends tools 0", "Lends tools 1", "Lends tools 2"}


def test_a_mapping_to_an_unknown_field_is_one_line_naming_the_file(project, tmp_path):
    f = _odd_csv(tmp_path)
    with pytest.raises(ImportFormatError) as info:
        import_files(project, [f], mappings={f: {"Tel.": "telephone"}})
    assert f.name in str(info.value) and "'telephone'" in str(info.value) and "\n" not in str(info.value)
    assert project.count("assets") == 0
    assert set(FIELD_LABELS) >= {"name", "latitude", "easting", "postcode", "code", "ward"}


def test_geopackage_preview_lists_layers_counts_and_crs():
    p = preview_file(DATA / "qfieldcloud_bees.gpkg")
    assert p.kind == "layers" and p.polygons
    conn = sqlite3.connect(DATA / "qfieldcloud_bees.gpkg")
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("apiary", "area")}
    conn.close()
    assert {s.name: (s.count, s.geometry, s.crs) for s in p.sources} == {
        "apiary": (counts["apiary"], "point", "EPSG:3857 (WGS 84 / Pseudo-Mercator)"),
        "area": (counts["area"], "polygon", "EPSG:3857 (WGS 84 / Pseudo-Mercator)")}
    area = next(s for s in p.sources if s.name == "area")
    assert area.boundary_mapping is not None and "proprietor" in area.headers
    assert any("EPSG:3857" in n and "reprojected" in n for n in p.notes)
    assert any("holds polygons" in w for w in p.warnings)

    sewer = preview_file(DATA / "ogc_simple_sewer_features.gpkg")
    assert [(s.name, s.crs) for s in sewer.sources] == [
        ("s_manhole", "EPSG:27700 (OSGB36 / British National Grid)")]
    assert any("OSTN15" in n for n in sewer.notes)
    assert any("foul_sewer" in n and "not imported" in n for n in sewer.notes)
    assert not sewer.polygons


def test_a_mapping_applies_to_geopackage_layers(project):
    f = DATA / "ogc_simple_sewer_features.gpkg"
    p = preview_file(f)
    assert p.mapping()["function"] is None
    import_files(project, [f], mappings={f: {"function": "name", "ownership": "description"}})
    conn = sqlite3.connect(f)
    functions = {r[0] for r in conn.execute("SELECT function FROM s_manhole WHERE function IS NOT NULL")}
    owners = {r[0] for r in conn.execute("SELECT ownership FROM s_manhole WHERE ownership IS NOT NULL")}
    conn.close()
    assets = list(project.records("assets"))
    assert functions and functions <= {a.name for a in assets}
    assert owners and owners == {a.description for a in assets if a.description}


def test_geojson_boundaries_preview_and_mapping(project, tmp_path):
    square = {"type": "Polygon", "coordinates": [[[-1.5, 53.3], [-1.4, 53.3], [-1.4, 53.4], [-1.5, 53.4],
                                                  [-1.5, 53.3]]]}
    feats = [{"type": "Feature", "geometry": square, "properties": {"Bezeichnung": "Nordviertel", "Kennung": "N1"}}]
    f = tmp_path / "areas.geojson"
    f.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    p = preview_file(f)
    assert p.kind == "geojson" and p.polygons and p.sources[0].count == 1
    assert p.mapping() == {"Bezeichnung": None, "Kennung": None}
    assert p.sources[0].rows == [["Nordviertel", "N1"]]
    import_files(project, [f], as_neighbourhoods=True, mappings={f: {"Bezeichnung": "name", "Kennung": "code"}})
    hood = next(iter(project.records("neighbourhoods")))
    assert (hood.name, hood.code) == ("Nordviertel", "N1")


def test_own_export_preview_needs_no_mapping(project, tmp_path):
    project.add(Asset(name="Cafe", category="cafe", kind="shared_space", location=(-1.47, 53.38)))
    out = tmp_path / "export.gpkg"
    export_file(project, out, public=False, kind="all")
    p = preview_file(out)
    assert p.kind == "project" and not p.mappable
    assert {s.name: s.count for s in p.sources}["assets"] == 1


# ---- bad files: the preview refuses them with the import's own one-line error ---------------------------
def _bad_files(tmp_path: Path, project) -> dict[str, Path]:
    texts = {f"empty{suffix}": "" for suffix in (".gpkg", ".xlsx", ".csv", ".geojson")} | {
        "text.gpkg": "just some text", "notzip.xlsx": "not a zip", "blank.csv": "\n,,\n", "notes.txt": "hello",
        "broken.geojson": '{"type": "FeatureCollection", "features": [',
        "none.geojson": '{"type": "FeatureCollection", "features": []}'}
    files = {}
    for name, text in texts.items():
        files[name] = tmp_path / name
        files[name].write_text(text, encoding="utf-8")
    files["nocrs.gpkg"] = tmp_path / "nocrs.gpkg"
    shutil.copyfile(DATA / "mergin_trees_team_A.gpkg", files["nocrs.gpkg"])
    files["damaged.gpkg"] = tmp_path / "damaged.gpkg"
    data = bytearray((DATA / "fiona_test_uk.gpkg").read_bytes())
    for off in range(4096 * 2, len(data), 4096):
        data[off:off + 64] = b"\xff" * 64
    files["damaged.gpkg"].write_bytes(bytes(data))
    # an .xlsx whose XML declares entities (billion laughs)
    project.add(Asset(name="Cafe", category="cafe", kind="shared_space", location=(-1.47, 53.38)))
    good = tmp_path / "book.xlsx"
    export_file(project, good, public=False, kind="assets")
    lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    body = zipfile.ZipFile(good).read("xl/worksheets/sheet2.xml").decode("utf-8")
    body = lol + body.split("?>", 1)[1].replace("<t>Cafe</t>", "<t>&lol2;</t>")
    evil = files["laughs.xlsx"] = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, body.encode() if info.filename.endswith("sheet2.xml")
                          else zin.read(info.filename))
    return files


def test_bad_files_give_the_same_one_line_error_as_import(project, tmp_path):
    files = _bad_files(tmp_path, project)
    before = project.count("assets")
    for name, f in files.items():
        with pytest.raises(ImportFormatError) as by_import:
            import_files(project, [f])
        with pytest.raises(ImportFormatError) as by_preview:
            preview_file(f)
        assert str(by_preview.value) == str(by_import.value), name
        assert f.name in str(by_preview.value) and "\n" not in str(by_preview.value)
    assert project.count("assets") == before
