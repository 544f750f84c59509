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


# ---- m009 / m010: the lists' order and the search index (issue 17) --------------------------------------
def _plan(conn, sql, params=()):
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_m009_the_first_page_reads_the_name_index_instead_of_sorting(tmp_path):
    from mapper.store import queries

    path = tmp_path / "old.gpkg"
    _make_at_version(path, 8)
    with Project.open(path) as p:
        assert "m009_name_order_indexes" in [m.__name__ for m in migrations.MIGRATIONS]
        sql, params = [], []

        class Spy:  # the very statement the list runs
            def execute(self, s, a=()):
                sql.append(s)
                params.append(a)
                return p.conn.execute(s, a)

        queries.page(Spy(), "assets", queries.Filter())
        plan = _plan(p.conn, sql[0], [*params[0]])
        assert "assets_name_nocase_idx" in plan and "TEMP B-TREE" not in plan, plan
        plan = _plan(p.conn, "SELECT fid FROM groups ORDER BY name COLLATE NOCASE, fid LIMIT 5")
        assert "groups_name_nocase_idx" in plan and "TEMP B-TREE" not in plan, plan


def test_m010_search_index_keeps_rows_and_prefixes_and_every_record(tmp_path):
    from mapper.domain.records import Asset
    from mapper.store import queries

    path = tmp_path / "old.gpkg"
    p = Project.create(path)
    p.add(Asset(name="Library Centre", location=(-1.47, 53.38)))
    p.close()
    conn = sqlite3.connect(path)  # the file as schema 9 left it: the index without prefixes 4 to 6
    conn.execute("UPDATE nm_settings SET value='9' WHERE key='schema_version'")
    conn.execute("DROP TABLE assets_fts")
    conn.execute("CREATE VIRTUAL TABLE assets_fts USING fts5(name, description, address, postcode, category, "
                 "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    conn.execute("INSERT INTO assets_fts (rowid, name) SELECT fid, name FROM assets")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        sql = p.conn.execute("SELECT sql FROM sqlite_master WHERE name='assets_fts'").fetchone()[0]
        assert "detail=none" in sql and "prefix='1 2 3 4 5 6'" in sql
        assert queries.count(p.conn, "assets", queries.Filter(text="l cen")) == 1
        assert [r[2] for r in queries.page(p.conn, "assets", queries.Filter(text="libr"))] == ["Library Centre"]


def test_the_new_indexes_follow_rows_written_by_gdal(tmp_path):
    """Plain SQL (NOCASE is SQLite's own collation): Debian's GDAL, without FTS5 or our functions, writes
    to the file and the index stays right; the full-text index catches up when the app opens it."""
    from mapper.domain.records import Asset
    from mapper.store import queries
    from tests.test_store_tracking import ogr_sql

    path = tmp_path / "p.gpkg"
    p = Project.create(path)
    p.add(Asset(name="beta", location=(-1.47, 53.38)))
    p.close()
    ogr_sql(path, "INSERT INTO assets (name, geom) VALUES ('Alpha', NULL)")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # every index holds the new row
    conn.close()
    with Project.open(path) as p:
        assert [r[2] for r in queries.page(p.conn, "assets", queries.Filter())] == ["Alpha", "beta"]
        assert [r[2] for r in queries.page(p.conn, "assets", queries.Filter(text="alp"))] == ["Alpha"]


# ---- the integrity check: before opening, or in the background (issue 17) -----------------------------
def _scribble(path, table=None):
    """Damage every page after the second, or only ``table``'s (pages that opening the file never reads)."""
    pages = None
    if table:
        conn = sqlite3.connect(path)
        pages = {n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))}
        conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data), 4096):
        if pages is None or offset // 4096 + 1 in pages:
            data[offset + 100: offset + 200] = b"\xff" * 100
    path.write_bytes(bytes(data))


def _clean_project(path, n=300):
    from mapper.domain.records import Asset

    p = Project.create(path)
    p.bulk_add([Asset(name=f"Asset {i}", description="x" * 200, location=(-1.47, 53.38)) for i in range(n)])
    p.close()


def _setting(path, key):
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM nm_settings WHERE key=?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_a_clean_close_is_recorded_and_a_write_marks_the_file_open(tmp_path):
    from mapper.domain.records import Asset

    path = tmp_path / "p.gpkg"
    _clean_project(path, 3)
    assert _setting(path, "closed_clean") == "1"
    p = Project.open(path)
    assert _setting(path, "closed_clean") == "1"  # opening (and only reading) changes nothing
    p.add(Asset(name="Hall", location=(-1.47, 53.38)))
    assert _setting(path, "closed_clean") == "0"  # a crash from here on is not a clean close
    p.close()
    assert _setting(path, "closed_clean") == "1"


