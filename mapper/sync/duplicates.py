"""Possible duplicates: the same real-world asset or group recorded twice under different uuids.

A pair is offered when two live records have the same name as volunteers type it (``names.name_score``
>= 85: folded case, accents, punctuation, St/Saint, &/and; typos; one name the other plus a word or two)
and are close (< 150 m, one vectorised shapely STRtree query), share a postcode, or share a phone number,
website or charity number; or when they share an identifier that only the two of them have and their
names are related (>= 60, not two names each with words of its own, like two branches of one service).
An identifier many records share (a council's switchboard and website) is weak evidence: it never pairs
names that differ. Records without a location (groups) also pair on very similar names alone (>= 92). Open pairs are a function of the current records:
after each merge, the changed records' undecided pairs are dropped and found again, among only the rows
that can pair with them when they are few (``search_rows``: the R-tree around each, the holders of their
identifiers through ``store/pair_keys.py``'s indexes), with the same result as among every record.

Decisions are versioned (``mapper.sync.decisions``) so they merge: "merged" keeps both uuids -- the
other record becomes a tombstone "replaced by" the survivor, and later edits to it land on the survivor
(``MergeEngine.fold_replacements``); "distinct" (not the same) stops the pair being offered.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from typing import Any, Callable

from rapidfuzz import fuzz, process

from mapper.domain.errors import Errors
from mapper.store import pair_keys
from mapper.store.pair_keys import norm_id, norm_phone, norm_web
from mapper.sync import decisions as dec
from mapper.sync.names import KIND_WORDS, SAME, fold, name_score, plain_score, venue_of

NEAR_M = 150.0
FAR_M = 1000.0  # records further apart are different places, whatever organisation-wide phone they share
LOOSE = 70  # token_set_ratio below this: the names are not the same (a vectorised first filter)
NAME_ONLY_MIN = 92  # names alone (no location, no shared identifier) must be this close
ID_NAME_MIN = 60  # an identifier only two records share pairs them when their names are this related
NEAR_NAME_SCORE = round(min(1.0, 0.4 + 0.3), 2)  # the score of a pair with a similar name, nearby
NEAR_CHUNK = 20_000  # records whose nearby pairs are found and scored at a time (find_near)
BESIDE_MOST = 250_000  # changed records up to which the pairs are searched while the merge's other writing
# runs (refresh_pairs' meanwhile); beyond, one after the other, so the two do not hold their memory at once


def _consumed(rows: list, chunk: int = 10_000):
    """The rows in order, each let go of (removed from ``rows``) a chunk at a time once read: the index made
    of them does not sit beside all of them at once."""
    while rows:
        part = rows[:chunk]
        del rows[:chunk]
        yield from part


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
        self.near_scores: dict[str, dict[str, float]] = {}  # uuid -> {nearby uuid: name score, 0 below SAME}
        by_key = self.by_key
        for r in _consumed(rows):
            uuid = r[0]
            if table == "assets":
                _u, _n, x, y, postcode, phone, web = r
                pt = (x, y) if x is not None else None
                pc = norm_postcode(postcode) if postcode else None
                ph, w = (norm_phone(phone) if phone else None), (norm_web(web) if web else None)
                keys = [("postcode", pc)] if pc else _NO_POSTCODE  # shared when empty: only ever read
                ids = [("phone", ph), ("website", w)] if ph or w else _NO_IDS
                if pt:
                    self.located.append(uuid)
                if not (pc or ph or w):  # no identifiers (most records): nothing to index by
                    self.rows[uuid] = {"raw_name": r[1] or "", "pt": pt, "keys": keys, "ids": ids, "any_key": False}
                    continue
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
        del at, pts, x
        tree = shapely.STRtree(everyone)
        searched = np.zeros(len(self.located), dtype=bool)
        searched[mine_at] = True
        rows = self.rows
        for u in self.located:  # fold every located name once (inline: this runs for 100k names)
            d = rows[u]
            if "name" not in d:
                d["name"], d["venue"] = fold(d["raw_name"]), venue_of(d["raw_name"])
        names = np.array([rows[u]["name"] for u in self.located], dtype=object)
        keyed = np.array([rows[u]["any_key"] for u in self.located], dtype=bool)
        # some thousands of records at a time: the nearby pairs of a dense map of a million records would be
        # tens of millions (several arrays of each at once); the pairs kept are the same
        for start in range(0, len(mine_at), NEAR_CHUNK):
            self._near_pairs(everyone, tree, mine_at[start:start + NEAR_CHUNK], searched, names, keyed)

    def _near_pairs(self, everyone, tree, mine_at, searched, names, keyed) -> None:
        """``find_near`` for the records at ``mine_at`` (of ``located``; ``searched``: every record searched)."""
        import numpy as np
        import shapely

        qi, ti = tree.query(everyone[mine_at], predicate="dwithin", distance=NEAR_M)
        ai = mine_at[qi]
        other = ai != ti
        ai, ti = ai[other], ti[other]
        # a pair of two searched records comes from both sides: score it once (every score here is
        # symmetric), then enter it both ways
        once = ~searched[ti] | (ai < ti)
        ai, ti = ai[once], ti[once]
        mirror = searched[ti]
        if not len(ai):
            return
        # name scores of every nearby pair in vectorised calls: token_set_ratio >= LOOSE filters (the
        # names.name_score of a pair below it is below SAME), the better of token_sort_ratio and ratio >= SAME is the score unless
        # a name says "at" a venue; the pairs between get names.name_score one by one
        rows = self.rows
        na, nt = names[ai].tolist(), names[ti].tolist()
        loose = process.cpdist(na, nt, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=LOOSE,
                               dtype=np.float64)
        keep = np.flatnonzero(loose >= LOOSE)
        scores = np.zeros(len(ai), dtype=np.float64)
        if len(keep):
            ka, kt = names[ai[keep]].tolist(), names[ti[keep]].tolist()
            sort = np.maximum(process.cpdist(ka, kt, scorer=fuzz.token_sort_ratio, processor=None, dtype=np.float64),
                              process.cpdist(ka, kt, scorer=fuzz.ratio, processor=None, dtype=np.float64))
            scores[keep] = sort
            located = self.located
            kind_words = KIND_WORDS
            # of the names in these pairs: those that need names.name_score itself, and their word counts
            need = np.unique(np.concatenate((ai[keep], ti[keep])))
            at_venue, words = np.zeros(len(located), dtype=bool), np.zeros(len(located), dtype=np.int32)
            named = [rows[located[i]]["name"] for i in need.tolist()]
            at_venue[need] = [bool(rows[located[i]]["venue"]) or not kind_words.isdisjoint(n.split())
                              for i, n in zip(need.tolist(), named)]
            words[need] = [n.count(" ") for n in named]
            # below SAME, only a name that is the other plus a few words can still score SAME (so the
            # word counts differ); a venue or a word saying what a place is needs names.name_score
            between = ((sort < SAME) & (words[ai[keep]] != words[ti[keep]])) | at_venue[ai[keep]] \
                | at_venue[ti[keep]]
            for k in keep[between].tolist():
                u, o = located[ai[k]], located[ti[k]]
                scores[k] = name_score(na[k], nt[k], rows[u]["venue"], rows[o]["venue"])[0]
        located, near, near_scores = self.located, self.near, self.near_scores
        # what candidates() reads: a record without identifiers only its nearby names scoring SAME; one
        # with identifiers every nearby record (pairs neither need are left out here)
        same = scores >= SAME
        forth, back = same | keyed[ai], mirror & (same | keyed[ti])
        used = np.flatnonzero(forth | back)
        ai, ti, scores, forth, back = ai[used], ti[used], scores[used], forth[used], back[used]
        dist = shapely.distance(everyone[ai], everyone[ti])
        for a, b, d, score, f, r in zip(ai.tolist(), ti.tolist(), dist.tolist(), scores.tolist(), forth.tolist(),
                                        back.tolist()):
            u, o = located[a], located[b]
            kept = score if score >= SAME else 0.0
            for x, y, wanted in ((u, o, f), (o, u, r)):
                if wanted:
                    if x not in near:
                        near[x], near_scores[x] = {}, {}
                    near[x][y] = d
                    near_scores[x][y] = kept

    def name(self, uuid: str) -> str:
        """The folded name (and, in ``rows[uuid]["venue"]``, the venue it is held at)."""
        d = self.rows[uuid]
        if "name" not in d:
            d["name"], d["venue"] = fold(d["raw_name"]), venue_of(d["raw_name"])
        return d["name"]

    def venue(self, uuid: str) -> str:
        self.name(uuid)
        return self.rows[uuid]["venue"]

    def candidates(self, uuid: str) -> list[tuple[str, float, list[str]]]:
        me = self.rows[uuid]
        if me["pt"] and not me["any_key"]:
            if uuid not in self.near or self.table != "assets":
                return []  # nothing nearby, no identifiers: nothing to compare (the common case)
            # only nearby records can pair, by name: what judge() below gives for them
            return [(o, NEAR_NAME_SCORE, ["name", "near"]) for o, score in self.near_scores[uuid].items()
                    if score >= SAME]
        shared: dict[str, list[tuple[str, bool]]] = defaultdict(list)
        for kind, val in me["ids"]:
            if val:
                holders = self.by_key[(kind, val)]
                for other in holders:  # an identifier only these two records have is strong evidence;
                    shared[other].append((kind, len(holders) <= 2))  # one shared by many is organisation-wide
        near = self.near.get(uuid, {})
        same_pc = set()
        for kind, val in me["keys"]:
            if val:
                same_pc.update(self.by_key[(kind, val)])
        pool = set(near) | same_pc | set(shared)
        if self.name(uuid) and (self.table == "groups" or not me["pt"]):
            others = {o: self.name(o) for o in self.rows if o != uuid}
            pool.update(o for _n, _s, o in process.extract(self.name(uuid), others, scorer=fuzz.token_set_ratio,
                                                           processor=None, score_cutoff=NAME_ONLY_MIN, limit=None))
        pool.discard(uuid)
        out = []
        for other in pool:
            found = self.judge(uuid, other, other in near, other in same_pc, shared.get(other, []))
            if found:
                out.append((other, *found))
        return out

    def _far(self, a: str, b: str) -> bool:
        pa, pb = self.rows[a]["pt"], self.rows[b]["pt"]
        if not pa or not pb:
            return False
        dx = (pa[0] - pb[0]) * 111_320.0 * math.cos(math.radians(pa[1]))
        return math.hypot(dx, (pa[1] - pb[1]) * 110_574.0) > FAR_M

    def judge(self, uuid: str, other: str, near: bool, same_pc: bool,
              shared: list[tuple[str, bool]]) -> tuple[float, list[str]] | None:
        """Is ``other`` possibly the same as ``uuid``? (score 0-1, reasons) or None."""
        score, both_own = name_score(self.name(uuid), self.name(other), self.venue(uuid), self.venue(other))
        strong = [k for k, is_strong in shared if is_strong]
        weak = [k for k, is_strong in shared if not is_strong]
        same_name = score >= SAME
        related = score >= ID_NAME_MIN and not both_own
        if same_name and (near or same_pc):
            why = ["name", "near" if near else "postcode", *strong, *weak]
        elif strong and related:
            why = [*strong, *weak] + (["name"] if same_name else [])
        elif weak and not both_own and not self._far(uuid, other) and \
                plain_score(self.name(uuid), self.name(other)) >= SAME:
            # an organisation-wide identifier: the same name (not a part of it) and not across the city
            why = ["name", *weak]
        elif not both_own and plain_score(self.name(uuid), self.name(other)) >= NAME_ONLY_MIN and (
                self.table == "groups" or not self.rows[uuid]["pt"] or not self.rows[other]["pt"]):
            why = ["name"]
        else:
            return None
        value = min(1.0, 0.4 * ("name" in why) + 0.3 * ("near" in why or "postcode" in why)
                    + 0.5 * bool(set(strong) & set(why)) + 0.2 * bool(set(weak) & set(why)))
        return round(value, 2), sorted(set(why))


KEY_FIELDS = {  # the only fields pairs depend on (what _QUERIES reads)
    "assets": ("name", "geom", "postcode", "contact_phone", "website"),
    "groups": ("name", "contact_phone", "website", "charity_number"),
}
_QUERIES = {
    "assets": "SELECT uuid, name, fid, postcode, contact_phone, website FROM assets",
    "groups": "SELECT uuid, name, contact_phone, website, charity_number FROM groups",
}


def search_rows(conn, table: str, ids: set[str] | None = None) -> list[tuple]:
    """The live records' (uuid, name, ...) for the index; assets with the corner of their R-tree box.
    With ``ids`` (the changed records), only what can pair with them when they are few (``_around``);
    otherwise every record (joined here: a scan of each table is much faster than an R-tree lookup a row)."""
    if ids is not None and table == "assets":
        around = _around(conn, ids)
        if around is not None:
            return around
    if table != "assets":
        return conn.execute(_QUERIES[table]).fetchall()
    box = {r[0]: r[1:] for r in conn.execute("SELECT id, minx, miny FROM rtree_assets_geom")}
    none = (None, None)  # (each box forgotten once used: a million of them take a few hundred MB)
    return [(u, n, *box.pop(fid, none), pc, ph, web) for u, n, fid, pc, ph, web in conn.execute(_QUERIES[table])]


AROUND_SHARE = 4  # search around the changed assets when they are at most a quarter of the table
_ASSET_ROWS = ("SELECT a.fid, a.uuid, a.name, r.minx, r.miny, a.postcode, a.contact_phone, a.website FROM assets a "
               "LEFT JOIN rtree_assets_geom r ON r.id = a.fid WHERE a.{} IN (SELECT value FROM json_each(?))")
_NEAR_BOX = ("SELECT id FROM rtree_assets_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?")


def _box(lon: float, lat: float) -> tuple[float, float, float, float]:
    """(min lon, max lon, min lat, max lat) holding every point ``find_near`` puts within NEAR_M of
    (lon, lat), with a margin: each point is projected with its own latitude's cosine, so the box is
    widened by the cosines at both ends of its latitude range."""
    reach = NEAR_M * 1.01
    dlat = reach / 110_574.0
    lo, hi = lat - dlat, lat + dlat
    cos = [math.cos(math.radians(v)) for v in (lo, hi)]
    if lo <= 0.0 <= hi:
        cos.append(1.0)
    if min(cos) <= 1e-9:  # at a pole every longitude is near
        return -math.inf, math.inf, lo, hi
    x = lon * 111_320.0 * math.cos(math.radians(lat))
    west, east = (x - reach) / 111_320.0, (x + reach) / 111_320.0
    return (min(west / c for c in cos) - 1e-7, max(east / c for c in cos) + 1e-7, lo - 1e-7, hi + 1e-7)


def _around(conn, ids: set[str]) -> list[tuple] | None:
    """The changed assets ``ids`` and every live asset that can pair with one of them: within reach on
    the R-tree, or holding one of their postcodes, phones or websites (``store/pair_keys.py`` indexes,
    with the few rows whose identifiers only Python normalises). None (read them all) when the changed
    are many, or when one has no place (it pairs on its name alone with any asset)."""
    size = conn.execute("SELECT max(fid) FROM assets").fetchone()[0] or 0
    if len(ids) * AROUND_SHARE > size:
        return None
    mine = conn.execute(_ASSET_ROWS.format("uuid"), (json.dumps(sorted(ids)),)).fetchall()
    if any(r[3] is None and fold(r[2]) for r in mine):
        return None
    fids: set[int] = set()
    for r in mine:
        fids.update(f for (f,) in conn.execute(_NEAR_BOX, _box(r[3], r[4])))
    wanted = {kind: sorted({v for r in mine if (v := pair_keys.norm("assets", kind, r[5 + i]))})
              for i, kind in enumerate(("postcode", "phone", "website"))}
    for kind, values in wanted.items():
        if values:
            fids.update(pair_keys.holders(conn, "assets", kind, values))
    fids.difference_update(r[0] for r in mine)
    others = conn.execute(_ASSET_ROWS.format("fid"), (json.dumps(sorted(fids)),)).fetchall() if fids else []
    return [r[1:] for r in (*mine, *others)]


def refresh_pairs(project, changed: dict[str, list[str]], meanwhile: Callable[[], object] | None = None) -> int:
    """Re-find possible duplicates for changed records. Returns the number of new open pairs.

    ``meanwhile`` (the merge's other writing) runs on this thread while the pairs are searched on another:
    the search only reads the rows read here first, and its heavy parts (the STRtree, rapidfuzz) run
    without the GIL, so the two overlap. The pairs are stored once both are done."""
    conn = project.conn
    if meanwhile is not None and sum(len(u) for t, u in changed.items() if t in _QUERIES) > BESIDE_MOST:
        meanwhile()  # first, and what it held let go: then the search's rows and index (the search reads
        meanwhile = None  # nothing it writes)
    work = [(table, set(uuids), search_rows(conn, table, set(uuids))) for table, uuids in changed.items()
            if uuids and table in _QUERIES]
    rows = [w[2] for w in work]  # each table's rows, let go of once its index is made
    work = [w[:2] for w in work]

    def search_all() -> list[dict]:
        return [_search(table, ids, _Index(table, rows.pop(0))) for table, ids in work]

    if meanwhile is None or not work:
        if meanwhile is not None:
            meanwhile()
        found = search_all()
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="merge-pairs") as pool:
            searching = pool.submit(search_all)
            meanwhile()
            found = searching.result()
    new_pairs = 0
    for (table, ids), pairs in zip(work, found):
        before = {(a, b) for a, b in _open_pairs_of(conn, table) if a in ids or b in ids}
        # the changed records' undecided pairs are replaced by the ones just found
        conn.executemany("DELETE FROM nm_duplicates WHERE a=? AND b=? AND tbl=? AND coalesce(decision, '') = ''",
                         [(a, b, table) for a, b in sorted(before)])
        conn.executemany(
            "INSERT OR IGNORE INTO nm_duplicates (a, b, tbl, score, reasons, decision, version) "
            "VALUES (?, ?, ?, ?, ?, NULL, NULL)", [(a, b, table, s, w) for (a, b), (s, w) in sorted(pairs.items())])
        new_pairs += len(set(pairs) - before)
    return new_pairs


def _search(table: str, ids: set[str], index: _Index) -> dict[tuple[str, str], tuple[float, str]]:
    """The possible pairs of the records ``ids`` in ``index`` (of ``search_rows``): {(a, b): (score, reasons)}."""
    index.find_near(sorted(ids))
    found = {}
    by_uuid, near = index.rows, index.near
    for uuid in sorted(ids):
        me = by_uuid.get(uuid)
        if me is None:
            continue  # deleted
        if me["pt"] and not me["any_key"] and uuid not in near:
            continue  # no identifiers, no similar name nearby (most records): candidates() finds nothing
        for other, score, why in index.candidates(uuid):
            a, b = sorted((uuid, other))
            found[(a, b)] = (score, ",".join(why))
    return found


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

            raise RecordNotFound(Errors.tr("one of the pair no longer exists"), path=project.path)
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
