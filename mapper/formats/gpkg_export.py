"""The GeoPackage export, written once.

A new file (the caller's temp file beside the target, which it fsyncs and renames, or removes on any
failure) gets the project's schema less its full-text index, then, by ``INSERT ... SELECT`` from the project
ATTACHed read-only in one read transaction, only the rows and columns the export keeps. The filters are in
the SELECTs, so nothing an export leaves out (care needs, unpublished records, mappers' names in a public
file, the passphrase's salt) is ever written to disk, not even for a moment in a scratch copy; care needs
leave only re-sealed to the coordinator (``privacy.export_filter``). A table copied whole goes by SQLite's
transfer optimisation (its records and its indexes as they are); a filtered one gets its indexes once its
rows are in; the R-tree of a table copied whole is copied as it is, otherwise filled with the kept rows'
boxes. Triggers (R-tree, change tracking, uuid) and views are created last, so none fires while the file
is filled and the export leaves with nothing pending."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from mapper.formats.common import Progress
from mapper.privacy import export_filter as privacy
from mapper.store import gpkg_schema
from mapper.store.connection import attach_readonly, create_writing_from, quoted
from mapper.store.snapshot import sweep_scratch

EXPORTED = ("assets", "groups", "neighbourhoods")
KEEP_SETTINGS = ("replica_id", "schema_version", "clock", "author")
KEEP_SETTINGS_PUBLIC = ("replica_id", "schema_version")
KEPT_NM = ("nm_versions", "nm_tombstones", "nm_settings", "nm_decisions", "nm_history")  # other nm_ tables: empty
KINDS = {"assets": ("assets",), "groups": ("groups",), "all": ("assets", "groups")}
LAST = ("groups", "assets", "neighbourhoods", "care_needs", "nm_tombstones", "nm_versions", "nm_history",
        "attachments")  # filled in this order, after every other table: each one's filter reads the ones before
SHADOWS = ("node", "parent", "rowid", "config", "content", "data", "docsize", "idx", "segments", "segdir", "stat")
SRC = "src"
WHOLE = ("*", None)



@dataclass
class Schema:
    """The project's schema as the export recreates it (sqlite_master order)."""

    tables: list[str] = field(default_factory=list)
    sql: dict[str, str] = field(default_factory=dict)
    virtual: list[str] = field(default_factory=list)  # kept virtual tables (the R-trees)
    shadows: dict[str, list[str]] = field(default_factory=dict)
    indexes: dict[str, list[str]] = field(default_factory=dict)
    last: list[str] = field(default_factory=list)  # triggers and views

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> "Schema":
        rows = conn.execute(f"SELECT type, name, tbl_name, sql FROM {SRC}.sqlite_master WHERE sql IS NOT NULL "
                            "ORDER BY rowid").fetchall()
        virtual = [n for t, n, _, sql in rows if t == "table" and sql.lower().startswith("create virtual")]
        dropped = {n for n in virtual if n.lower().endswith("_fts")}  # the search index: rebuilt on open
        s = cls(virtual=[n for n in virtual if n not in dropped])
        shadow_of = {f"{v}_{suffix}": v for v in virtual for suffix in SHADOWS}
        for t, n, _tbl, sql in rows:
            if t == "table" and n not in virtual and not n.lower().startswith("sqlite_"):
                if n in shadow_of:
                    if shadow_of[n] not in dropped:
                        s.shadows.setdefault(shadow_of[n], []).append(n)
                    continue
                s.tables.append(n)
            s.sql[n] = sql
        for t, n, tbl, sql in rows:
            if t == "index" and tbl in s.tables:
                s.indexes.setdefault(tbl, []).append(sql)
            elif t == "view" or (t == "trigger" and tbl in s.tables and "_fts_" not in n.lower()
                                 and "_dirty_" not in n.lower()):
                s.last.append(sql)
        return s