def test_a_large_file_closed_cleanly_opens_at_once_and_damage_found_later_refuses_writes(tmp_path, monkeypatch):
    from mapper.domain.records import Asset
    from mapper.store import opening

    path = tmp_path / "p.gpkg"
    _clean_project(path)
    _scribble(path, "assets")
    monkeypatch.setattr(opening, "BACKGROUND_CHECK_BYTES", 0)  # every file counts as large
    try:
        p = Project.open(path)
    except ProjectFileError:
        pytest.skip("the scribble broke the pages read while opening")
    try:
        assert p.integrity is not None
        problem = p.integrity.wait(60)
        assert problem, "the background check found nothing"
        before = path.read_bytes()
        with pytest.raises(ProjectFileError, match="damaged"):
            p.add(Asset(name="Hall", location=(-1.47, 53.38)))
    finally:
        p.close()
    assert path.read_bytes() == before  # nothing written, not even "closed cleanly"
    with Project.open(path) as again:  # found again at every open, until the file is replaced
        assert again.integrity is not None and again.integrity.wait(60)


@pytest.mark.parametrize("how", ["written, never closed", "a -wal left beside it"])
def test_a_file_not_closed_cleanly_is_checked_before_it_opens(tmp_path, monkeypatch, how):
    from mapper.store import opening

    path = tmp_path / "p.gpkg"
    _clean_project(path)
    monkeypatch.setattr(opening, "BACKGROUND_CHECK_BYTES", 0)
    if how == "written, never closed":
        conn = sqlite3.connect(path)
        conn.execute("UPDATE nm_settings SET value='0' WHERE key='closed_clean'")
        conn.commit()
        conn.close()
    else:
        (tmp_path / "p.gpkg-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 60)  # a crash's leftover header
    _scribble(path)
    with pytest.raises(ProjectFileError, match="damaged|cannot be read"):
        Project.open(path)


def test_an_empty_wal_left_by_a_reader_does_not_force_the_check_before_opening(tmp_path, monkeypatch):
    """A reader that cannot delete the -wal (read-only shell, QGIS on a share) leaves it empty: nothing in
    it to lose, so a cleanly closed large file still opens at once and is checked in the background."""
    from mapper.store import opening

    path = tmp_path / "p.gpkg"
    _clean_project(path)
    monkeypatch.setattr(opening, "BACKGROUND_CHECK_BYTES", 0)
    (tmp_path / "p.gpkg-wal").write_bytes(b"")
    with Project.open(path) as p:
        assert p.integrity is not None, "an empty -wal forced the check before the file opened"
        assert p.integrity.wait(60) is None


def test_a_second_connection_in_this_process_neither_checks_again_nor_marks_the_file_closed(tmp_path, monkeypatch):
    from mapper.domain.records import Asset
    from mapper.store import opening

    path = tmp_path / "p.gpkg"
    _clean_project(path, 3)
    monkeypatch.setattr(opening, "BACKGROUND_CHECK_BYTES", 0)
    first = Project.open(path)
    assert first.integrity is not None and first.integrity.wait(60) is None
    second = Project.open(path)
    assert second.integrity is first.integrity
    second.add(Asset(name="Hall", location=(-1.47, 53.38)))
    second.close()
    assert _setting(path, "closed_clean") == "0"  # the window still has it open
    first.close()
    assert _setting(path, "closed_clean") == "1"


def test_opening_a_tracked_file_does_not_scan_every_row_for_versions(tmp_path, monkeypatch):
    """Rows without versions only come from before the file tracked changes (or after its triggers were
    lost): opening a current file never looks for them row by row (6.5 s at a million assets)."""
    from mapper.store import tracking
    from tests.test_store_tracking import plain_sql

    path = tmp_path / "p.gpkg"
    _clean_project(path, 3)
    real = tracking.unversioned
    calls = []
    monkeypatch.setattr(tracking, "unversioned", lambda conn: calls.append(1) or real(conn))
    Project.open(path).close()
    assert calls == []
    plain_sql(path, "DROP TRIGGER assets_track_insert")  # a tool rebuilt the table: triggers lost
    plain_sql(path, "INSERT INTO assets (name, uuid) VALUES ('Outside', 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee')")
    with Project.open(path) as p:
        assert calls
        assert p.versions("assets", "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee")  # adopted
        assert tracking.intact(p.conn)  # and the triggers are back
