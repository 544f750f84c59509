"""Change tracking that lives in the file: the one place that decides what changed outside the app.

Plain-SQL triggers (no custom functions, so they run inside QGIS, GDAL/ogr2ogr and the sqlite3 shell,
whose SQLite has neither FTS5 nor our ST_* functions) on every record table note each insert, update and
delete, the way Kart tracks its working copies:

- ``nm_tracked (tbl, fid, op)``: one row per record row touched since the app last looked
  (``op`` = ``insert`` when the row was new, else ``edit``);
- ``nm_tracked_old_<table>``: the row's values as they were before its first outside change (the base),
  so an update says which columns changed and a delete keeps the values for its tombstone.

The app's own writes are versioned directly (``Project`` add/update/delete, merge, import); while the app
holds its write transaction, a row in ``nm_track_pause`` switches the triggers off (the row is removed
before COMMIT, so no other writer ever sees it).

Public API (the open, export, merge, sync and check paths all ask this module):

- ``install(conn)``: create the tables and (re)create the triggers from the tables' current columns.
- ``pending(conn) -> dict[str, int]``: tracked rows per table still waiting for versions (read only).
- ``absorb(project) -> Absorbed``: give pending changes versions from this laptop's clock in the
  caller's transaction: changed columns get one new version each, deletes become tombstones (values from
  the base), rows without a uuid get one, rows without any versions are adopted whole. History records
  ``source = "outside edit"``. ``Project.transaction`` calls it at the start of every write
  transaction, so opening, exporting, merging and syncing all see outside edits first.
- ``pause(conn)`` / ``resume(conn)``: switch the triggers off/on inside the app's own transaction.
- ``has_pending(conn)``, ``unversioned(conn) -> dict[str, int]`` (rows with no versions at all, e.g. added
  before the file had tracking) and ``adopt_unversioned(project)`` (versions for those).
- ``Absorbed``: what ``absorb`` did (``inserted``/``updated``/``deleted`` per table, ``uuids`` touched).

Callers normally use ``Project.catch_up()`` (absorb + adopt, in its own transaction; returns
``Absorbed``): a sync target calls it, or simply opens a write transaction, before reading changes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from mapper.domain.records import DELETED, RECORD_TYPES

TRACKED_TABLES = tuple(RECORD_TYPES)  # assets, groups, care_needs, neighbourhoods
SOURCE = "outside edit"
UUID_SQL = (
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"
)
_ACTIVE = "NOT EXISTS (SELECT 1 FROM nm_track_pause)"


def _old_table(table: str) -> str:
    return f"nm_tracked_old_{table}"


def _all_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def install(conn: sqlite3.Connection) -> None:
    """Create the tracking tables and (re)create every table's triggers. Idempotent; call it again
    whenever a migration changes a record table's columns."""
    conn.execute("CREATE TABLE IF NOT EXISTS nm_tracked (tbl TEXT NOT NULL, fid INTEGER NOT NULL, "
                 "op TEXT NOT NULL, PRIMARY KEY (tbl, fid)) WITHOUT ROWID")
    conn.execute("CREATE TABLE IF NOT EXISTS nm_track_pause (on_by TEXT)")
    for table in TRACKED_TABLES:
        cols = _all_columns(conn, table)
        old = _old_table(table)
        have = _all_columns(conn, old)
        if have and have != cols:
            conn.execute(f'DROP TABLE "{old}"')  # only holds bases of pending rows: absorb before migrating
        types = {r[1]: r[2] for r in conn.execute(f'PRAGMA table_info("{table}")')}  # same affinities
        spec = ", ".join("fid INTEGER PRIMARY KEY" if c == "fid" else f'"{c}" {types[c]}' for c in cols)
        conn.execute(f'CREATE TABLE IF NOT EXISTS "{old}" ({spec})')
        olds = ", ".join(f'old."{c}"' for c in cols)
        names = ", ".join(f'"{c}"' for c in cols)
        keep_base = f'INSERT OR IGNORE INTO "{old}" ({names}) VALUES ({olds});'
        for name in (f"{table}_track_insert", f"{table}_track_update", f"{table}_track_delete"):
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        conn.execute(f'CREATE TRIGGER "{table}_track_insert" AFTER INSERT ON "{table}" WHEN {_ACTIVE} BEGIN '
                     f"INSERT OR IGNORE INTO nm_tracked VALUES ('{table}', new.fid, 'insert'); END")
        conn.execute(f'CREATE TRIGGER "{table}_track_update" AFTER UPDATE ON "{table}" WHEN {_ACTIVE} BEGIN '
                     f"{keep_base} INSERT OR IGNORE INTO nm_tracked VALUES ('{table}', old.fid, 'edit'); "
                     f"INSERT OR IGNORE INTO nm_tracked VALUES ('{table}', new.fid, 'edit'); END")
        conn.execute(f'CREATE TRIGGER "{table}_track_delete" AFTER DELETE ON "{table}" WHEN {_ACTIVE} BEGIN '
                     f"{keep_base} INSERT OR IGNORE INTO nm_tracked VALUES ('{table}', old.fid, 'edit'); END")


