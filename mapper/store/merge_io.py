"""Bulk write helpers for merge: insert many rows with per-row triggers set aside (inside the caller's
transaction, so all or nothing), then restore the triggers. The R-tree is filled in one pass by
``Project._bulk_insert_indexed`` and the full-text dirty marks by one INSERT ... SELECT."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


@contextmanager
def triggers_set_aside(conn, names: list[str]) -> Iterator[None]:
    if not conn.in_transaction:
        raise RuntimeError("set triggers aside only inside a transaction")
    marks = ",".join("?" * len(names))
    saved = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name IN ({marks})",
                         names).fetchall()
    for name, _sql in saved:
        conn.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in saved:
            conn.execute(sql)


def bulk_insert(project, table: str, cols: list[str], rows: list[tuple]) -> None:
    """Insert rows (uuid first, then ``cols``) that all carry their uuid."""
    conn = project.conn
    marks = ", ".join("?" * (len(cols) + 1))
    sql = f'INSERT INTO "{table}" (uuid, {", ".join(cols)}) VALUES ({marks})'
    last = conn.execute(f'SELECT coalesce(max(fid), 0) FROM "{table}"').fetchone()[0]
    dirty = f"{table}_dirty_insert"
    has_dirty = conn.execute("SELECT 1 FROM sqlite_master WHERE type='trigger' AND name=?", (dirty,)).fetchone()
    # every row has a uuid already; full-text dirty marks are added in one statement below
    with triggers_set_aside(conn, [f"{table}_uuid_fill", dirty]):
        if "geom" in cols:
            project._bulk_insert_indexed(table, sql, rows, cols.index("geom") + 1)
        else:
            conn.executemany(sql, rows)
        if has_dirty:
            conn.execute(f'INSERT OR IGNORE INTO nm_fts_dirty SELECT ?, fid FROM "{table}" WHERE fid > ?',
                         (table, last))
