"""Review decisions as versioned registers (``nm_decisions``): they travel in exports and merge like fields.

Kinds (``key`` format -> ``value``):

- ``resolved``: ``tbl|uuid|field|other_version`` -> ``"1"`` when that losing value was reviewed, ``""`` undone.
- ``replaced``: ``tbl|uuid`` -> the survivor's uuid after a duplicate pair was merged, ``""`` undone.
- ``pair``: ``tbl|a|b`` (a < b) -> ``"merged"``, ``"distinct"`` (not the same) or ``""`` (open again).

Each write takes a fresh version from the project clock, so undoing is a newer decision, never a delete.
"""

from __future__ import annotations

import sqlite3

RESOLVED, REPLACED, PAIR = "resolved", "replaced", "pair"


def key_of(*parts: str) -> str:
    return "|".join(parts)


def pair_key(tbl: str, a: str, b: str) -> str:
    a, b = sorted((a, b))
    return key_of(tbl, a, b)


def get(conn: sqlite3.Connection, kind: str, key: str) -> tuple[str | None, str | None]:
    row = conn.execute("SELECT value, version FROM nm_decisions WHERE kind=? AND key=?", (kind, key)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def value(conn: sqlite3.Connection, kind: str, key: str) -> str | None:
    return get(conn, kind, key)[0]


def put(project, kind: str, key: str, val: str) -> str:
    """Record a local decision with a new version (inside the caller's transaction, or its own)."""
    with project.transaction():
        version = project.clock.tick()
        project.conn.execute("INSERT OR REPLACE INTO nm_decisions VALUES (?, ?, ?, ?, ?)",
                             (kind, key, val, version, project.author))
    return version


def load_all(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str | None, str, str | None]]:
    if not has_table(conn):
        return {}
    return {(k, key): (v, ver, a) for k, key, v, ver, a in
            conn.execute("SELECT kind, key, value, version, author FROM nm_decisions")}


def has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='nm_decisions'").fetchone() is not None


def replacements(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(tbl, replaced uuid) -> survivor uuid, for live replacements."""
    out = {}
    for key, val in conn.execute("SELECT key, value FROM nm_decisions WHERE kind=? AND value<>''", (REPLACED,)):
        tbl, uuid = key.split("|", 1)
        out[(tbl, uuid)] = val
    return out


def survivor_of(conn: sqlite3.Connection, tbl: str, uuid: str) -> str:
    """Follow "replaced by" links (a merged duplicate's uuid leads to the record that absorbed it)."""
    seen = {uuid}
    while True:
        nxt = value(conn, REPLACED, key_of(tbl, uuid))
        if not nxt or nxt in seen:
            return uuid
        seen.add(nxt)
        uuid = nxt
