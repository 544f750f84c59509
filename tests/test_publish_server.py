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
    # the server keeps no wards: district and ward profiles come from the shipped boundaries, with codes
    assert (site / "d" / "E08000019.html").exists() and (site / "w" / "E05010863.html").exists()
    out = tmp_path / "oruk"
    assert main(["export", dsn, str(out), "--format", "oruk"]) == 0
    services = json.loads((out / "services.json").read_text(encoding="utf-8"))
    assert len(services) == 4
    for doc in services:
        assert_valid("service", doc)
    capsys.readouterr()
    assert main(["publish", dsn.replace("/central", "/nosuchdb"), str(tmp_path / "x")]) == 1
    assert "cannot reach the central map" in capsys.readouterr().err


def test_what_changed_recently_is_the_same_from_the_server_as_from_the_file(central):
    """The public views carry each record's latest change time (never its version, which names a device),
    so "changed in the last 90 days" is filled when publishing from a server, and a direct edit on the
    server (QGIS, SQL: mapper.track gives it the server's own version) shows as changed."""
    import psycopg

    from mapper.formats.profiles import ProfileData

    dsn, project = central
    source = ServerSource(dsn)
    try:
        file_times = {a["uuid"]: a["modified"] for a in FileSource(project).assets()}
        server_times = {a["uuid"]: a["modified"] for a in source.assets()}
        assert server_times == file_times and all(server_times.values())
        assert {g["uuid"]: g["modified"] for g in source.groups()} == \
               {g["uuid"]: g["modified"] for g in FileSource(project).groups()}
        whole = ProfileData(source)
        recent = whole.profile(whole.everything())
        assert recent.recent_count == len(file_times) and recent.recent
        from_file = ProfileData(FileSource(project))
        assert recent.recent == from_file.profile(from_file.everything()).recent
        # an old record edited directly on the server is changed now
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute("UPDATE mapper.assets SET versions = '{\"*\": \"1500000000000.00000.aaaaaaaaaaaa\"}'")
            assert ProfileData(source).profile(whole.everything()).recent_count == 0
            admin.execute("UPDATE mapper.assets SET cost = 'Free' WHERE name = 'Crookes Coffee Morning'")
        again = ProfileData(source).profile(whole.everything())
        assert [a["name"] for a in again.recent] == ["Crookes Coffee Morning"]
        columns = [r[0] for r in source.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'mapper_public'")]
        assert "versions" not in columns and "seq" not in columns
    finally:
        source.close()


def test_an_older_server_gains_the_change_times_when_upgraded(pg_cluster, project, monkeypatch):
    """A central map set up before s003 still publishes (no change times); 'mapper server init' upgrades
    its public views in place, and the reader role can still read them."""
    from mapper.sync.targets import pg_schema

    dsn = pg_cluster.dsn(pg_cluster.new_database("older"))
    monkeypatch.setattr(pg_schema, "MIGRATIONS", pg_schema.MIGRATIONS[:2])
    pg_schema.init_server(dsn)
    add_markup_asset(build_small(project))
    sync(project, dsn)
    source = ServerSource(dsn)
    try:
        assert {a["modified"] for a in source.assets()} == {None}
    finally:
        source.close()
    monkeypatch.undo()
    assert pg_schema.init_server(dsn) == ["s003_public_modified", "s004_first_load"]
    source = ServerSource(dsn)
    try:
        assert source.conn.execute("SELECT current_user").fetchone()[0] == "mapper_reader"
        assert {a["uuid"]: a["modified"] for a in source.assets()} == \
               {a["uuid"]: a["modified"] for a in FileSource(project).assets()}
    finally:
        source.close()
