"""Possible duplicates: the same real-world asset or group recorded twice under different uuids.

Following the Open Referral UK aggregation guidance, a pair is offered when two live records share a
phone number, website or charity number, or have similar names (rapidfuzz ``token_set_ratio`` >= 80)
and are close (< 150 m, one vectorised shapely STRtree query) or share a postcode; groups with no
location also pair on very similar names (>= 92). Open pairs are a function of the current records:
after each merge, the changed records' undecided pairs are dropped and found again.

Decisions are versioned (``mapper.sync.decisions``) so they merge: "merged" keeps both uuids -- the
other record becomes a tombstone "replaced by" the survivor, and later edits to it land on the survivor
(``MergeEngine._fold_replacements``); "distinct" (not the same) stops the pair being offered.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz, process, utils

from mapper.sync import decisions as dec

NEAR_M = 150.0
NAME_MIN = 80
NAME_ONLY_MIN = 92


def norm_phone(text: str | None) -> str | None:
    if not text:
        return None
    digits = re.sub(r"\D", "", str(text))
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits if len(digits) >= 6 else None


def norm_web(text: str | None) -> str | None:
    if not text:
        return None
    t = str(text).strip().lower()
    t = re.sub(r"^[a-z]+://", "", t)
    t = re.sub(r"^www\.", "", t).rstrip("/")
    return t or None


def norm_id(text: str | None) -> str | None:
    if not text:
        return None
    t = re.sub(r"[^0-9a-z]", "", str(text).lower())
    return t or None


def norm_postcode(text: str | None) -> str | None:
    return norm_id(text)


class _Index:
    def __init__(self, table: str, rows: list[tuple]):
        self.table = table
        self.rows: dict[str, dict[str, Any]] = {}
        self.by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.located: list[str] = []
        self.near: dict[str, dict[str, float]] = {}
        for r in rows:
            uuid = r[0]
            d = {"raw_name": r[1] or ""}
            if table == "assets":
                _u, _n, x, y, postcode, phone, web = r
                pt = (x, y) if x is not None else None
                d.update(pt=pt, keys=[("postcode", norm_postcode(postcode))],
                         ids=[("phone", norm_phone(phone)), ("website", norm_web(web))])
                if pt:
                    self.located.append(uuid)
            else:
                _u, _n, phone, web, charity = r
                d.update(pt=None, keys=[], ids=[("phone", norm_phone(phone)), ("website", norm_web(web)),
                                                ("charity_number", norm_id(charity))])
            d["any_key"] = any(v for _k, v in d["keys"] + d["ids"])
            for kind, val in d["keys"] + d["ids"]:
                if val:
                    self.by_key[(kind, val)].append(uuid)
            self.rows[uuid] = d

    def find_near(self, uuids: list[str]) -> None:
        """Every located record within NEAR_M of each of ``uuids``, in one vectorised R-tree query
        (points projected to local metres)."""
        import numpy as np
        import shapely

        mine = [u for u in uuids if u in self.rows and self.rows[u]["pt"]]
        if not mine or not self.located:
            return

        def metres(ids):
            pts = np.array([self.rows[u]["pt"] for u in ids], dtype=float)
            x = pts[:, 0] * 111_320.0 * np.cos(np.radians(pts[:, 1]))
            return shapely.points(x, pts[:, 1] * 110_574.0)

        everyone = metres(self.located)
        tree = shapely.STRtree(everyone)
        queries = metres(mine)
        qi, ti = tree.query(queries, predicate="dwithin", distance=NEAR_M)
        dist = shapely.distance(queries[qi], everyone[ti])
        for a, b, d in zip(qi.tolist(), ti.tolist(), dist.tolist()):
            other = self.located[b]
            if other != mine[a]:
                self.near.setdefault(mine[a], {})[other] = d

    def name(self, uuid: str) -> str:
        d = self.rows[uuid]
        if "name" not in d:
            d["name"] = utils.default_process(d["raw_name"])
        return d["name"]

    def candidates(self, uuid: str) -> list[tuple[str, float, list[str]]]:
        me = self.rows[uuid]
        if me["pt"] and not me["any_key"] and uuid not in self.near:
            return []  # nothing nearby, no identifiers: nothing to compare (the common case)
        reasons: dict[str, list[str]] = defaultdict(list)
        for kind, val in me["ids"]:
            if val:
                for other in self.by_key[(kind, val)]:
                    reasons[other].append(kind)
        near = self.near.get(uuid, {})
        same_pc = set()
        for kind, val in me["keys"]:
            if val:
                same_pc.update(self.by_key[(kind, val)])
        named = set(near) | same_pc
        if self.table == "groups" or not me["pt"]:
            named |= set(self.rows)
        named.discard(uuid)
        out = []
        if named and self.name(uuid):
            names = {o: self.name(o) for o in named}
            cutoff = NAME_MIN if self.table == "assets" and me["pt"] else NAME_ONLY_MIN
            for _n, score, other in process.extract(self.name(uuid), names, scorer=fuzz.token_set_ratio,
                                                    processor=None, score_cutoff=cutoff, limit=None):
                if other in near or other in same_pc:
                    reasons[other].append("name")
                    reasons[other].append("near" if other in near else "postcode")
                elif score >= NAME_ONLY_MIN and (self.table == "groups" or not self.rows[other]["pt"]):
                    reasons[other].append("name")
        for other, why in reasons.items():
            if other == uuid:
                continue
            strong = any(w in ("phone", "website", "charity_number") for w in why) or "name" in why
            if strong:
                score = min(1.0, 0.4 * ("name" in why) + 0.3 * ("near" in why or "postcode" in why)
                            + 0.5 * any(w in ("phone", "website", "charity_number") for w in why))
                out.append((other, round(score, 2), sorted(set(why))))
        return out


_QUERIES = {
    "assets": "SELECT a.uuid, a.name, r.minx, r.miny, a.postcode, a.contact_phone, a.website "
              "FROM assets a LEFT JOIN rtree_assets_geom r ON r.id = a.fid",
    "groups": "SELECT uuid, name, contact_phone, website, charity_number FROM groups",
}


def refresh_pairs(project, changed: dict[str, list[str]]) -> int:
    """Re-find possible duplicates for changed records. Returns the number of new open pairs."""
    conn = project.conn
    new_pairs = 0
    for table, uuids in changed.items():
        if not uuids or table not in _QUERIES:
            continue
        ids = set(uuids)
        before = {(a, b) for a, b in _open_pairs_of(conn, table) if a in ids or b in ids}
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS nm_changed (uuid TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.execute("DELETE FROM temp.nm_changed")
        conn.executemany("INSERT OR IGNORE INTO temp.nm_changed VALUES (?)", [(u,) for u in ids])
        conn.execute("DELETE FROM nm_duplicates WHERE tbl=? AND coalesce(decision, '') = '' AND "
                     "(a IN (SELECT uuid FROM temp.nm_changed) OR b IN (SELECT uuid FROM temp.nm_changed))",
                     (table,))
        conn.execute("DELETE FROM temp.nm_changed")
        index = _Index(table, conn.execute(_QUERIES[table]).fetchall())
        index.find_near(sorted(ids))
        found = {}
        for uuid in sorted(ids):
            if uuid not in index.rows:
                continue  # deleted
            for other, score, why in index.candidates(uuid):
                a, b = sorted((uuid, other))
                found[(a, b)] = (score, ",".join(why))
        conn.executemany(
            "INSERT OR IGNORE INTO nm_duplicates (a, b, tbl, score, reasons, decision, version) "
            "VALUES (?, ?, ?, ?, ?, NULL, NULL)", [(a, b, table, s, w) for (a, b), (s, w) in sorted(found.items())])
        new_pairs += len(set(found) - before)
    return new_pairs


def _open_pairs_of(conn, table: str):
    return conn.execute("SELECT a, b FROM nm_duplicates WHERE tbl=? AND coalesce(decision, '')=''", (table,))


def find_all(project) -> int:
    """Look for duplicates among every live asset and group (e.g. from a menu)."""
    with project.transaction():
        return refresh_pairs(project, {t: [r[0] for r in project.conn.execute(f"SELECT uuid FROM {t}")]
                                       for t in _QUERIES})


def open_pairs(project) -> list[dict[str, Any]]:
    out = []
    for a, b, tbl, score, reasons in project.conn.execute(
            "SELECT a, b, tbl, score, reasons FROM nm_duplicates WHERE coalesce(decision, '')='' "
            "ORDER BY score DESC, a, b").fetchall():
        ra, rb = project.row(tbl, a), project.row(tbl, b)
        if ra is None or rb is None:
            continue
        out.append({"tbl": tbl, "a": a, "b": b, "score": score, "reasons": (reasons or "").split(","),
                    "a_values": ra, "b_values": rb})
    return out


def _set_pair(project, tbl: str, a: str, b: str, decision: str) -> None:
    version = dec.put(project, dec.PAIR, dec.pair_key(tbl, a, b), decision)
    a, b = sorted((a, b))
    project.conn.execute(
        "INSERT INTO nm_duplicates (a, b, tbl, decision, version) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (a, b) DO UPDATE SET decision=excluded.decision, version=excluded.version",
        (a, b, tbl, decision or None, version))


def mark_distinct(project, tbl: str, a: str, b: str) -> dict[str, Any]:
    """"Not the same": the pair is not offered again (the decision merges to other laptops)."""
    with project.transaction():
        _set_pair(project, tbl, a, b, "distinct")
    return {"tbl": tbl, "a": a, "b": b, "kind": "distinct"}


def merge_pair(project, tbl: str, survivor: str, other: str) -> dict[str, Any]:
    """Merge ``other`` into ``survivor``: empty survivor fields take the other's values, every survivor
    field gets this decision's version, and ``other`` becomes a tombstone replaced by the survivor."""
    with project.transaction():
        s_row, o_row = project._stored_row(tbl, survivor), project._stored_row(tbl, other)
        if not s_row or not o_row:
            from mapper.domain.errors import RecordNotFound

            raise RecordNotFound("one of the pair no longer exists", path=project.path)
        previous = dict(s_row)
        merged = {c: (o_row.get(c) if s_row.get(c) in (None, "") else s_row.get(c)) for c in s_row}
        version = project.clock.tick()
        project.write_versioned(tbl, survivor, merged, {c: version for c in merged}, source="review: merge pair",
                                stored=True)
        project.delete(tbl, other)
        dec.put(project, dec.REPLACED, dec.key_of(tbl, other), survivor)
        _set_pair(project, tbl, survivor, other, "merged")
    return {"tbl": tbl, "a": survivor, "b": other, "kind": "merged", "previous": previous}


def undo(project, token: dict[str, Any]) -> None:
    """Undo ``merge_pair`` or ``mark_distinct`` with newer versions (so the undo merges too)."""
    tbl, a, b = token["tbl"], token["a"], token["b"]
    with project.transaction():
        if token["kind"] == "merged":
            if project.is_deleted(tbl, b):
                project.restore(tbl, b)
            dec.put(project, dec.REPLACED, dec.key_of(tbl, b), "")
            version = project.clock.tick()
            project.write_versioned(tbl, a, token["previous"], {c: version for c in token["previous"]},
                                    source="review: undo merge pair", stored=True)
        _set_pair(project, tbl, a, b, "")
