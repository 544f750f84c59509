"""Hostile files given to merge and import: each one clear line naming the file, nothing changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing

import pytest

from mapper.formats.api import export_file
from mapper.store.connection import connect
from mapper.store.project import Project
from tests.hostile.helpers import refused

DEEP = "[" * 100_000 + "]" * 100_000


def _digest(path) -> str:
    with Project.open(path) as p:
        rows = [p.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("assets", "groups", "neighbourhoods", "nm_versions", "nm_tombstones", "nm_decisions",
                          "nm_sources", "nm_conflicts")]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _open(path):
    """A plain connection with the ST_* functions our R-tree triggers call (as QGIS or a script would have)."""
    return connect(path, check=False)


def _tamper(path, *sql, params=()):
    conn = _open(path)
    for statement in sql:
        conn.execute(statement, params) if params else conn.execute(statement)
    conn.close()


def _both_refuse(capsys, target, export, cause=None, where=None):
    """merge and import each refuse with one line naming the file; the project is unchanged."""
    before = _digest(target)
    for command in ("merge", "import"):
        line = refused(capsys, export, command, target, export, cause=cause)
        if where:
            assert where in line, line
        assert _digest(target) == before
    return line


def test_a_newer_schema_is_refused(capsys, target, export):
    _tamper(export, "UPDATE nm_settings SET value='999' WHERE key='schema_version'")
    _both_refuse(capsys, target, export, cause="newer version")


def test_a_blob_name_is_refused_and_exports_still_work(capsys, target, export, tmp_path):
    with closing(_open(export)) as conn:
        uuid = conn.execute("SELECT uuid FROM assets LIMIT 1").fetchone()[0]
        conn.execute("UPDATE assets SET name=? WHERE uuid=?", (b"\x00\x01binary", uuid))
    _both_refuse(capsys, target, export, cause="binary data", where=uuid)
    with Project.open(target) as p:
        export_file(p, tmp_path / "after.geojson", public=False, kind="all")


def test_an_infinite_number_is_refused(capsys, target, export):
    _tamper(export, "UPDATE neighbourhoods SET population = 9e999")
    _both_refuse(capsys, target, export, cause="infinite")


def test_a_junk_geometry_names_the_file_and_record(capsys, target, export):
    with closing(_open(export)) as conn:
        uuid = conn.execute("SELECT uuid FROM assets LIMIT 1").fetchone()[0]
        conn.execute("DROP TRIGGER IF EXISTS rtree_assets_geom_update1")
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE assets SET geom=? WHERE uuid=?", (b"GP\x00\x03\xe6\x10\x00\x00\x01\x02", uuid))
    _both_refuse(capsys, target, export, cause="geometry", where=uuid)


@pytest.mark.parametrize("garbage", ["{not json", DEEP, '{"name": ' * 50_000 + "1" + "}" * 50_000, "[1, 2]"],
                         ids=["garbage", "deep-list", "deep-object", "not-an-object"])
def test_garbage_or_deep_json_in_versions(capsys, target, export, garbage):
    _tamper(export, "UPDATE nm_versions SET versions=?", params=(garbage,))
    _both_refuse(capsys, target, export, cause="versions")


@pytest.mark.parametrize("garbage", ["{not json", DEEP], ids=["garbage", "deep"])
def test_garbage_or_deep_json_in_tombstones(capsys, target, export, garbage):
    _tamper(export, "UPDATE nm_tombstones SET data=?", params=(garbage,))
    line = refused(capsys, export, "merge", target, export, cause="deleted-record data")
    assert "assets" in line


@pytest.mark.parametrize("garbage", ["{not json", DEEP, '{"a": 1}'], ids=["garbage", "deep", "wrong-types"])
def test_garbage_or_deep_json_in_decisions(capsys, target, export, garbage):
    _tamper(export, "INSERT INTO nm_decisions VALUES ('checkpoint', 'abc|1', ?, '1790000000000.0000.abc', 'x')",
            params=(garbage,))
    before = _digest(target)
    refused(capsys, export, "merge", target, export, cause="review decision")
    assert _digest(target) == before


def test_binary_decisions_are_refused(capsys, target, export):
    _tamper(export, "UPDATE nm_decisions SET key=?", params=(b"\x00bin",))
    refused(capsys, export, "merge", target, export, cause="review decision")


@pytest.mark.parametrize("damage", ["truncated", "random", "plain", "empty-header"])
def test_damaged_or_foreign_files(capsys, target, export, damage):
    data = export.read_bytes()
    if damage == "truncated":
        export.write_bytes(data[: len(data) // 3])
    elif damage == "random":
        export.write_bytes(os.urandom(len(data)))
    elif damage == "empty-header":
        export.write_bytes(data[:100])
    else:
        export.unlink()
        with closing(sqlite3.connect(export)) as conn:  # a plain SQLite file, not a GeoPackage
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (1)")
            conn.commit()
    before = _digest(target)
    for command in ("merge", "import"):
        refused(capsys, export, command, target, export)
        assert _digest(target) == before


def test_trigger_and_view_carrying_files_run_nothing(capsys, target, export, tmp_path):
    canary = tmp_path / "ran.txt"
    _tamper(export,
            "CREATE TABLE evil (x)",
            "CREATE TRIGGER evil_t AFTER INSERT ON nm_versions BEGIN INSERT INTO evil VALUES (1); END",
            "CREATE VIEW evil_v AS SELECT ST_MinX(geom) AS x FROM assets",
            f"CREATE TRIGGER evil_u AFTER UPDATE ON assets BEGIN SELECT writefile('{canary}', 'x'); END")
    from tests.hostile.helpers import run

    code, out, err = run(capsys, "merge", target, export)
    assert code == 0 and err == "", err
    assert not canary.exists()
    with Project.open(target) as p:
        assert p.count("assets") == 6
        assert not p.conn.execute("SELECT 1 FROM sqlite_master WHERE name LIKE 'evil%'").fetchone()


def test_plaintext_care_needs_in_an_export_are_refused(capsys, target, export):
    """A hand-made (or older) export carrying care needs in plaintext: never stored."""
    _tamper(export, "INSERT INTO care_needs (uuid, categories, notes, status) VALUES "
                    "('00000000-0000-4000-8000-0000000000aa', 'loneliness', 'zqplain lives alone', 'open')",
            "INSERT INTO nm_versions VALUES ('care_needs', '00000000-0000-4000-8000-0000000000aa', "
            """'{"*": "1790000000000.0000.feedfeedfeed"}')""")
    line = refused(capsys, export, "merge", target, export, cause="not encrypted")
    assert "zqplain" not in line
    raw = b"".join(p.read_bytes() for p in target.parent.glob("coordinator.gpkg*"))
    assert b"zqplain" not in raw


def test_a_folder_merge_refuses_a_file_found_bad_while_merging_and_merges_the_rest(target, export, tmp_path):
    """A junk geometry only shows while the file is being merged: a folder merge then refuses that file
    alone (its records roll back with it) and still merges every good file."""
    from mapper.domain.records import Asset
    from mapper.sync.merge import merge_files

    good = tmp_path / "good.gpkg"
    with Project.create(tmp_path / "other.gpkg", author="Mapper C") as p:
        p.add(Asset(name="Allotment", category="community_hub", kind="shared_space", location=(-1.43, 53.36)))
        export_file(p, good, public=False, kind="all")
    bad = tmp_path / "bad.gpkg"
    shutil.copyfile(export, bad)
    with closing(_open(bad)) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE assets SET geom=? WHERE name='Hall 3'", (b"GP\x00\x03\xe6\x10\x00\x00\x01\x02",))
    with Project.open(target) as p:
        summary = merge_files(p, [bad, export, good], refuse_bad=True)
        names = {n for (n,) in p.conn.execute("SELECT name FROM assets")}
        sources = {n for (n,) in p.conn.execute("SELECT name FROM nm_sources")}
    assert [name for name, _ in summary.refused] == ["bad.gpkg"] and "geometry" in summary.refused[0][1]
    assert {"Library", "Allotment", "Hall 0", "Hall 3"} <= names  # Hall 3 came (whole) from the good export
    assert "bad.gpkg" not in sources and {"incoming.gpkg", "good.gpkg"} <= sources
    with Project.create(tmp_path / "fresh.gpkg") as p:  # a plain merge of the bad file stops with one line
        with pytest.raises(Exception, match="geometry"):
            merge_files(p, [bad])


def test_a_file_a_folder_merge_refused_is_merged_once_it_is_given_again_mended(target, export, tmp_path):
    """A refused file is not recorded as merged: the same file, mended, merges later."""
    from mapper.sync.merge import merge_files

    _tamper(export, "UPDATE nm_versions SET versions='{not json'")
    with Project.open(target) as p:
        first = merge_files(p, [export], refuse_bad=True)
        assert [n for n, _ in first.refused] == ["incoming.gpkg"]
        assert p.conn.execute("SELECT count(*) FROM nm_sources").fetchone()[0] == 0
