"""Bad input: one clear line naming the file, nothing written, no crash (or, for odd rows, the row
skipped or corrected with its reason)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from mapper.domain.errors import CancelledError, ImportFormatError
from mapper.domain.records import Asset
from mapper.formats.api import export_file
from mapper.formats.common import is_safe_name
from mapper.store.connection import connect
from mapper.sync.package import import_files

DATA = Path(__file__).parent / "data" / "foreign"


def _refused(project, path, *needles, **kw):
    before = project.count("assets")
    with pytest.raises(ImportFormatError) as info:
        import_files(project, [path], **kw)
    text = str(info.value)
    assert str(path.name) in text and "\n" not in text
    for n in needles:
        assert n in text
    assert project.count("assets") == before
    return text


def test_not_a_geopackage(project, tmp_path):
    f = tmp_path / "notes.gpkg"
    f.write_text("just some text, not a database", encoding="utf-8")
    _refused(project, f, "not a GeoPackage")


def test_damaged_sqlite(project, tmp_path):
    f = tmp_path / "damaged.gpkg"
    shutil.copyfile(DATA / "fiona_test_uk.gpkg", f)
    data = bytearray(f.read_bytes())
    for off in range(4096 * 2, len(data), 4096):
        data[off:off + 64] = b"\xff" * 64  # smash each page header after the first two
    f.write_bytes(bytes(data))
    _refused(project, f, "damaged")


def _copy(tmp_path, name="geodiff_base.gpkg") -> Path:
    f = tmp_path / name
    shutil.copyfile(DATA / name, f)
    f.chmod(0o644)
    return f


def test_views_and_triggers_calling_unknown_functions_are_refused(project, tmp_path):
    f = _copy(tmp_path)
    c = sqlite3.connect(f)
    c.execute("CREATE VIEW evil AS SELECT fid, geometry, evil_fn(name) AS name FROM simple")
    c.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES "
              "('evil', 'features', 'evil', 4326)")
    c.execute("INSERT INTO gpkg_geometry_columns VALUES ('evil', 'geometry', 'POINT', 4326, 0, 0)")
    c.execute("CREATE TRIGGER boom AFTER INSERT ON simple BEGIN SELECT evil_fn(new.fid); END")
    c.commit()
    c.close()
    _refused(project, f, "cannot be read safely", "evil_fn")


def test_layer_without_a_crs_is_refused(project, tmp_path):
    f = _copy(tmp_path)
    c = sqlite3.connect(f)
    c.execute("UPDATE gpkg_geometry_columns SET srs_id = 0")
    c.commit()
    c.close()
    _refused(project, f, "no defined coordinate system", "srs_id 0")
    _refused(project, DATA / "mergin_trees_team_A.gpkg", "srs_id 99999")


@pytest.mark.parametrize("suffix", [".gpkg", ".xlsx", ".csv", ".geojson"])
def test_empty_file(project, tmp_path, suffix):
    f = tmp_path / f"empty{suffix}"
    f.write_bytes(b"")
    _refused(project, f, "empty")


def test_empty_layer_and_empty_geojson(project, tmp_path):
    f = _copy(tmp_path)
    c = connect(f)
    c.execute("DELETE FROM simple")
    c.close()
    _refused(project, f, "empty")
    g = tmp_path / "none.geojson"
    g.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    _refused(project, g, "no features")


def _workbook(project, tmp_path) -> Path:
    project.add(Asset(name="Cafe", category="cafe", kind="shared_space", location=(-1.47, 53.38)))
    out = tmp_path / "book.xlsx"
    export_file(project, out, public=False, kind="assets")
    return out


def _replace_member(src: Path, dst: Path, member: str, data: bytes) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == member else zin.read(info.filename))


def test_xlsx_zip_bomb_is_refused_before_inflating(project, tmp_path):
    good = _workbook(project, tmp_path)
    bomb = tmp_path / "bomb.xlsx"
    filler = b"<!--" + b" " * 60_000_000 + b"-->"
    body = zipfile.ZipFile(good).read("xl/worksheets/sheet2.xml").replace(b"<sheetData>", b"<sheetData>" + filler)
    _replace_member(good, bomb, "xl/worksheets/sheet2.xml", body)
    assert bomb.stat().st_size < 1_000_000
    _refused(project, bomb, "zip bomb")


def test_xlsx_entity_expansion_is_refused(project, tmp_path):
    good = _workbook(project, tmp_path)
    evil = tmp_path / "laughs.xlsx"
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    body = zipfile.ZipFile(good).read("xl/worksheets/sheet2.xml").decode("utf-8")
    body = lol + body.split("?>", 1)[1].replace("<t>Cafe</t>", "<t>&lol3;</t>")
    _replace_member(good, evil, "xl/worksheets/sheet2.xml", body.encode("utf-8"))
    before = project.count("assets")
    text = _refused(project, evil)
    assert "Entit" in text or "DTD" in text
    assert project.count("assets") == before


def _big_csv(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("name,latitude,longitude,category\n")
        for i in range(rows):
            fh.write(f"Place {i},{53 + i * 1e-6:.6f},{-1.5 + i * 1e-6:.6f},cafe\n")


def test_big_csv_is_streamed_in_chunks_with_progress(project, tmp_path):
    f = tmp_path / "big.csv"
    _big_csv(f, 12_000)
    seen = []

    def progress(done, total):
        seen.append((done, total, project.count("assets")))

    report = import_files(project, [f], progress=progress)[0]
    assert report.added == 12_000 == project.count("assets")
    size = f.stat().st_size
    assert all(total == size for _, total, _ in seen)
    dones = [d for d, _, _ in seen]
    assert dones == sorted(dones) and dones[0] < size and dones[-1] == size
    # rows reach the database in chunks while the file is still being read (not all held in memory)
    assert any(0 < stored < 12_000 and done < size for done, _, stored in seen)


def test_cancel_leaves_nothing(project, tmp_path):
    f = tmp_path / "big.csv"
    _big_csv(f, 9_000)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(CancelledError):
        import_files(project, [f], cancelled=cancelled)
    assert project.count("assets") == 0


def test_invalid_geometries_repaired_or_skipped(project, tmp_path):
    bowtie = {"type": "Polygon", "coordinates": [[[-1.5, 53.3], [-1.4, 53.4], [-1.4, 53.3], [-1.5, 53.4], [-1.5, 53.3]]]}
    feats = [
        {"type": "Feature", "geometry": bowtie, "properties": {"name": "Bow tie"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0]]]}, "properties": {"name": "Bad"}},
    ]
    f = tmp_path / "shapes.geojson"
    f.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    report = import_files(project, [f], as_neighbourhoods=True)[0]
    assert report.added == 1 and project.count("neighbourhoods") == 1
    assert any("repaired" in str(w) for w in report.warnings)
    assert any(s.row == 2 and "geometry" in s.message for s in report.skipped)
    assert "row 2" in report.summary()


def test_outside_gb_warned_and_swapped_corrected(project, tmp_path):
    f = tmp_path / "places.csv"
    f.write_text("Name,Lat,Lon\nParis cafe,48.8566,2.3522\nSwapped cafe,-1.4701,53.3811\n", encoding="utf-8")
    report = import_files(project, [f])[0]
    assert report.added == 2
    warnings = {w.row: w.message for w in report.warnings}
    assert "outside Great Britain" in warnings[2]
    assert "swapped" in warnings[3]
    swapped = next(a for a in project.records("assets") if a.name == "Swapped cafe")
    assert swapped.location == (-1.4701, 53.3811)


def test_bad_rows_are_skipped_with_row_numbers(project, tmp_path):
    f = tmp_path / "rows.csv"
    f.write_text("Name,Latitude,Longitude,Status\nGood,53.38,-1.47,active\n,53.38,-1.47,active\n"
                 "Odd,abc,-1.47,active\nShut,53.38,-1.47,gone fishing\n", encoding="utf-8")
    report = import_files(project, [f])[0]
    assert report.added == 1
    rows = {s.row: s.message for s in report.skipped}
    assert set(rows) == {3, 4, 5} and "name" in rows[3] and "not a number" in rows[4] and "status" in rows[5]
    assert "row 4" in report.summary()


def test_attachment_names_are_never_paths(tmp_path):
    from mapper.store.project import Project

    src = Project.create(tmp_path / "src.gpkg")
    a = src.add(Asset(name="Hall", category="community_hub", kind="shared_space", location=(-1.47, 53.38)))
    with src.transaction():
        for name in ("../../x", "C:\\x", "CON", "photo.jpg"):
            src.conn.execute("INSERT INTO attachments (record_uuid, filename, original_name, data) VALUES (?,?,?,?)",
                             (a.uuid, name, name, b"data"))
    out = tmp_path / "export.gpkg"
    export_file(src, out, public=False, kind="all")
    src.close()
    dst = Project.create(tmp_path / "dst.gpkg")
    import_files(dst, [out])
    rows = dst.conn.execute("SELECT filename, original_name FROM attachments").fetchall()
    assert len(rows) == 4
    for filename, _original in rows:
        assert is_safe_name(filename) and "/" not in filename and "\\" not in filename
        assert filename.split(".")[0].upper() != "CON"
    assert {o for _, o in rows} == {"../../x", "C:\\x", "CON", "photo.jpg"}
    assert any(f.endswith(".jpg") for f, _ in rows)
    dst.close()


def test_cli_import_prints_what_it_did(demo_path, tmp_path, capsys):
    from mapper.cli import main

    f = tmp_path / "rows.csv"
    f.write_text("Name,Postcode\nNew hall,S1 1AA\n,S1 1AA\n", encoding="utf-8")
    assert main(["import", str(demo_path), str(f)]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out and "1 skipped" in out and "row 3" in out
    bad = tmp_path / "bad.gpkg"
    bad.write_text("nope", encoding="utf-8")
    assert main(["import", str(demo_path), str(bad)]) == 1
    assert "bad.gpkg" in capsys.readouterr().err
