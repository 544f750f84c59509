"""Named transactional migrations: older files are backed up then upgraded; newer files are refused."""

from __future__ import annotations

import sqlite3

import pytest

from mapper.domain.errors import ProjectFileError, SchemaTooNewError
from mapper.store import migrations
from mapper.store.connection import connect
from mapper.store.project import Project


def _make_at_version(path, version):
    conn = connect(path, check=False, create=True)
    migrations.apply(conn, upto=version)
    conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('replica_id', 'abcdef012345')")
    conn.close()


def test_migrations_have_unique_names_and_run_in_order():
    names = [m.__name__ for m in migrations.MIGRATIONS]
    assert len(set(names)) == len(names)
    assert [int(n[1:4]) for n in names] == list(range(1, len(names) + 1))


def test_older_file_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.gpkg"
    _make_at_version(path, 1)
    with Project.open(path) as p:
        assert migrations.current_version(p.conn) == migrations.LATEST
        assert p.conn.execute("SELECT 1 FROM sqlite_master WHERE name='nm_conflicts'").fetchone()
    backups = list(tmp_path.glob("old.schema1.backup*.gpkg"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT value FROM nm_settings WHERE key='schema_version'").fetchone()[0] == "1"
    conn.close()


def test_newer_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.gpkg"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE nm_settings SET value='999' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError) as err:
        Project.open(path)
    assert "newer version" in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "p.gpkg"
    _make_at_version(path, 1)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    monkeypatch.setattr(migrations, "LATEST", 2)
    with pytest.raises(RuntimeError):
        Project.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM nm_settings WHERE key='schema_version'").fetchone()[0] == "1"
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name='half_done'").fetchone() is None
    conn.close()


def test_open_uses_wal_and_full_sync(project):
    assert project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"hello, this is a text file and not a database at all" * 10, "not a GeoPackage"),
])
def test_not_a_project_is_refused(tmp_path, content, message):
    path = tmp_path / "bad.gpkg"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError) as err:
        Project.open(path)
    assert message in str(err.value)


def test_a_foreign_geopackage_is_not_opened_as_a_project(tmp_path):
    import shutil

    from tests.paths import FOREIGN

    path = tmp_path / "uk.gpkg"
    shutil.copyfile(FOREIGN / "fiona_test_uk.gpkg", path)
    with pytest.raises(ProjectFileError) as err:
        Project.open(path)
    assert "import it instead" in str(err.value)


def test_damaged_file_is_refused(tmp_path, demo_path):
    data = bytearray(demo_path.read_bytes())
    for offset in range(8192, len(data), 4096):  # scribble over page contents
        data[offset + 100: offset + 200] = b"\xff" * 100
    bad = tmp_path / "damaged.gpkg"
    bad.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError) as err:
        Project.open(bad)
    assert "damaged" in str(err.value) or "cannot be read" in str(err.value)
