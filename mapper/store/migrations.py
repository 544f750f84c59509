"""Named, transactional schema migrations. ``nm_settings.schema_version`` counts those applied.

Add a migration by appending a function to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from mapper.store import gpkg_schema as g
from mapper.store import name_order, tracking

UUID_DEFAULT = tracking.UUID_SQL
ID_COLS = f"fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, uuid TEXT UNIQUE DEFAULT {UUID_DEFAULT}"
FID_GEOM = "fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {gtype}, uuid TEXT UNIQUE DEFAULT " + UUID_DEFAULT


def _fts(conn, table: str, cols: list[str]) -> None:
    """Full-text index kept by the app, not by triggers on the FTS table: GDAL's SQLite often lacks FTS5,
    so triggers that touch it would make QGIS/GDAL writes fail. Plain-SQL triggers only mark rows dirty
    (nm_fts_dirty); the app re-indexes dirty rows before each commit and when it opens the file."""
    f = f"{table}_fts"
    conn.execute(f"CREATE VIRTUAL TABLE {f} USING fts5({', '.join(cols)}, "
                 "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        conn.execute(f"CREATE TRIGGER {table}_dirty_{event.lower()} AFTER {event} ON {table} BEGIN "
                     f"INSERT OR IGNORE INTO nm_fts_dirty VALUES ('{table}', {ref}.fid); END")
    conn.execute(f"CREATE TRIGGER {table}_dirty_update_old AFTER UPDATE OF fid ON {table} BEGIN "
                 f"INSERT OR IGNORE INTO nm_fts_dirty VALUES ('{table}', old.fid); END")


def _uuid_on_insert(conn, table: str) -> None:
    """Rows added by other tools (QGIS, GDAL) arrive with a NULL uuid: give them one."""
    conn.execute(f"CREATE TRIGGER {table}_uuid_fill AFTER INSERT ON {table} WHEN new.uuid IS NULL BEGIN "
                 f"UPDATE {table} SET uuid = {UUID_DEFAULT} WHERE fid = new.fid; END")


FTS_COLUMNS = {"assets": ["name", "description", "address", "postcode", "category"],
               "groups": ["name", "description"]}


def m001_initial_schema(conn: sqlite3.Connection) -> None:
    g.init_core(conn)
    conn.execute("CREATE TABLE nm_fts_dirty (tbl TEXT NOT NULL, fid INTEGER NOT NULL, PRIMARY KEY (tbl, fid)) "
                 "WITHOUT ROWID")
    conn.execute(f"""CREATE TABLE assets ({FID_GEOM.format(gtype='POINT')},
        name TEXT NOT NULL DEFAULT '', kind TEXT, category TEXT, description TEXT, address TEXT, postcode TEXT,
        neighbourhood TEXT, neighbourhood_fixed BOOLEAN, opening_times TEXT, contact_phone TEXT,
        contact_email TEXT, website TEXT, accessibility TEXT, cost TEXT, audience TEXT, principles TEXT,
        run_by TEXT, status TEXT, may_publish BOOLEAN, last_checked DATE, recorded_by TEXT)""")
    for col in ("kind", "category", "neighbourhood", "status", "last_checked", "run_by", "postcode"):
        conn.execute(f"CREATE INDEX assets_{col}_idx ON assets({col})")
    g.register_features(conn, "assets", "POINT", identifier="Assets",
                        description="Community assets: shared spaces, groups, skills and everyday help")
    _fts(conn, "assets", FTS_COLUMNS["assets"])

    conn.execute(f"""CREATE TABLE neighbourhoods ({FID_GEOM.format(gtype='MULTIPOLYGON')},
        code TEXT, name TEXT NOT NULL DEFAULT '', ward TEXT, population INTEGER)""")
    g.register_features(conn, "neighbourhoods", "MULTIPOLYGON", identifier="Neighbourhoods")

    conn.execute(f"""CREATE TABLE wards ({FID_GEOM.format(gtype='MULTIPOLYGON')}, code TEXT, name TEXT)""")
    g.register_features(conn, "wards", "MULTIPOLYGON", identifier="Wards",
                        description="Reference layer: electoral wards (not versioned)")

    conn.execute(f"""CREATE TABLE groups ({ID_COLS}, name TEXT NOT NULL DEFAULT '', group_type TEXT,
        description TEXT, contact_phone TEXT, contact_email TEXT, website TEXT, charity_number TEXT,
        neighbourhoods TEXT, may_publish BOOLEAN, last_checked DATE, recorded_by TEXT)""")
    g.register_attributes(conn, "groups", identifier="Groups and organisations")
    _fts(conn, "groups", FTS_COLUMNS["groups"])

    conn.execute(f"""CREATE TABLE care_needs ({ID_COLS}, neighbourhood TEXT, approx_location TEXT,
        categories TEXT, age_band TEXT, is_carer TEXT, urgency TEXT, consent_by TEXT, consent_at TEXT,
        consent_scope TEXT, status TEXT, connections TEXT, notes TEXT, recorded_by TEXT)""")
    g.register_attributes(conn, "care_needs", identifier="Care needs (sensitive)")

    conn.execute(f"""CREATE TABLE attachments ({ID_COLS}, record_uuid TEXT NOT NULL, filename TEXT NOT NULL,
        original_name TEXT, mime TEXT, data BLOB, created DATETIME)""")
    conn.execute("CREATE INDEX attachments_record_idx ON attachments(record_uuid)")
    for table in ("assets", "neighbourhoods", "wards", "groups", "care_needs", "attachments"):
        _uuid_on_insert(conn, table)
    g.register_attributes(conn, "attachments", identifier="Photos and files")

    conn.execute("CREATE TABLE IF NOT EXISTS nm_settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("""CREATE TABLE nm_versions (tbl TEXT NOT NULL, uuid TEXT NOT NULL, versions TEXT NOT NULL,
        PRIMARY KEY (tbl, uuid)) WITHOUT ROWID""")
    conn.execute("""CREATE TABLE nm_tombstones (tbl TEXT NOT NULL, uuid TEXT NOT NULL, version TEXT NOT NULL,
        data TEXT, PRIMARY KEY (tbl, uuid)) WITHOUT ROWID""")
    conn.execute("""CREATE TABLE nm_history (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, uuid TEXT NOT NULL,
        field TEXT NOT NULL, old TEXT, new TEXT, version TEXT NOT NULL, author TEXT, source TEXT,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")
    conn.execute("CREATE INDEX nm_history_record_idx ON nm_history(tbl, uuid)")


def m002_merge_review_tables(conn: sqlite3.Connection) -> None:
    """Conflicts kept for review, files already merged, and duplicate-pair decisions."""
    conn.execute("""CREATE TABLE nm_conflicts (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, uuid TEXT NOT NULL,
        field TEXT NOT NULL, kept_value TEXT, kept_version TEXT, other_value TEXT, other_version TEXT,
        other_source TEXT, kind TEXT NOT NULL DEFAULT 'field', status TEXT NOT NULL DEFAULT 'open',
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        UNIQUE (tbl, uuid, field, other_version))""")
    conn.execute("""CREATE TABLE nm_sources (sha256 TEXT PRIMARY KEY, name TEXT, replica TEXT,
        merged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")
    conn.execute("""CREATE TABLE nm_duplicates (a TEXT NOT NULL, b TEXT NOT NULL, tbl TEXT NOT NULL,
        score REAL, reasons TEXT, decision TEXT, version TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID""")


def m003_access_log(conn: sqlite3.Connection) -> None:
    """Who opened, exported or decrypted care needs, and when (local only; never exported)."""
    conn.execute("""CREATE TABLE nm_access_log (id INTEGER PRIMARY KEY, who TEXT, action TEXT NOT NULL,
        detail TEXT, at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))""")


def m004_merge_decisions(conn: sqlite3.Connection) -> None:
    """Review decisions (resolved conflicts, merged or distinct pairs, replaced uuids) as versioned
    registers that travel in exports and merge like fields; an index for conflicts by record."""
    conn.execute("""CREATE TABLE nm_decisions (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT,
        version TEXT NOT NULL, author TEXT, PRIMARY KEY (kind, key)) WITHOUT ROWID""")
    conn.execute("CREATE INDEX nm_conflicts_record_idx ON nm_conflicts(tbl, uuid, field)")


def m005_import_fingerprints(conn: sqlite3.Connection) -> None:
    """Content fingerprints of rows imported without an id, so importing a file twice adds nothing."""
    conn.execute("""CREATE TABLE nm_import_fingerprints (fingerprint TEXT PRIMARY KEY, tbl TEXT NOT NULL,
        uuid TEXT NOT NULL, source TEXT, at TEXT) WITHOUT ROWID""")


def m006_change_tracking(conn: sqlite3.Connection) -> None:
    """Plain-SQL triggers that note every outside insert, update and delete of a record (``tracking``)."""
    tracking.install(conn)


WIDE_COUNTER = "*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]*"


def m007_versions_without_overflow(conn: sqlite3.Connection) -> None:
    """Versions whose counter outgrew five digits (they sorted too low as text) in the carried form."""
    import re

    from mapper.domain.hlc import carry

    wide = re.compile(r"(\d{13})\.(\d{6,})\.")

    def fix(text: str) -> str:
        return wide.sub(lambda m: "%013d.%05d." % carry(int(m.group(1)), int(m.group(2))), text)

    for table, key, cols in (("nm_versions", "tbl, uuid", ("versions",)), ("nm_tombstones", "tbl, uuid", ("version",)),
                             ("nm_history", "id", ("version",)), ("nm_conflicts", "id", ("kept_version", "other_version")),
                             ("nm_decisions", "kind, key", ("version",)), ("nm_duplicates", "a, b", ("version",))):
        where = " AND ".join(f"{k} = ?" for k in key.split(", "))
        for col in cols:
            rows = conn.execute(f"SELECT {col}, {key} FROM {table} WHERE {col} GLOB ?", (WIDE_COUNTER,)).fetchall()
            conn.executemany(f"UPDATE {table} SET {col} = ? WHERE {where}", [(fix(r[0]), *r[1:]) for r in rows])
    row = conn.execute("SELECT value FROM nm_settings WHERE key='clock'").fetchone()
    if row and row[0]:
        wall, counter = carry(*map(int, row[0].split(".")))
        conn.execute("UPDATE nm_settings SET value=? WHERE key='clock'", (f"{wall}.{counter}",))


def m008_photo_captions(conn: sqlite3.Connection) -> None:
    """A caption for each photo (plain text the mapper types; shown as plain text only)."""
    if "caption" not in {r[1] for r in conn.execute("PRAGMA table_info(attachments)")}:  # (a file said older
        conn.execute("ALTER TABLE attachments ADD COLUMN caption TEXT")                # than it is: once only)


def m009_name_order_indexes(conn: sqlite3.Connection) -> None:
    """The lists' order (name without case, then fid) as an index, so the first page of a million assets
    is read from the index instead of sorting the table; plain SQL (NOCASE is SQLite's own collation),
    so GDAL and QGIS keep it up to date like any index."""
    for table in ("assets", "groups"):
        conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_name_nocase_idx ON {table}(name COLLATE NOCASE, fid)")


SEARCH_TOKENIZER = "tokenize='unicode61 remove_diacritics 2'"  # what a word is
SEARCH_OPTIONS = f"{SEARCH_TOKENIZER}, prefix='1 2 3 4 5 6', detail=none"


def m010_search_index_for_prefixes(conn: sqlite3.Connection) -> None:
    """The full-text indexes again, keeping rows only (``detail=none``: the search matches words, never
    phrases or columns) and a prefix index for the first one to six letters of every word: a word that is
    in every row ("asset", "the") is then read as one list the other words seek in, not merged from every
    word it begins. Smaller than before; the dirty-row triggers stay as they are."""
    for table, cols in FTS_COLUMNS.items():
        f = f"{table}_fts"
        conn.execute(f"DROP TABLE IF EXISTS {f}")
        conn.execute(f"CREATE VIRTUAL TABLE {f} USING fts5({', '.join(cols)}, {SEARCH_OPTIONS})")
        conn.execute(f"INSERT INTO {f} (rowid, {', '.join(cols)}) SELECT fid, {', '.join(cols)} FROM {table}")
    conn.execute("DELETE FROM nm_fts_dirty")  # every row is indexed now


def m011_search_index_in_name_order(conn: sqlite3.Connection) -> None:
    """The full-text indexes keyed in the lists' order (``store/name_order.py``): ``nm_order_assets`` and
    ``nm_order_groups`` map each key to its row's fid, and the index's rowid is the key, so the first page of
    a search is the index's first matches, not every match sorted by name. The dirty-row triggers stay as
    they are (the app keys the rows they mark, as it indexes them)."""
    for table, cols in FTS_COLUMNS.items():
        name_order.create(conn, table)
        name_order.number(conn, table, cols, SEARCH_OPTIONS)
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():  # one segment: quicker to read
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('optimize')")
    conn.execute("DELETE FROM nm_fts_dirty")  # every row is indexed now


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[Migration] = [m001_initial_schema, m002_merge_review_tables, m003_access_log,
                               m004_merge_decisions, m005_import_fingerprints, m006_change_tracking,
                               m007_versions_without_overflow, m008_photo_captions, m009_name_order_indexes,
                               m010_search_index_for_prefixes, m011_search_index_in_name_order]
LATEST = len(MIGRATIONS)
TRACKING = MIGRATIONS.index(m006_change_tracking) + 1  # files at this version or later track outside edits


def migration_name(index: int) -> str:
    return MIGRATIONS[index].__name__


def current_version(conn: sqlite3.Connection) -> int:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name='nm_settings'").fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT value FROM nm_settings WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def apply(conn: sqlite3.Connection, upto: int = LATEST) -> list[str]:
    """Run each pending migration in its own transaction. Returns the names applied."""
    done = []
    for index in range(current_version(conn), upto):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[index](conn)
            conn.execute("CREATE TABLE IF NOT EXISTS nm_settings (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute("INSERT OR REPLACE INTO nm_settings VALUES ('schema_version', ?)", (str(index + 1),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        # its pages into the file itself, so the next one writes the -wal from its start again (a new
        # file's migrations would otherwise fill a megabyte of -wal; an upgrade rewrites the search index)
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        done.append(migration_name(index))
    return done
