"""The full-text index in the lists' order: each record's row in ``{table}_fts`` has a *key* for its rowid,
and keys ascend as ``(name COLLATE NOCASE, fid)`` does (``nm_order_{table}``: key -> fid, m011). So the
first page of any search is the first matches the index lists (``ORDER BY rowid LIMIT``), however many rows
match and wherever they sit in the list, instead of every match gathered and sorted by name.

Keys are spaced ``GAP`` apart when numbered; a row that is added or renamed (dirty: ``nm_fts_dirty``, by the
plain-SQL triggers, whoever wrote) gets a key between its neighbours' in name order; when there is no room
between them, a few neighbours around it are spaced out again (their index rows re-keyed), more of them
each time until there is room. Only the app writes keys and the index, as it writes the index today."""

from __future__ import annotations

import sqlite3

GAP = 16  # between keys numbered afresh (small: the index stores key differences, a byte each)
WINDOW = 8  # neighbours on each side spaced out again first when a gap is full (then 4x as many)


def keys_table(table: str) -> str:
    return f"nm_order_{table}"


def create(conn: sqlite3.Connection, table: str) -> None:
    conn.execute(f"CREATE TABLE IF NOT EXISTS {keys_table(table)} (key INTEGER PRIMARY KEY, "
                 "fid INTEGER NOT NULL UNIQUE)")


def number(conn: sqlite3.Connection, table: str, cols: list[str], options: str) -> None:
    """Every row numbered afresh in name order and the index built again in key order (the migration; an
    import that brings more rows than the table had)."""
    keys, f = keys_table(table), f"{table}_fts"
    conn.execute(f"DELETE FROM {keys}")
    conn.execute(f"INSERT INTO {keys} (key, fid) SELECT (row_number() OVER (ORDER BY name COLLATE NOCASE, fid)) "
                 f"* {GAP}, fid FROM {table}")
    conn.execute(f"DROP TABLE IF EXISTS {f}")
    conn.execute(f"CREATE VIRTUAL TABLE {f} USING fts5({', '.join(cols)}, {options})")
    conn.execute(f"INSERT INTO {f} (rowid, {', '.join(cols)}) SELECT k.key, {', '.join('a.' + c for c in cols)} "
                 f"FROM {keys} k JOIN {table} a ON a.fid = k.fid ORDER BY k.key")  # ascending: no flushes


