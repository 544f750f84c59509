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

GAP = 4  # between keys numbered afresh (small: the index stores each key's difference from the last, and
# 4 keeps most of them one byte: 16 made the index a quarter larger and long words' matches slower to read)
WINDOW = 8  # neighbours on each side spaced out again first when a gap is full (then 4x as many)
BUDGET = 20_000  # keyed rows a pass may re-key (or twice the rows it places, if more) before numbering afresh


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
    if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None:  # (a new file: nothing to write)
        conn.execute(f"DELETE FROM {f}")
        return
    conn.execute(f"INSERT INTO {keys} (key, fid) SELECT (row_number() OVER (ORDER BY name COLLATE NOCASE, fid)) "
                 f"* {GAP}, fid FROM {table}")
    conn.execute(f"DROP TABLE IF EXISTS {f}")
    conn.execute(f"CREATE VIRTUAL TABLE {f} USING fts5({', '.join(cols)}, {options})")
    conn.execute(f"INSERT INTO {f} (rowid, {', '.join(cols)}) SELECT k.key, {', '.join('a.' + c for c in cols)} "
                 f"FROM {keys} k JOIN {table} a ON a.fid = k.fid ORDER BY k.key")  # ascending: no flushes


def numbers_afresh(conn: sqlite3.Connection, table: str, waiting: int) -> bool:
    """Whether ``waiting`` rows to place (beside the keyed ones) are more than a fifth of the table: then
    numbering it all is sooner than placing them one by one."""
    return waiting > 1000 and waiting * 4 > conn.execute(f"SELECT count(*) FROM {keys_table(table)}").fetchone()[0]


def reindex(conn: sqlite3.Connection, table: str, cols: list[str], options: str) -> None:
    """The rows marked dirty for ``table`` (added, changed, deleted or re-numbered by anyone) out of the index
    and back in at their place in name order. The caller clears ``nm_fts_dirty`` afterwards."""
    keys, f = keys_table(table), f"{table}_fts"
    dirty = "(SELECT fid FROM nm_fts_dirty WHERE tbl = ?)"
    gone = [k for (k,) in conn.execute(f"SELECT key FROM {keys} WHERE fid IN {dirty}", (table,))]
    conn.execute(f"DELETE FROM {keys} WHERE fid IN {dirty}", (table,))
    waiting = conn.execute("SELECT count(*) FROM nm_fts_dirty WHERE tbl = ?", (table,)).fetchone()[0]
    if numbers_afresh(conn, table, waiting):
        number(conn, table, cols, options)
        return
    todo = conn.execute(f"SELECT a.fid, a.name FROM {table} a WHERE a.fid IN {dirty} "
                        "ORDER BY a.name COLLATE NOCASE, a.fid", (table,)).fetchall()
    runs = _runs(conn, table, todo)
    if len(todo) > 1000 and _crowded(conn, keys, runs) * 10 > len(runs):
        number(conn, table, cols, options)  # many rows where there is no room: spacing them out one gap after
        return  # another would move the same neighbours again and again (quadratic); numbering all is once
    moved: dict[int, int] = {}  # fid of a clean row re-keyed -> the key its index row has
    placed: set[int] = set()
    pending: list[tuple[int, int]] = []  # (key, fid) not written yet
    budget = max(BUDGET, 2 * len(todo))
    for before, before_fid, run in runs:
        if moved and before_fid is not None:  # spaced out since: its key now
            before = conn.execute(f"SELECT key FROM {keys} WHERE fid = ?", (before_fid,)).fetchone()[0]
        # the keyed row after it is still the one that followed it (rows placed so far lie before it)
        after = conn.execute(f"SELECT min(key) FROM {keys}" + ("" if before is None else " WHERE key > ?"),
                             () if before is None else (before,)).fetchone()[0]
        new = _between(before, after, len(run))
        if new is None:
            conn.executemany(f"INSERT INTO {keys} (key, fid) VALUES (?, ?)", pending)
            pending = []
            budget -= _spread(conn, table, run, before, after, placed, moved, budget)
            if budget < 0:  # the gaps around keep filling: spacing out costs more than numbering all
                number(conn, table, cols, options)
                return
        else:
            pending += zip(new, run)
        placed.update(run)
    conn.executemany(f"INSERT INTO {keys} (key, fid) VALUES (?, ?)", pending)
    gone += moved.values()
    _drop_rows(conn, f, gone)
    fids = sorted(placed | moved.keys())
    if fids:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS nm_order_put (fid INTEGER PRIMARY KEY)")
        conn.execute("DELETE FROM temp.nm_order_put")
        conn.executemany("INSERT INTO temp.nm_order_put VALUES (?)", [(x,) for x in fids])
        conn.execute(f"INSERT INTO {f} (rowid, {', '.join(cols)}) SELECT k.key, {', '.join('a.' + c for c in cols)} "
                     f"FROM temp.nm_order_put p CROSS JOIN {keys} k CROSS JOIN {table} a WHERE k.fid = p.fid "
                     "AND a.fid = p.fid ORDER BY k.key")  # (CROSS JOIN: the few rows first, not every key)
        conn.execute("DELETE FROM temp.nm_order_put")


