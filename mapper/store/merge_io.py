"""Bulk write helpers for merge: insert many rows with per-row triggers set aside (inside the caller's
transaction, so all or nothing), then restore the triggers. The R-tree is filled in one pass (point
envelopes read straight from the blobs); the new rows go into the full-text index at their place in name
order (``stored.index_added``: the whole table numbered afresh, or the rows marked for the commit-time
re-index); indexes are rebuilt after an insert larger than the table. ``insert_rows`` leaves the last two
for later (the merge does them while the duplicate search runs)."""

from __future__ import annotations

import operator
import sqlite3
import struct
from contextlib import contextmanager, suppress
from itertools import islice
from typing import Callable, Iterable, Iterator

from mapper.store.geometry import envelope
from mapper.store.stored import index_added

_POINT = struct.Struct("<2sBBiBIdd")  # our own points: GP header without envelope, little-endian WKB point
INSERT_CHUNK = 100_000  # rows inserted (and their R-tree boxes) at a time: what is held besides the rows given


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


def box_of(blob) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a GeoPackage geometry blob, None for NULL or empty."""
    if blob is None:
        return None
    if len(blob) == _POINT.size and blob[3] == 0x01 and blob[8] == 1:
        magic, _v, _f, _srs, _order, gtype, x, y = _POINT.unpack(blob)
        if magic == b"GP" and gtype == 1:
            return (x, x, y, y)
    return envelope(blob)


def bulk_insert(project, table: str, cols: list[str], rows: list[tuple]) -> None:
    """Insert rows (uuid first, then ``cols``) that all carry their uuid, in the given order."""
    insert_rows(project, table, cols, rows)()


def insert_rows(project, table: str, cols: list[str], rows: Iterable[tuple],
                count: int | None = None) -> Callable[[], None]:
    """``bulk_insert`` in two steps (``rows`` may be any iterable, read once, when ``count`` says how many):
    the rows and their R-tree boxes now; the returned call (to make inside the same transaction, before
    anything searches text or filters by an indexed column) rebuilds the table's indexes if they were set
    aside and marks the new rows for the full-text index. Between the two,
    the table can be read by uuid or scanned, which lets the merge search duplicates meanwhile."""
    conn = project.conn
    info = {r[1]: r[4] for r in conn.execute(f'PRAGMA table_info("{table}")')}
    # NULL columns without a default are left out of the INSERT: binding fewer parameters is much faster
    optional = {i for i, c in enumerate(cols, 1) if info.get(c) is None}
    last = conn.execute(f'SELECT coalesce(max(fid), 0) FROM "{table}"').fetchone()[0]
    rtree = f"rtree_{table}_geom"
    found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name IN (?, ?)",
                                        (f"{rtree}_insert", f"{table}_dirty_insert"))}
    indexes = set_indexes_aside(conn, table) if (len(rows) if count is None else count) > last else []
    try:
        # the change-tracking insert trigger is switched off inside our transaction anyway (store/tracking.py)
        with triggers_set_aside(conn, [f"{table}_uuid_fill", f"{table}_dirty_insert", f"{rtree}_insert",
                                       f"{table}_track_insert"]):
            rows = iter(rows)
            after = last
            while part := list(islice(rows, INSERT_CHUNK)):
                _insert_all(conn, table, cols, part, optional)
                if f"{rtree}_insert" in found and "geom" in cols:
                    geom_at = cols.index("geom") + 1
                    new_fids = [r[0] for r in conn.execute(f'SELECT fid FROM "{table}" WHERE fid > ? ORDER BY fid',
                                                           (after,))]
                    boxes = []
                    for fid, row in zip(new_fids, part):
                        box = box_of(row[geom_at])
                        if box is not None:
                            boxes.append((fid, *box))
                    conn.executemany(f'INSERT OR REPLACE INTO "{rtree}" VALUES (?, ?, ?, ?, ?)', boxes)
                    after = new_fids[-1] if new_fids else after
    except BaseException:
        for _name, sql in indexes:  # the transaction is being abandoned: do not hide why
            with suppress(sqlite3.Error):
                conn.execute(sql)
        raise

    def complete() -> None:
        restore_indexes(conn, indexes)
        if f"{table}_dirty_insert" in found:  # new rows: in the full-text index at their place in name order
            index_added(conn, table, last)
    return complete


def restore_indexes(conn, saved: list[tuple[str, str]]) -> None:
    for _name, sql in saved:
        conn.execute(sql)


def set_indexes_aside(conn, table: str) -> list[tuple[str, str]]:
    """Drop the table's own indexes (not the uuid's UNIQUE constraint) inside the caller's transaction, to
    build them again with ``restore_indexes`` after many inserts (much faster than updating them row by row
    when far more rows are added than the table held; a rollback brings them back too). Their (name, sql)."""
    saved = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL",
                         (table,)).fetchall()
    if saved and not conn.in_transaction:
        raise RuntimeError("set indexes aside only inside a transaction")
    for name, _sql in saved:
        conn.execute(f'DROP INDEX "{name}"')
    return saved


def _insert_all(conn, table: str, cols: list[str], rows: list[tuple], optional: set[int]) -> None:
    """The rows in the given order (fids follow it), one statement per run of rows with the same NULLs."""
    run: list[tuple] = []
    run_keep: tuple[int, ...] = ()
    nones = (None,) * (len(cols) + 1)
    kept: dict[tuple[bool, ...], tuple[tuple[int, ...], Callable]] = {}  # NULL pattern -> columns kept
    for row in rows:
        nulls = tuple(map(operator.is_, row, nones))
        if nulls not in kept:
            keep = (0, *[i for i in range(1, len(row)) if i not in optional or not nulls[i]])
            kept[nulls] = (keep, (lambda r: r) if len(keep) == len(row) else (lambda r: (r[0],))
                           if len(keep) == 1 else operator.itemgetter(*keep))
        keep, project_row = kept[nulls]
        if keep != run_keep and run:
            _insert(conn, table, cols, run_keep, run)
            run = []
        run_keep = keep
        run.append(project_row(row))
    if run:
        _insert(conn, table, cols, run_keep, run)


def _insert(conn, table: str, cols: list[str], keep: tuple[int, ...], rows: list[tuple]) -> None:
    names = ", ".join(["uuid", *(f'"{cols[i - 1]}"' for i in keep[1:])])
    conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(keep))})', rows)