def reindex(conn: sqlite3.Connection, table: str, cols: list[str], options: str) -> None:
    """The rows marked dirty for ``table`` (added, changed, deleted or re-numbered by anyone) out of the index
    and back in at their place in name order. The caller clears ``nm_fts_dirty`` afterwards."""
    keys, f = keys_table(table), f"{table}_fts"
    dirty = "(SELECT fid FROM nm_fts_dirty WHERE tbl = ?)"
    gone = [k for (k,) in conn.execute(f"SELECT key FROM {keys} WHERE fid IN {dirty}", (table,))]
    conn.execute(f"DELETE FROM {keys} WHERE fid IN {dirty}", (table,))
    todo = conn.execute(f"SELECT a.fid, a.name FROM {table} a WHERE a.fid IN {dirty} "
                        "ORDER BY a.name COLLATE NOCASE, a.fid", (table,)).fetchall()
    if len(todo) > 1000 and len(todo) * 4 > conn.execute(f"SELECT count(*) FROM {keys}").fetchone()[0]:
        number(conn, table, cols, options)  # more than a fifth of the table: numbering it all is sooner
        return
    moved: dict[int, int] = {}  # fid of a clean row re-keyed -> the key its index row has
    placed: set[int] = set()
    for fid, name in todo:
        if fid not in placed:
            _place(conn, table, fid, name or "", placed, moved)
    gone += moved.values()
    _drop_rows(conn, f, gone)
    fids = sorted(placed | moved.keys())
    if fids:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS nm_order_put (fid INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.nm_order_put")
        conn.executemany("INSERT INTO temp.nm_order_put VALUES (?)", [(x,) for x in fids])
        conn.execute(f"INSERT INTO {f} (rowid, {', '.join(cols)}) SELECT k.key, {', '.join('a.' + c for c in cols)} "
                     f"FROM temp.nm_order_put p JOIN {keys} k ON k.fid = p.fid JOIN {table} a ON a.fid = p.fid "
                     "ORDER BY k.key")
        conn.execute("DELETE FROM temp.nm_order_put")


def _drop_rows(conn: sqlite3.Connection, f: str, rowids: list[int]) -> None:
    for at in sorted(set(rowids)):  # ascending, so the index does not flush between them
        conn.execute(f"DELETE FROM {f} WHERE rowid = ?", (at,))


def _rows(conn, table: str, name: str, fid: int, forward: bool):
    """(fid, key or None) of the rows after (``forward``, this one included) or before ``(name, fid)`` in
    name order, read from the name index (m009) as far as the caller reads."""
    keys = keys_table(table)
    if forward:
        where, order = "a.name COLLATE NOCASE >= ? AND (a.name COLLATE NOCASE > ? OR a.fid >= ?)", "ASC"
    else:
        where, order = "a.name COLLATE NOCASE <= ? AND (a.name COLLATE NOCASE < ? OR a.fid < ?)", "DESC"
    return conn.execute(f"SELECT a.fid, k.key FROM {table} a LEFT JOIN {keys} k "
                        f"ON k.fid = a.fid WHERE {where} ORDER BY a.name COLLATE NOCASE {order}, a.fid {order}",
                        (name, name, fid))


def _place(conn, table: str, fid: int, name: str, placed: set[int], moved: dict[int, int]) -> None:
    """Keys for the run of rows without one that ``fid`` is in (normally it alone), between the keyed rows
    before and after it in name order."""
    run, before, after = [], None, None
    for other, key in _rows(conn, table, name, fid, forward=False):
        if key is not None:
            before = key
            break
        run.append(other)  # (none normally: the rows before it were placed already)
    run.reverse()
    for other, key in _rows(conn, table, name, fid, forward=True):
        if key is not None:
            after = key
            break
        run.append(other)
    new = _between(before, after, len(run))
    if new is None:
        _spread(conn, table, run, before, after, placed, moved)
    else:
        conn.executemany(f"INSERT INTO {keys_table(table)} (key, fid) VALUES (?, ?)", zip(new, run))
    placed.update(run)


def _between(low: int | None, high: int | None, n: int) -> list[int] | None:
    """``n`` ascending keys strictly between ``low`` and ``high`` (None: no bound), or None if there is no room."""
    if low is None and high is None:
        return [GAP * (i + 1) for i in range(n)]
    if high is None:
        return [low + GAP * (i + 1) for i in range(n)]
    if low is None:
        return [high - GAP * (n - i) for i in range(n)]
    step = (high - low) // (n + 1)
    if step < 1:
        return None
    return [low + step * (i + 1) for i in range(n)]


def _spread(conn, table: str, run: list[int], before: int | None, after: int | None, placed: set[int],
            moved: dict[int, int]) -> None:
    """Space out the keyed rows around the gap (``WINDOW`` each side, then 4x as many) with ``run`` between
    them, until the keys either side of the window leave room for every row at least ``GAP // 4`` apart."""
    keys = keys_table(table)
    width = WINDOW
    while True:
        low = conn.execute(f"SELECT key, fid FROM {keys} WHERE key <= ? ORDER BY key DESC LIMIT ?",
                           (before, width + 1)).fetchall() if before is not None else []
        high = conn.execute(f"SELECT key, fid FROM {keys} WHERE key >= ? ORDER BY key LIMIT ?",
                            (after, width + 1)).fetchall() if after is not None else []
        floor = low.pop()[0] if len(low) > width else None  # the keys just outside the window stay
        ceiling = high.pop()[0] if len(high) > width else None
        window = [x for _, x in reversed(low)] + run + [x for _, x in high]
        new = _between(floor, ceiling, len(window))
        if new is not None and (floor is None or ceiling is None or new[0] - floor >= GAP // 4):
            break
        width *= 4
    old = dict((x, k) for k, x in low + high)
    conn.executemany(f"DELETE FROM {keys} WHERE fid = ?", [(x,) for x in old])
    conn.executemany(f"INSERT INTO {keys} (key, fid) VALUES (?, ?)", zip(new, window))
    for x, k in old.items():
        if x not in placed:  # a row placed earlier in this pass has no index row yet
            moved.setdefault(x, k)  # the index row still has the key the row had when this pass began


def intact(conn: sqlite3.Connection, table: str) -> bool:
    """Do the keys follow name order, one for every row, and the index hold exactly those keys? (tests, check)"""
    keys = keys_table(table)
    by_key = [x for (x,) in conn.execute(f"SELECT fid FROM {keys} ORDER BY key")]
    by_name = [x for (x,) in conn.execute(f"SELECT fid FROM {table} ORDER BY name COLLATE NOCASE, fid")]
    indexed = [x for (x,) in conn.execute(f"SELECT rowid FROM {table}_fts ORDER BY rowid")]
    return by_key == by_name and indexed == [k for (k,) in conn.execute(f"SELECT key FROM {keys} ORDER BY key")]
