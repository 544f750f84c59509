"""Publishing from the central map on a real PostgreSQL/PostGIS server (tests/pg.py; never a mock): the
server source reads only ``mapper_public`` and gives the same published records as the project file, so the
site, the ORUK export and the API work from either."""

from __future__ import annotations

import json

import pytest

from mapper.cli import main
from mapper.formats.oruk import build
from mapper.store.source import FileSource
from mapper.sync.public_source import ServerSource
from mapper.sync.targets import sync
from tests.oruk_check import assert_valid
from tests.published_fixtures import SECRET, add_markup_asset, build_small


@pytest.fixture
def central(server, project):
    """The small project pushed to a fresh central map; (dsn, project)."""
    add_markup_asset(build_small(project))
    sync(project, server)
    return server, project


def comparable(rows):
    return sorted(({k: v for k, v in r.items() if k != "modified"} for r in rows), key=lambda r: r["uuid"])


def test_server_source_gives_the_published_records_the_file_gives(central):
    dsn, project = central
    source = ServerSource(dsn)
    try:
        assert source.conn.execute("SELECT current_user").fetchone()[0] == "mapper_reader"
        assert comparable(source.assets()) == comparable(FileSource(project).assets())
        assert comparable(source.groups()) == comparable(FileSource(project).groups())
        hoods = {h["uuid"]: h for h in source.neighbourhoods()}
        for h in FileSource(project).neighbourhoods():
            assert hoods[h["uuid"]]["name"] == h["name"] and hoods[h["uuid"]]["ward"] == h["ward"]
            assert hoods[h["uuid"]]["geometry"]["type"] == "MultiPolygon"
        everything = json.dumps([list(source.assets()), source.groups()])
        assert SECRET not in everything
        for doc in build(source).services:
            assert_valid("service", doc)
    finally:
        source.close()


def test_publish_and_oruk_export_from_the_server_by_cli(central, tmp_path, capsys):
    dsn, project = central
    site = tmp_path / "site"
    assert main(["publish", dsn, str(site)]) == 0
    coffee = project.conn.execute("SELECT uuid FROM assets WHERE name = 'Crookes Coffee Morning'").fetchone()[0]
    assert (site / "a" / coffee[:2] / f"{coffee}.html").exists()
    text = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert SECRET not in text
    out = tmp_path / "oruk"
    assert main(["export", dsn, str(out), "--format", "oruk"]) == 0
    services = json.loads((out / "services.json").read_text(encoding="utf-8"))
    assert len(services) == 4
    for doc in services:
        assert_valid("service", doc)
    capsys.readouterr()
    assert main(["publish", dsn.replace("/central", "/nosuchdb"), str(tmp_path / "x")]) == 1
    assert "cannot reach the central map" in capsys.readouterr().err
