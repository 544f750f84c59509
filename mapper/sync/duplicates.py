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
NEAR_NAME_SCORE = round(min(1.0, 0.4 + 0.3), 2)  # the score of a pair with a similar name, nearby


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


_NO_POSTCODE = (("postcode", None),)
_NO_IDS = (("phone", None), ("website", None))


class _Index:
    def __init__(self, table: str, rows: list[tuple]):
        self.table = table
        self.rows: dict[str, dict[str, Any]] = {}
        self.by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.located: list[str] = []
        self.near: dict[str, dict[str, float]] = {}
        self.near_scores: dict[str, dict[str, float]] = {}  # uuid -> {nearby uuid: name score, 0 below cutoff}
        by_key = self.by_key
        for r in rows:
            uuid = r[0]
            if table == "assets":
                _u, _n, x, y, postcode, phone, web = r
                pt = (x, y) if x is not None else None
                pc, ph, w = norm_postcode(postcode), norm_phone(phone), norm_web(web)
                keys = [("postcode", pc)] if pc else _NO_POSTCODE  # shared when empty: only ever read
                ids = [("phone", ph), ("website", w)] if ph or w else _NO_IDS
                if pt:
                    self.located.append(uuid)
            else:
                _u, _n, phone, web, charity = r
                pt, keys = None, []
                ids = [("phone", norm_phone(phone)), ("website", norm_web(web)), ("charity_number", norm_id(charity))]
            any_key = False
            for kind, val in (*keys, *ids):
                if val:
                    any_key = True
                    by_key[(kind, val)].append(uuid)
            self.rows[uuid] = {"raw_name": r[1] or "", "pt": pt, "keys": keys, "ids": ids, "any_key": any_key}

    def find_near(self, uuids: list[str]) -> None:
        """Every located record within NEAR_M of each of ``uuids``, in one vectorised R-tree query
        (points projected to local metres), and the name scores of those pairs."""
        import numpy as np
        import shapely

        mine = [u for u in uuids if u in self.rows and self.rows[u]["pt"]]
        if not mine or not self.located:
            return
        pts = np.array([self.rows[u]["pt"] for u in self.located], dtype=float)
        x = pts[:, 0] * 111_320.0 * np.cos(np.radians(pts[:, 1]))
        everyone = shapely.points(x, pts[:, 1] * 110_574.0)
        at = {u: i for i, u in enumerate(self.located)}
        mine_at = np.array([at[u] for u in mine], dtype=np.intp)
        tree = shapely.STRtree(everyone)
        qi, ti = tree.query(everyone[mine_at], predicate="dwithin", distance=NEAR_M)
        ai = mine_at[qi]
        other = ai != ti
        ai, ti = ai[other], ti[other]
        if not len(ai):
            return
        dist = shapely.distance(everyone[ai], everyone[ti])
        # name scores of every nearby pair in one vectorised call (``candidates`` would otherwise run one
        # ``process.extract`` a record); same scorer and cutoff, so the same pairs pass
        names = np.array([self.name(u) for u in self.located], dtype=object)
        scores = process.cpdist(names[ai].tolist(), names[ti].tolist(), scorer=fuzz.token_set_ratio,
                                processor=None, score_cutoff=NAME_MIN, dtype=np.float64)
        located, near, near_scores = self.located, self.near, self.near_scores
        for a, b, d, score in zip(ai.tolist(), ti.tolist(), dist.tolist(), scores.tolist()):
            u, o = located[a], located[b]
            if u not in near:
                near[u], near_scores[u] = {}, {}
            near[u][o] = d
            near_scores[u][o] = score

    def name(self, uuid: str) -> str:
        d = self.rows[uuid]
        if "name" not in d:
            d["name"] = utils.default_process(d["raw_name"])
        return d["name"]

    def candidates(self, uuid: str) -> list[tuple[str, float, list[str]]]:
        me = self.rows[uuid]
        if me["pt"] and not me["any_key"]:
            if uuid not in self.near:
                return []  # nothing nearby, no identifiers: nothing to compare (the common case)
            if self.table == "assets":  # only nearby records can pair, by name: what the code below gives
                if not self.name(uuid):
                    return []
                return [(o, NEAR_NAME_SCORE, ["name", "near"]) for o, score in self.near_scores[uuid].items()
                        if score >= NAME_MIN]
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
            cutoff = NAME_MIN if self.table == "assets" and me["pt"] else NAME_ONLY_MIN
            scored = self.near_scores.get(uuid)
            if cutoff == NAME_MIN and scored is not None and named.issubset(scored):
                found = [(None, score, o) for o, score in scored.items() if o in named and score >= cutoff]
            else:
                names = {o: self.name(o) for o in named}
                found = process.extract(self.name(uuid), names, scorer=fuzz.token_set_ratio,
                                        processor=None, score_cutoff=cutoff, limit=None)
            for _n, score, other in found:
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


KEY_FIELDS = {  # the only fields pairs depend on (what _QUERIES reads)
    "assets": ("name", "geom", "postcode", "contact_phone", "website"),
    "groups": ("name", "contact_phone", "website", "charity_number"),
}
_QUERIES = {
    "assets": "SELECT uuid, name, fid, postcode, contact_phone, website FROM assets",
    "groups": "SELECT uuid, name, contact_phone, website, charity_number FROM groups",
}


def _rows(conn, table: str) -> list[tuple]:
    """Every live record's (uuid, name, ...) for the index; assets with the corner of their R-tree box
    (joined here: a scan of each table is much faster than an R-tree lookup a row)."""
    rows = conn.execute(_QUERIES[table]).fetchall()
    if table != "assets":
        return rows
    box = {r[0]: r[1:] for r in conn.execute("SELECT id, minx, miny FROM rtree_assets_geom")}
    none = (None, None)
    return [(u, n, *box.get(fid, none), pc, ph, web) for u, n, fid, pc, ph, web in rows]


def refresh_pairs(project, changed: dict[str, list[str]]) -> int:
    """Re-find possible duplicates for changed records. Returns the number of new open pairs."""
    conn = project.conn
    new_pairs = 0
    for table, uuids in changed.items():
        if not uuids or table not in _QUERIES:
            continue
        ids = set(uuids)
        before = {(a, b) for a, b in _open_pairs_of(conn, table) if a in ids or b in ids}
        # the changed records' undecided pairs are found again below
        conn.executemany("DELETE FROM nm_duplicates WHERE a=? AND b=? AND tbl=? AND coalesce(decision, '') = ''",
                         [(a, b, table) for a, b in sorted(before)])
        index = _Index(table, _rows(conn, table))
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
        s_row, o_row = project.stored_row(tbl, survivor), project.stored_row(tbl, other)
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