def _drop_rows(conn: sqlite3.Connection, f: str, rowids: list[int]) -> None:
    for at in sorted(set(rowids)):  # ascending, so the index does not flush between them
        conn.execute(f"DELETE FROM {f} WHERE rowid = ?", (at,))


def _runs(conn, table: str, todo: list[tuple[int, str]]) -> list[tuple[int | None, int | None, list[int]]]:
    """The rows to place (in name order, none keyed) as runs that share a gap: (key and fid of the keyed row
    before them, or None, None; their fids). Each row asks the name index (m009) for a keyed row between it
    and the row before it in ``todo``: none means the same gap, so a long run costs one short look each."""
    keys = keys_table(table)
    before = (f"SELECT k.key, k.fid FROM {table} a CROSS JOIN {keys} k WHERE a.name COLLATE NOCASE <= ? AND "
              "(a.name COLLATE NOCASE < ? OR a.fid < ?) AND k.fid = a.fid{} "
              "ORDER BY a.name COLLATE NOCASE DESC, a.fid DESC LIMIT 1")
    since = " AND a.name COLLATE NOCASE >= ? AND (a.name COLLATE NOCASE > ? OR a.fid > ?)"
    runs: list[tuple[int | None, int | None, list[int]]] = []
    last = None
    for fid, name in todo:
        name = name or ""
        if last is None:
            got = conn.execute(before.format(""), (name, name, fid)).fetchone()
        else:
            got = conn.execute(before.format(since), (name, name, fid, last[1], last[1], last[0])).fetchone()
        if last is None or got is not None:
            runs.append((*(got or (None, None)), []))
        runs[-1][2].append(fid)
        last = (fid, name)
    return runs


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


def _crowded(conn, keys: str, runs: list[tuple[int | None, int | None, list[int]]]) -> int:
    """How many of ``runs`` do not fit in their gap as it is now."""
    full = 0
    for before, _fid, run in runs:
        if before is not None:
            after = conn.execute(f"SELECT min(key) FROM {keys} WHERE key > ?", (before,)).fetchone()[0]
            full += _between(before, after, len(run)) is None
    return full


def _spread(conn, table: str, run: list[int], before: int | None, after: int | None, placed: set[int],
            moved: dict[int, int], budget: int) -> int:
    """Space out the keyed rows around the gap (``WINDOW`` each side, then 4x as many) with ``run`` between
    them, until the keys either side of the window leave room for every row at least ``GAP // 2`` apart (so
    that each gap in it has room again). Returns how many keyed rows got new keys, or more than ``budget``
    (and nothing changed) once the window would be wider than that."""
    keys = keys_table(table)
    width = WINDOW
    while True:
        if 2 * width > budget:
            return budget + 1
        low = conn.execute(f"SELECT key, fid FROM {keys} WHERE key <= ? ORDER BY key DESC LIMIT ?",
                           (before, width + 1)).fetchall() if before is not None else []
        high = conn.execute(f"SELECT key, fid FROM {keys} WHERE key >= ? ORDER BY key LIMIT ?",
                            (after, width + 1)).fetchall() if after is not None else []
        floor = low.pop()[0] if len(low) > width else None  # the keys just outside the window stay
        ceiling = high.pop()[0] if len(high) > width else None
        window = [x for _, x in reversed(low)] + run + [x for _, x in high]
        new = _between(floor, ceiling, len(window))
        if new is not None and (floor is None or ceiling is None or new[0] - floor >= max(2, GAP // 2)):
            break
        width *= 4
    old = dict((x, k) for k, x in low + high)
    conn.executemany(f"DELETE FROM {keys} WHERE fid = ?", [(x,) for x in old])
    conn.executemany(f"INSERT INTO {keys} (key, fid) VALUES (?, ?)", zip(new, window))
    for x, k in old.items():
        if x not in placed:  # a row placed earlier in this pass has no index row yet
            moved.setdefault(x, k)  # the index row still has the key the row had when this pass began
    return len(old)


def intact(conn: sqlite3.Connection, table: str) -> bool:
    """Do the keys follow name order, one for every row, and the index hold exactly those keys?"""
    keys = keys_table(table)
    by_key = [x for (x,) in conn.execute(f"SELECT fid FROM {keys} ORDER BY key")]
    by_name = [x for (x,) in conn.execute(f"SELECT fid FROM {table} ORDER BY name COLLATE NOCASE, fid")]
    indexed = [x for (x,) in conn.execute(f"SELECT rowid FROM {table}_fts ORDER BY rowid")]
    return by_key == by_name and indexed == [k for (k,) in conn.execute(f"SELECT key FROM {keys} ORDER BY key")]