def export_gpkg(project, tmp: Path, *, public: bool, kind: str, coordinator_key=None,
                progress: Progress | None = None) -> dict[str, int]:
    """Write the export to ``tmp`` (the caller fsyncs and renames it, or removes it on any failure).
    Returns rows per layer."""
    progress = progress or Progress()
    progress(0, 4, force=True)
    recipient = privacy.export_recipient(public=public, coordinator_key=coordinator_key)
    sweep_scratch()
    conn = create_writing_from(tmp)
    try:
        attach_readonly(conn, project.path, SRC)
        for pragma in ("page_size", "auto_vacuum", "application_id", "user_version"):  # before any table
            conn.execute(f"PRAGMA main.{pragma} = {int(conn.execute(f'PRAGMA {SRC}.{pragma}').fetchone()[0])}")
        # the caller fsyncs before the rename; sorting and the new pages stay in memory
        for pragma in ("synchronous = OFF", "temp_store = MEMORY", "cache_size = -65536", "secure_delete = ON"):
            conn.execute(f"PRAGMA {pragma}")
        progress(1, 4, force=True)
        conn.execute("BEGIN")  # one read transaction on the project: every table from the same moment
        kept = _write(conn, project, Schema.of(conn), public=public, kind=kind, recipient=recipient)
        counts = {t: conn.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0]
                  for t in (*EXPORTED, "care_needs", "attachments")}
        progress(2, 4, force=True)
        conn.execute("COMMIT")
        conn.execute(f"DETACH DATABASE {SRC}")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    if recipient is not None:
        privacy.log_sealed(project, kept, recipient)
    progress(3, 4, force=True)
    return counts


def _plan(conn, s: Schema, *, public: bool, kind: str, recipient) -> dict[str, tuple[str, str | None] | None]:
    """table -> (select list, WHERE) of the rows it keeps, or None for none."""
    plan: dict[str, tuple[str, str | None] | None] = {}
    for t in s.tables:
        plan[t] = None if t.startswith("nm_") and t not in KEPT_NM else WHOLE
    for t in ("assets", "groups"):
        if t not in KINDS[kind]:
            plan[t] = None
        elif public:
            cols = []
            for c in _columns(conn, t):
                if c == "recorded_by":
                    cols.append(f"NULL AS {quoted(c)}")
                elif c == "run_by" and t == "assets":  # no run_by pointing at a group the file does not carry
                    cols.append("CASE WHEN run_by IS NOT NULL AND run_by NOT IN (SELECT uuid FROM main.groups) "
                                "THEN NULL ELSE run_by END")
                else:
                    cols.append(quoted(c))
            plan[t] = (", ".join(cols), "coalesce(may_publish, 0) = 1")
    plan["care_needs"] = None  # only re-sealed, by the privacy layer
    plan["nm_versions"] = ("*", "the records carried: _versions")
    keep = privacy.settings_allowed(KEEP_SETTINGS_PUBLIC if public else KEEP_SETTINGS)
    plan["nm_settings"] = ("*", "key IN (" + ", ".join(f"'{k}'" for k in keep) + ")")
    if public:  # the published records and nothing that refers to anything else
        for t in ("attachments", "nm_tombstones", "nm_decisions", "nm_history"):
            plan[t] = None
    else:
        plan["attachments"] = ("*", "record_uuid IN (SELECT uuid FROM main.assets UNION SELECT uuid FROM main.groups "
                                    f"UNION SELECT uuid FROM main.care_needs) AND {privacy.care_attachment(SRC)}")
        plan["nm_tombstones"] = ("*", privacy.CARE_TOMBSTONE)
        where, old, new = privacy.care_history(recipient)
        cols = ", ".join(old if c == "old" else new if c == "new" else quoted(c) for c in _columns(conn, "nm_history"))
        plan["nm_history"] = (cols, f"({where}) AND (uuid = '*' OR EXISTS (SELECT 1 FROM main.nm_versions v "
                                    f"WHERE v.tbl = {SRC}.nm_history.tbl AND v.uuid = {SRC}.nm_history.uuid))")
    return {t: plan[t] for t in s.tables}


