"""Stored values as text: tombstone data (bytes kept as hex), history values (care-need values never),
and the full-text index kept by the app for rows the plain-SQL triggers marked dirty."""

from __future__ import annotations

import json
import sqlite3
from json.encoder import encode_basestring_ascii as _encode_str_ascii
from typing import Any

from mapper.domain.records import CareNeed
from mapper.store import migrations, name_order


def history_value(table: str, field: str, value: Any) -> Any:
    """History never holds a care need's sensitive values, sealed or not: only that they changed."""
    if table == CareNeed.TABLE and field in CareNeed.SENSITIVE and value is not None:
        return "(sealed)"
    return jsonable(value)


def jsonable(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(value)} bytes>"
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return "(boundary)"
    return value


def to_text(value: Any) -> str | None:
    """A stored value as text for the conflicts table (bytes as hex with a marker)."""
    if value is None:
        return None
    if type(value) is str:
        return _encode_str_ascii(value)  # what json.dumps(value) gives for a str, quicker
    return json.dumps({"b": bytes(value).hex()} if isinstance(value, (bytes, bytearray, memoryview)) else value)


def from_text(text: str | None) -> Any:
    if text is None:
        return None
    v = json.loads(text)
    return bytes.fromhex(v["b"]) if isinstance(v, dict) and "b" in v else v


def dump_stored(stored: dict[str, Any]) -> str:
    out = {}
    for k, v in stored.items():
        out[k] = {"b": bytes(v).hex()} if isinstance(v, (bytes, bytearray, memoryview)) else v
    return json.dumps(out)


def load_stored(text: str) -> dict[str, Any]:
    out = {}
    for k, v in json.loads(text).items():
        out[k] = bytes.fromhex(v["b"]) if isinstance(v, dict) and "b" in v else v
    return out


def index_added(conn: sqlite3.Connection, table: str, after_fid: int) -> None:
    """The rows added to ``table`` (those after ``after_fid``, inserted with its dirty-marking trigger set
    aside) into its full-text index: numbered afresh with the whole table now when they alone are enough
    for ``reindex_dirty`` to do so at commit (sparing a dirty mark each, written and deleted again in the
    same transaction), else marked dirty for it. Rows marked dirty before are indexed by the numbering."""
    added = conn.execute(f'SELECT count(*) FROM "{table}" WHERE fid > ?', (after_fid,)).fetchone()[0]
    if table in migrations.FTS_COLUMNS and name_order.numbers_afresh(conn, table, added):
        name_order.number(conn, table, migrations.FTS_COLUMNS[table], migrations.SEARCH_OPTIONS)
        conn.execute("DELETE FROM nm_fts_dirty WHERE tbl = ?", (table,))
    else:
        conn.execute(f'INSERT OR IGNORE INTO nm_fts_dirty SELECT ?, fid FROM "{table}" WHERE fid > ?',
                     (table, after_fid))


def reindex_dirty(conn: sqlite3.Connection) -> None:
    """Bring the full-text indexes up to date for rows marked dirty by the plain-SQL triggers."""
    if not conn.execute("SELECT 1 FROM nm_fts_dirty LIMIT 1").fetchone():
        return
    for table, cols in migrations.FTS_COLUMNS.items():  # each row out and back in at its key (name order)
        if conn.execute("SELECT 1 FROM nm_fts_dirty WHERE tbl = ? LIMIT 1", (table,)).fetchone():
            name_order.reindex(conn, table, cols, migrations.SEARCH_OPTIONS)
    conn.execute("DELETE FROM nm_fts_dirty")
