"""Review decisions as versioned registers (``nm_decisions``): they travel in exports and merge like fields.

Kinds (``key`` format -> ``value``):

- ``resolved``: ``tbl|uuid|field|other_version`` -> ``"1"`` when that losing value was reviewed, ``""`` undone.
- ``replaced``: ``tbl|uuid`` -> the survivor's uuid after a duplicate pair was merged, ``""`` undone.
- ``pair``: ``tbl|a|b`` (a < b) -> ``"merged"``, ``"distinct"`` (not the same) or ``""`` (open again).
- ``checkpoint``: ``replica|version`` -> JSON {origin replica: greatest version merged from it}. Written at
  the end of each merge (the version is a tick after everything merged), so any later write of that
  replica "knew" those versions: overwriting one of them is an ordinary edit, not a conflict. Immutable.

Each write takes a fresh version from the project clock, so undoing is a newer decision, never a delete.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

RESOLVED, REPLACED, PAIR, CHECKPOINT = "resolved", "replaced", "pair", "checkpoint"


_KINDS = (RESOLVED, REPLACED, PAIR, CHECKPOINT)


def check_decision(kind, key, val, version, author, *, path) -> None:
    """Refuse (naming the file) a decision row another file brings that this app could not use safely:
    wrong types, an unknown kind, or a checkpoint whose JSON is garbage or nested too deeply."""
    import json

    from mapper.domain.errors import Errors, MergeError
    from mapper.domain.i18n import arg

    def bad(why: str):
        return MergeError(arg(Errors.tr("refused: a review decision %1"), why), path=path,
                          where=arg(Errors.tr("decision %1"), str(key)[:60]) if isinstance(key, str) else None)

    if not all(isinstance(v, str) for v in (kind, key, version)) or not isinstance(val, (str, type(None))) \
            or not isinstance(author, (str, type(None))):
        raise bad(Errors.tr("holds binary data or numbers where text belongs"))
    if kind not in _KINDS:
        raise bad(arg(Errors.tr("is of an unknown kind (%1)"), repr(kind[:20])))
    if kind == CHECKPOINT and val:
        try:
            vector = json.loads(val)
        except (ValueError, RecursionError):
            raise bad(Errors.tr("cannot be read (damaged JSON)")) from None
        if "|" not in key or not isinstance(vector, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in vector.items()):
            raise bad(Errors.tr("cannot be read (not a checkpoint)"))


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


class Knowledge:
    """Answers "had the replica that wrote ``w`` merged version ``l`` before writing it?" from checkpoints."""

    def __init__(self, items: dict):
        import bisect
        import json

        self._bisect = bisect.bisect_left
        per: dict[str, list[tuple[str, dict]]] = {}
        for (kind, key), (val, _version, _a) in items.items():
            if kind == CHECKPOINT and val:
                replica, at = key.split("|", 1)
                per.setdefault(replica, []).append((at, json.loads(val)))
        self.points = {r: sorted(v, key=lambda x: x[0]) for r, v in per.items()}
        self.keys = {r: [at for at, _ in v] for r, v in self.points.items()}
        self._memo: dict[str, dict | None] = {}  # write -> _before(write); the checkpoints never change

    def latest(self, replica: str) -> dict:
        pts = self.points.get(replica)
        return dict(pts[-1][1]) if pts else {}

    def _before(self, w: str) -> dict | None:
        if w in self._memo:
            return self._memo[w]
        from mapper.sync.rules import replica_of

        r = replica_of(w)
        keys = self.keys.get(r)
        i = self._bisect(keys, w) - 1 if keys else -1
        found = self._memo[w] = self.points[r][i][1] if i >= 0 else None
        return found

    def floor(self, w: str, honest: Callable[[str], bool]) -> str:
        """The latest honest version the writer of ``w`` had merged before writing it ("" if none)."""
        vector = self._before(w) or {}
        return max((v for v in vector.values() if honest(v)), default="")

    def knew(self, w: str | None, l_version: str | None) -> bool:
        from mapper.sync.rules import replica_of

        if not w or not l_version:
            return not l_version
        vector = self._before(w)
        return vector is not None and vector.get(replica_of(l_version), "") >= l_version