def _write(conn, project, s: Schema, *, public: bool, kind: str, recipient) -> int:
    plan = _plan(conn, s, public=public, kind=kind, recipient=recipient)
    for t in s.tables:
        conn.execute(s.sql[t])
    for v in s.virtual:
        conn.execute(s.sql[v])
    kept = 0
    for t in [t for t in s.tables if t not in LAST] + [t for t in LAST if t in plan]:
        rows = plan[t]
        if rows == WHOLE:  # indexes first: the transfer optimisation copies them with the records
            _indexes(conn, s, t)
            conn.execute(f"INSERT INTO main.{quoted(t)} SELECT * FROM {SRC}.{quoted(t)}")
            continue
        if t == "care_needs":
            kept = privacy.write_sealed_care_needs(conn, project, recipient, SRC)
        elif t == "nm_versions":
            _versions(conn, s)
        elif rows is not None:
            cols, where = rows
            names = ", ".join(quoted(c) for c in _columns(conn, t))
            conn.execute(f"INSERT INTO main.{quoted(t)} ({names}) SELECT {cols} FROM {SRC}.{quoted(t)}"
                         + (f" WHERE {where}" if where else ""))
        _indexes(conn, s, t)
    _virtual(conn, s, plan)
    if "sqlite_sequence" in {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master")}:
        conn.execute("DELETE FROM main.sqlite_sequence")  # as the project had it (not the kept rows' maximum)
        conn.execute(f"INSERT INTO main.sqlite_sequence SELECT name, seq FROM {SRC}.sqlite_sequence "
                     "WHERE name IN (SELECT name FROM main.sqlite_master WHERE type = 'table')")
    for sql in s.last:
        conn.execute(sql)
    for t in ("assets", "neighbourhoods", "wards"):
        if f"rtree_{t}_geom" in s.virtual:
            gpkg_schema.update_extent(conn, t)
    if "gpkg_ogr_contents" in s.tables:  # GDAL trusts these counts: the export's own, not the project's
        for (t,) in conn.execute("SELECT table_name FROM main.gpkg_ogr_contents WHERE feature_count IS NOT NULL"
                                 ).fetchall():
            if t in s.tables:
                conn.execute(f"UPDATE main.gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM main.{quoted(t)}) "
                             "WHERE table_name = ?", (t,))
    return kept


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {SRC}.table_info({quoted(table)})")]


def _indexes(conn, s: Schema, table: str) -> None:
    for sql in s.indexes.get(table, ()):
        conn.execute(sql)


def _versions(conn, s: Schema) -> None:
    """Versions only for the records this export carries or has tombstones for (in key order)."""
    for t in sorted(t for t in (*EXPORTED, "care_needs") if t in s.tables):
        conn.execute(f"INSERT INTO main.nm_versions SELECT * FROM {SRC}.nm_versions WHERE tbl = ? AND "
                     f"(uuid IN (SELECT uuid FROM main.{quoted(t)}) OR uuid IN "
                     "(SELECT uuid FROM main.nm_tombstones WHERE tbl = ?))", (t, t))


def _virtual(conn, s: Schema, plan) -> None:
    """The R-trees: copied as they are for a table copied whole, else the kept rows' boxes."""
    owners = {f"rtree_{t}_{c}": (t, c) for t, c in conn.execute(
        f"SELECT table_name, column_name FROM {SRC}.gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")}
    for v in s.virtual:
        owner = owners.get(v)
        if owner is None or plan.get(owner[0]) == WHOLE:
            for shadow in s.shadows.get(v, ()):
                conn.execute(f"DELETE FROM main.{quoted(shadow)}")  # the empty root node CREATE made
                conn.execute(f"INSERT INTO main.{quoted(shadow)} SELECT * FROM {SRC}.{quoted(shadow)}")
        elif owner[0] in plan:
            pk = next(r[1] for r in conn.execute(f"PRAGMA {SRC}.table_info({quoted(owner[0])})") if r[5])
            conn.execute(f"INSERT INTO main.{quoted(v)} SELECT * FROM {SRC}.{quoted(v)} "
                         f"WHERE id IN (SELECT {quoted(pk)} FROM main.{quoted(owner[0])})")