def installed(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name='nm_tracked'").fetchone() is not None


def intact(conn: sqlite3.Connection) -> bool:
    """Every record table still has its three triggers (a tool that rebuilt a table may have lost them)."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE '%_track_%'")}
    return installed(conn) and all(f"{t}_track_{op}" in names for t in TRACKED_TABLES
                                   for op in ("insert", "update", "delete"))


def pending(conn: sqlite3.Connection) -> dict[str, int]:
    """{table: rows changed outside the app and not yet versioned}; empty when none (or no tracking)."""
    if not installed(conn):
        return {}
    return dict(conn.execute("SELECT tbl, count(*) FROM nm_tracked GROUP BY tbl ORDER BY tbl"))


def has_pending(conn: sqlite3.Connection) -> bool:
    return installed(conn) and conn.execute("SELECT 1 FROM nm_tracked LIMIT 1").fetchone() is not None


def pause(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO nm_track_pause VALUES ('app')")


def resume(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM nm_track_pause")


@dataclass
class Absorbed:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    uuids: set[tuple[str, str]] = field(default_factory=set)  # (table, uuid) of every record touched

    def __bool__(self) -> bool:
        return bool(self.uuids)

    def total(self) -> int:
        return len(self.uuids)


def _differs(a: Any, b: Any) -> bool:
    return a != b or (a is None) != (b is None)


def absorb(project) -> Absorbed:
    """Version every pending outside change (inside the caller's write transaction, triggers paused)."""
    conn = project.conn
    done = Absorbed()
    if not has_pending(conn):
        return done
    if not conn.in_transaction:
        raise RuntimeError("absorb outside changes only inside a transaction")
    from mapper.store.stored import dump_stored  # noqa: PLC0415 (stored imports migrations, which imports us)

    version = project.clock.tick()
    for table in TRACKED_TABLES:
        cols = project.columns(table)
        quoted = ", ".join(f'"{c}"' for c in cols)
        rows = conn.execute(f'SELECT k.fid, t.fid, t.uuid, {", ".join(f"t.{q}" for q in quoted.split(", "))} '
                            f'FROM nm_tracked k LEFT JOIN "{table}" t ON t.fid = k.fid WHERE k.tbl = ? '
                            "ORDER BY k.fid", (table,)).fetchall()
        if not rows:
            continue
        old = _old_table(table)
        bases = {r[0]: (r[1], dict(zip(cols, r[2:]))) for r in conn.execute(
            f'SELECT fid, uuid, {quoted} FROM "{old}" WHERE fid IN (SELECT fid FROM nm_tracked WHERE tbl = ?)',
            (table,))}
        for fid, found, uuid, *values in rows:
            now = dict(zip(cols, values))
            base_uuid, base = bases.get(fid, (None, None))
            if base_uuid and (found is None or base_uuid != uuid):  # deleted (or its uuid changed)
                if _tombstone(project, table, base_uuid, base, version, dump_stored):
                    done.deleted[table] = done.deleted.get(table, 0) + 1
                    done.uuids.add((table, base_uuid))
                base = None
            if found is None:
                continue
            if not uuid:  # a row without a uuid gets one
                uuid = conn.execute(f"SELECT {UUID_SQL}").fetchone()[0]
                conn.execute(f'UPDATE "{table}" SET uuid = ? WHERE fid = ?', (uuid, fid))
            versions = project.versions(table, uuid)
            if base is None or not versions:  # a row written whole (new, re-inserted or never versioned)
                changed = {c: (None, v) for c, v in now.items()}
                versions.update({c: version for c in cols})
                counter = done.inserted if not versions.get(DELETED) else done.updated
            else:
                changed = {c: (base.get(c), v) for c, v in now.items() if _differs(base.get(c), v)}
                versions.update({c: version for c in changed})
                counter = done.updated
            if project.is_deleted(table, uuid):  # a deleted record's uuid written again: a restore
                conn.execute("DELETE FROM nm_tombstones WHERE tbl=? AND uuid=?", (table, uuid))
                changed[DELETED] = (1, 0)
                versions[DELETED] = version
            if not changed:
                continue
            project.write_versions(table, uuid, versions)
            project.log(table, uuid, {c: d for c, d in changed.items() if d != (None, None)}, version,
                        source=SOURCE)
            counter[table] = counter.get(table, 0) + 1
            done.uuids.add((table, uuid))
        conn.execute(f'DELETE FROM "{old}"')
        if table == "neighbourhoods":
            project.forget_neighbourhoods()
    conn.execute("DELETE FROM nm_tracked")
    return done


def _row_exists(conn, table: str, fid: int) -> bool:
    return conn.execute(f'SELECT 1 FROM "{table}" WHERE fid=?', (fid,)).fetchone() is not None


def _tombstone(project, table: str, uuid: str, base: dict[str, Any], version: str, dump) -> bool:
    conn = project.conn
    if project.is_deleted(table, uuid):
        return False
    conn.execute("INSERT OR REPLACE INTO nm_tombstones VALUES (?, ?, ?, ?)", (table, uuid, version, dump(base)))
    versions = project.versions(table, uuid)
    if not versions:  # never versioned (added outside and deleted before we saw it): adopt its base first
        versions = {c: version for c in project.columns(table)}
    versions[DELETED] = version
    project.write_versions(table, uuid, versions)
    project.log(table, uuid, {DELETED: (0, 1)}, version, source=SOURCE)
    return True


def unversioned(conn: sqlite3.Connection) -> dict[str, int]:
    """{table: rows without any versions} (added by another tool before the file had tracking)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name='nm_versions'").fetchone() is None:
        return {}
    out = {}
    for table in TRACKED_TABLES:
        n = conn.execute(f'SELECT count(*) FROM "{table}" t WHERE uuid IS NULL OR NOT EXISTS '
                         "(SELECT 1 FROM nm_versions v WHERE v.tbl=? AND v.uuid=t.uuid)", (table,)).fetchone()[0]
        if n:
            out[table] = n
    return out


def adopt_unversioned(project) -> int:
    """Give versions to rows that have none (inside the caller's transaction), so they merge and export
    like ours; rows without a uuid get one first."""
    conn = project.conn
    total = 0
    for table in TRACKED_TABLES:
        conn.execute(f'UPDATE "{table}" SET uuid = {UUID_SQL} WHERE uuid IS NULL OR uuid = \'\'')
        rows = conn.execute(f'SELECT uuid FROM "{table}" t WHERE NOT EXISTS '
                            "(SELECT 1 FROM nm_versions v WHERE v.tbl=? AND v.uuid=t.uuid)", (table,)).fetchall()
        if not rows:
            continue
        version = project.clock.tick()
        cols = project.columns(table)
        for (uuid,) in rows:
            project.write_versions(table, uuid, {c: version for c in cols})
        project.log(table, "*", {"adopted": (None, len(rows))}, version, source=SOURCE)
        total += len(rows)
    return total
