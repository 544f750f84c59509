"""Odd files given to import: deep GeoJSON, infinite numbers, zip bombs, entity expansion, folders."""

from __future__ import annotations

import zipfile

import pytest

from mapper.formats.api import export_file
from mapper.store.project import Project
from tests.hostile.helpers import refused


@pytest.fixture
def closed_project(tmp_path):
    path = tmp_path / "p.gpkg"
    Project.create(path).close()
    return path


def _assets(path) -> int:
    with Project.open(path) as p:
        return p.count("assets")


def test_ten_thousand_deep_geojson(closed_project, tmp_path, capsys):
    f = tmp_path / "deep.geojson"
    f.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},'
                 '"geometry":{"type":"Point","coordinates":' + "[" * 10_000 + "]" * 10_000 + "}}]}", encoding="utf-8")
    refused(capsys, f, "import", closed_project, f)
    assert _assets(closed_project) == 0


def test_ten_thousand_deep_properties(closed_project, tmp_path, capsys):
    f = tmp_path / "deep-props.geojson"
    f.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":'
                 + '{"a":' * 10_000 + "1" + "}" * 10_000 + '},"geometry":{"type":"Point","coordinates":[-1.4,53.3]}}]}',
                 encoding="utf-8")
    refused(capsys, f, "import", closed_project, f, cause="nested too deeply")
    assert _assets(closed_project) == 0


def test_infinite_population_in_boundaries(closed_project, tmp_path, capsys):
    f = tmp_path / "hoods.geojson"
    f.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Hill",'
                 '"population":1e999},"geometry":{"type":"Polygon","coordinates":[[[-1.5,53.3],[-1.4,53.3],'
                 '[-1.4,53.4],[-1.5,53.3]]]}}]}', encoding="utf-8")
    refused(capsys, f, "import", closed_project, f, "--as-neighbourhoods", cause="infinite")
    with Project.open(closed_project) as p:
        assert p.count("neighbourhoods") == 0


def _workbook(tmp_path):
    from mapper.domain.records import Asset

    path = tmp_path / "src.gpkg"
    with Project.create(path) as p:
        p.add(Asset(name="Cafe", category="community_hub", kind="shared_space", location=(-1.45, 53.35)))
        out = tmp_path / "good.xlsx"
        export_file(p, out, public=False, kind="all")
    return out


def _replace_member(src, dst, member, data: bytes):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == member else zin.read(info.filename))


def _sheet(path) -> str:
    with zipfile.ZipFile(path) as z:
        return next(n for n in z.namelist() if n.startswith("xl/worksheets/") and b"Cafe" in z.read(n))


def test_zip_bomb_from_the_command_line(closed_project, tmp_path, capsys):
    good = _workbook(tmp_path)
    member = _sheet(good)
    body = zipfile.ZipFile(good).read(member).replace(b"<sheetData>", b"<sheetData><!--" + b" " * 60_000_000 + b"-->")
    bomb = tmp_path / "bomb.xlsx"
    _replace_member(good, bomb, member, body)
    refused(capsys, bomb, "import", closed_project, bomb, cause="zip bomb")
    assert _assets(closed_project) == 0


def test_entity_expansion_from_the_command_line(closed_project, tmp_path, capsys):
    good = _workbook(tmp_path)
    member = _sheet(good)
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
           ']>')
    body = zipfile.ZipFile(good).read(member).decode("utf-8")
    body = lol + body.split("?>", 1)[1].replace("Cafe", "&lol2;")
    evil = tmp_path / "laughs.xlsx"
    _replace_member(good, evil, member, body.encode("utf-8"))
    refused(capsys, evil, "import", closed_project, evil)
    assert _assets(closed_project) == 0


def test_export_onto_a_folder(closed_project, tmp_path, capsys):
    folder = tmp_path / "out.gpkg"
    folder.mkdir()
    refused(capsys, folder, "export", closed_project, folder, cause="folder")


def test_random_bytes_with_every_suffix(closed_project, tmp_path, capsys):
    import os

    for suffix in (".csv", ".xlsx", ".geojson", ".json", ".gpkg"):
        f = tmp_path / f"random{suffix}"
        f.write_bytes(os.urandom(4096))
        refused(capsys, f, "import", closed_project, f)
    assert _assets(closed_project) == 0
