"""The merge's fast paths give exactly what the plain ways give: files opened and checked ahead on helper
threads, bulk inserts (fewer bound columns, indexes rebuilt, R-tree and full-text filled
in one pass), vectorised duplicate name scores, and the cheaper value comparisons."""

from __future__ import annotations

import json
import math
import random
import sqlite3
from collections import defaultdict

import pytest

from mapper.domain.errors import CancelledError, MergeError
from mapper.domain.records import Asset, Group
from mapper.store import name_order
from mapper.store.geometry import envelope, geometry_blob, point_blob, register_functions
from mapper.store.merge_io import box_of, bulk_insert
from mapper.sync import duplicates as dup
from mapper.sync import merge as merge_mod
from mapper.sync import prefetch
from mapper.sync.engine import loads_versions
from mapper.sync.merge import merge_files
from mapper.sync.prefetch import Plan, read_export
from mapper.sync.rules import canon, same, to_text
from tests.test_merge_helpers import T0, Replica, empty_template, state

ODD_VALUES = [None, 0, 1, -1, True, False, 1.0, 0.0, -0.0, 2.5, float("nan"), float("inf"), 2**70, "", "a", "1",
              "é", 'x"y', "a\\b", "\n\t", "\u2028", "😀", "\x00", b"", b"x", bytearray(b"x"), memoryview(b"x"),
              [1, "a"], (1, "a"), {"b": "00"}, {"type": "Point"}]


def test_value_comparisons_agree_with_their_definitions():
    for a in ODD_VALUES:
        assert to_text(a) == (None if a is None else json.dumps(
            {"b": bytes(a).hex()} if isinstance(a, (bytes, bytearray, memoryview)) else a))
        if isinstance(a, str):
            assert canon(a) == "t" + json.dumps(a, sort_keys=True, ensure_ascii=False)
        for b in ODD_VALUES:
            assert same(a, b) == (canon(a) == canon(b)), (a, b)


@pytest.mark.parametrize("text", ['{"*":"1","name":"2"}', ' {"a":"1"}', '{"a":"1"} ', '{"a":"1"}x', "", "nul",
                                  "[1,2]", '"x"', "1e5", "NaN", '{"a":"\\u00e9"}', b'{"a":"1"}', "{'a': 1}"])
def test_version_text_decoding_is_json_loads(text):
    def outcome(fn):
        try:
            return "ok", repr(fn(text))
        except Exception as exc:  # noqa: BLE001 - the same failure is what matters
            return "error", type(exc)
    assert outcome(loads_versions) == outcome(json.loads)


def test_box_of_is_the_envelope():
    blobs = [point_blob(-1.47, 53.38), point_blob(0.0, -0.0), point_blob(float("nan"), float("nan")),
             geometry_blob({"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 2], [0, 0]]]]}),
             geometry_blob({"type": "Point", "coordinates": [3.5, -2.25]})]
    for blob in blobs:
        got, want = box_of(blob), envelope(blob)
        assert (got is None) == (want is None)
        if got is not None:
            assert all((math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(got, want))
    assert box_of(None) is None


# ---- bulk inserts -------------------------------------------------------------------------------------
def _schema(conn):
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"))


@pytest.mark.parametrize("existing", [3, 40])  # fewer, then more rows than are added (indexes set aside or not)
def test_bulk_insert_writes_what_row_by_row_inserts_write(project, existing):
    p = project
    p.bulk_add([Asset(name=f"Old {k}", location=(-1.5 + k * 0.001, 53.4)) for k in range(existing)])
    cols = p.columns("assets")
    rng = random.Random(existing)
    rows = []
    for k in range(20):
        v = dict.fromkeys(cols)
        v.update(name=f"Newplace {k}", geom=point_blob(-1.4 + rng.random() / 10, 53.3 + rng.random() / 10)
                 if k % 5 else None, kind="shared_space")
        if k % 3 == 0:
            v.update(description=f"Tuesday lunch {k}", postcode="S1 1AA")
        if k % 4 == 1:
            v.update(neighbourhood_fixed=1, may_publish=0, status="active")
        rows.append((f"00000000-0000-4000-8000-{k:012d}", *[v[c] for c in cols]))
    before = _schema(p.conn)
    with p.transaction():
        last = p.conn.execute("SELECT max(fid) FROM assets").fetchone()[0]
        bulk_insert(p, "assets", cols, rows)
    assert _schema(p.conn) == before
    got = p.conn.execute(f'SELECT fid, uuid, {", ".join(cols)} FROM assets WHERE fid > ? ORDER BY fid',
                         (last,)).fetchall()
    assert [r[1:] for r in got] == rows  # every value, in the given order
    boxes = {r[0]: r[1:] for r in p.conn.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_assets_geom")}
    geom_at = cols.index("geom") + 2
    for r in got:
        if r[geom_at] is None:
            assert r[0] not in boxes
        else:
            x, _, y, _ = envelope(r[geom_at])
            assert boxes[r[0]][0] == pytest.approx(x, abs=1e-5) and boxes[r[0]][2] == pytest.approx(y, abs=1e-5)
    matched = "SELECT k.fid FROM nm_order_assets k WHERE k.key IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?)"
    assert {r[0] for r in p.conn.execute(matched, ("newplace",))} == {r[0] for r in got}
    assert name_order.intact(p.conn, "assets")  # indexed at their place in name order
    assert len(p.conn.execute(matched, ("lunch",)).fetchall()) == 7
    assert p.conn.execute("SELECT count(*) FROM nm_fts_dirty").fetchone()[0] == 0
    assert p.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---- reading ahead --------------------------------------------------------------------------------------
def _scenario(tmp_path):
    t = empty_template(tmp_path)
    a, b, c = (Replica(tmp_path / f"p{n}.gpkg", n, template=t) for n in ("a", "b", "c"))
    shared = [Asset(name=f"Hall {k}", location=(-1.47 + k * 0.001, 53.38)) for k in range(6)]
    c.p.bulk_add(shared)
    seed = c.export(tmp_path / "seed.gpkg")
    for r in (a, b):
        r.now += 10
        merge_files(r.p, [seed])
    a.now += 100
    a.p.update("assets", shared[0].uuid, {"name": "Hall zero"})
    a.p.delete("assets", shared[1].uuid)
    a.p.add(Asset(name="Lunch club", location=(-1.46, 53.37)))
    b.now += 200
    b.p.update("assets", shared[0].uuid, {"name": "Hall nought", "description": "by b"})
    b.p.add(Group(name="Friends of the park", charity_number="123"))
    fa, fb = a.export(tmp_path / "a.gpkg"), b.export(tmp_path / "b.gpkg")
    b.now += 300
    merge_files(b.p, [fa])  # b's later export carries a's writes too: stale copies for the coordinator
    fb2 = b.export(tmp_path / "b2.gpkg")
    for r in (a, b):
        r.close()
    return c, [fa, fb, fb2, fa]


def test_reading_ahead_changes_nothing(tmp_path, monkeypatch):
    c, files = _scenario(tmp_path)
    c.p.close()
    plain = tmp_path / "plain.gpkg"
    plain.write_bytes(c.p.path.read_bytes())
    c.p = type(c.p).open(c.p.path)
    fast = merge_files(c.p, files)
    fast_state = state(c.p)

    def one_at_a_time(self, i):  # each file opened only when its turn comes, on the caller's thread
        return read_export(self.paths[i], self.known, self.plan)

    monkeypatch.setattr(merge_mod.Prefetch, "take", one_at_a_time)
    with type(c.p).open(plain) as p:
        slow = merge_files(p, files)
        assert state(p) == fast_state
    assert slow.as_dict() == fast.as_dict()
    assert fast.files[-1].already_merged and fast.added == 2 and fast.deleted == 1
    c.close()


def test_a_damaged_file_fails_in_its_turn_and_nothing_changes(tmp_path):
    c, files = _scenario(tmp_path)
    bad = tmp_path / "damaged.gpkg"
    data = bytearray(files[1].read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a mangled page after a valid header
    bad.write_bytes(bytes(data))
    before = state(c.p)
    with pytest.raises(MergeError, match="damaged.gpkg"):
        merge_files(c.p, [files[0], bad, files[2]])
    assert state(c.p) == before
    seen = []

    def cancel_after_first(done, total, message):
        seen.append(message)
        return done < 1

    with pytest.raises(CancelledError):
        merge_files(c.p, files, progress=cancel_after_first)
    assert state(c.p) == before and seen[-1].startswith("reading")
    c.close()


def test_unreadable_versions_are_reported_with_the_file(tmp_path):
    c, files = _scenario(tmp_path)
    odd = tmp_path / "odd.gpkg"
    odd.write_bytes(files[0].read_bytes())
    conn = sqlite3.connect(odd)
    conn.execute("UPDATE nm_versions SET versions=X'00' WHERE uuid=(SELECT min(uuid) FROM nm_versions "
                 "WHERE tbl='assets')")  # a BLOB, not JSON text
    conn.commit()
    conn.close()
    before = state(c.p)
    with pytest.raises(MergeError, match="odd.gpkg.*record versions cannot be read"):
        merge_files(c.p, [files[1], odd])
    assert state(c.p) == before
    c.close()


# ---- duplicates: the vectorised name scores and fast path give what judging each pair in Python gives ------
def _reference_candidates(self, uuid):
    """Every nearby, same-postcode, identifier-sharing or (unlocated) similarly named record judged one by
    one in Python (names.name_score per pair): the oracle for the vectorised scores and the fast path."""
    me = self.rows[uuid]
    shared = defaultdict(list)
    for kind, val in me["ids"]:
        if val:
            holders = self.by_key[(kind, val)]
            for other in holders:
                shared[other].append((kind, len(holders) <= 2))
    near = self.near.get(uuid, {})
    same_pc = set()
    for kind, val in me["keys"]:
        if val:
            same_pc.update(self.by_key[(kind, val)])
    pool = set(near) | same_pc | set(shared)
    if self.table == "groups" or not me["pt"]:
        pool |= set(self.rows)
    pool.discard(uuid)
    out = []
    for other in pool:
        found = self.judge(uuid, other, other in near, other in same_pc, shared.get(other, []))
        if found:
            out.append((other, *found))
    return out


def _reference_near(self, uuids):
    import numpy as np
    import shapely

    mine = [u for u in uuids if u in self.rows and self.rows[u]["pt"]]
    if not mine or not self.located:
        return

    def metres(ids):
        pts = np.array([self.rows[u]["pt"] for u in ids], dtype=float)
        return shapely.points(pts[:, 0] * 111_320.0 * np.cos(np.radians(pts[:, 1])), pts[:, 1] * 110_574.0)

    everyone, queries = metres(self.located), metres(mine)
    qi, ti = shapely.STRtree(everyone).query(queries, predicate="dwithin", distance=dup.NEAR_M)
    for a, b, d in zip(qi.tolist(), ti.tolist(), shapely.distance(queries[qi], everyone[ti]).tolist()):
        if self.located[b] != mine[a]:
            self.near.setdefault(mine[a], {})[self.located[b]] = d


def _pairs(p):
    return sorted(p.conn.execute("SELECT a, b, tbl, score, reasons FROM nm_duplicates"))


def test_vectorised_duplicate_search_finds_what_the_per_record_search_found(project, monkeypatch):
    rng = random.Random(11)
    words = ["St Mary's", "St Marys", "Church", "church", "Hall", "hall", "Foxhill", "Forum", "Lunch", "Club",
             "Community", "Fridge", "Tuesday", "Café", "", "!!", "at", "Librarry", "Library", "12", "13"]

    def name():
        return " ".join(rng.choice(words) for _ in range(rng.randint(1, 4))).strip()

    assets = [Asset(name=name() or "x", location=(-1.47 + rng.random() * 0.01, 53.38 + rng.random() * 0.006),
                    postcode=rng.choice(["S1 1AA", "s11aa", "S2 2BB", None, None, None]),
                    contact_phone=rng.choice(["0114 273 4567", "+44 114 273 4567", None, None, None, None]),
                    website=rng.choice(["https://www.fridge.example/", None, None, None, None]))
              for _ in range(250)]
    groups = [Group(name=name() or "y", charity_number=rng.choice(["123", None, None])) for _ in range(30)]
    project.bulk_add(assets)
    project.bulk_add(groups)
    fast = dup.find_all(project)
    fast_pairs = _pairs(project)
    assert len(fast_pairs) > 50 and any("near" in r[4] for r in fast_pairs)
    project.conn.execute("DELETE FROM nm_duplicates")
    monkeypatch.setattr(dup._Index, "candidates", _reference_candidates)
    monkeypatch.setattr(dup._Index, "find_near", _reference_near)
    slow = dup.find_all(project)
    assert _pairs(project) == fast_pairs and slow == fast


def test_a_small_export_into_a_big_project_looks_versions_up_by_uuid_and_merges_the_same(tmp_path, monkeypatch):
    """A sync bringing a few records into a big map reads only their versions; the result is exactly that
    of reading the whole version table."""
    import shutil

    from mapper.store.project import Project
    from tests.sync_helpers import add_assets
    from tests.sync_helpers import state as full_state

    big = Project.create(tmp_path / "big.gpkg", author="coordinator")
    uuids = add_assets(big, 3000, "Place")
    big.close()
    shutil.copy(tmp_path / "big.gpkg", tmp_path / "mapper.gpkg")
    with Project.open(tmp_path / "mapper.gpkg") as m:
        for u in uuids[:20]:
            m.update("assets", u, {"opening_times": "by the mapper"})
        m.delete("assets", uuids[20])
        new = add_assets(m, 5, "New")
        from mapper.sync.targets import base

        sent = uuids[:21] + new  # what a sync sends: only the changed records
        rows, tombs, versions = base.local_state(m, "assets", sent)
        base.write_package(tmp_path / "export.gpkg", base.Incoming(
            rows={"assets": [(u, *rows[u]) for u in sent if u in rows]},
            versions=[("assets", u, versions[u]) for u in sent],
            tombstones=[("assets", u, *tombs[u]) for u in sent if u in tombs]), replica=m.replica_id, author="m")
    with Project.open(tmp_path / "big.gpkg") as b:
        for u in uuids[:10]:
            b.update("assets", u, {"opening_times": "by the coordinator"})  # concurrent: conflicts
        b.close()
    for name in ("lazy", "whole"):
        shutil.copy(tmp_path / "big.gpkg", tmp_path / f"{name}.gpkg")
    asked = []
    real = merge_mod.MergeEngine._know_vtext

    def spy(engine, table, wanted):
        real(engine, table, wanted)
        asked.append((table, table in engine.vtext_full, len(engine.vtext.get(table, {}))))

    monkeypatch.setattr(merge_mod.MergeEngine, "_know_vtext", spy)
    with Project.open(tmp_path / "lazy.gpkg") as lazy:
        merge_files(lazy, [tmp_path / "export.gpkg"])
        assert all(not full and known < 100 for t, full, known in asked if t == "assets")
        lazy_state = full_state(lazy)
        lazy_conflicts = lazy.conn.execute("SELECT tbl, uuid, field, other_version, status FROM nm_conflicts "
                                           "ORDER BY 1, 2, 3, 4").fetchall()
    monkeypatch.setattr(merge_mod.MergeEngine, "_know_vtext",
                        lambda engine, table, wanted: (engine.vtext_size.__setitem__(table, 0),
                                                       real(engine, table, wanted)))
    with Project.open(tmp_path / "whole.gpkg") as whole:
        merge_files(whole, [tmp_path / "export.gpkg"])
        assert full_state(whole) == lazy_state
        assert whole.conn.execute("SELECT tbl, uuid, field, other_version, status FROM nm_conflicts "
                                  "ORDER BY 1, 2, 3, 4").fetchall() == lazy_conflicts
    assert len([c for c in lazy_conflicts if c[2] == "opening_times"]) == 10
    assert len(lazy_state["assets"][0]) == 3000 - 1 + 5


def test_reading_only_what_differs_from_the_project_changes_nothing(tmp_path, monkeypatch):
    """The helper threads return only records whose versions differ from the project's as committed; a record
    an outside writer changed just before the merge (versioned inside the merge's own transaction) is still
    read: the same map, conflicts and summary as comparing every record on the merge's thread."""
    c, files = _scenario(tmp_path)
    hall = c.p.conn.execute("SELECT uuid FROM assets WHERE name='Hall 2'").fetchone()[0]
    c.close()
    read = []
    real = merge_mod.MergeEngine._merge_table

    def counted(engine, path, fs, table, tread):
        read.append(len(tread.rows))
        return real(engine, path, fs, table, tread)

    def merged(name):
        r = Replica(tmp_path / name, "c", T0 + 1000, template=c.p.path)
        outside = sqlite3.connect(r.p.path)  # another program (QGIS, GDAL) edits a record every export carries
        register_functions(outside)  # the R-tree triggers' ST_* functions, as GDAL has them
        outside.execute("UPDATE assets SET name='Hall two' WHERE uuid=?", (hall,))
        outside.commit()
        outside.close()
        read.clear()
        summary = merge_files(r.p, files)
        got = state(r.p)
        r.close()
        return summary, got, sum(read)

    monkeypatch.setattr(merge_mod.MergeEngine, "_merge_table", counted)
    monkeypatch.setattr(prefetch, "COMPARE_FROM", 0)  # compare in SQL even for these small files
    fast, fast_state, fast_read = merged("fast.gpkg")
    monkeypatch.setattr(merge_mod, "Plan", lambda *a: Plan(*a[:3], None, *a[4:]))  # no project to compare with
    slow, slow_state, slow_read = merged("slow.gpkg")
    assert slow_state == fast_state and slow.as_dict() == fast.as_dict()
    assert fast_read < slow_read  # the shared halls equal to the project's were left out
    assert any(r[1] == hall and r[2] == "name" for r in fast_state["conflicts"])  # the exports' old name kept


def test_records_new_to_the_project_kept_as_read_merge_as_the_full_record_merge(tmp_path, monkeypatch):
    """A record one export brings whole (``state.Fresh``) gives what the full per-record merge gives, also
    when a later file brings a rival version of it (then it becomes a ``Rec`` first), in either order."""
    from mapper.sync import engine as engine_mod

    t = empty_template(tmp_path)
    a, b, c = (Replica(tmp_path / f"n{n}.gpkg", n, template=t) for n in ("a", "b", "c"))
    x = a.p.add(Asset(name="Lunch club", location=(-1.46, 53.37)))
    a.p.add(Asset(name="Knit and natter", location=(-1.45, 53.36), contact_phone="0114 273 4567"))
    fa = a.export(tmp_path / "fa.gpkg")
    b.now += 10
    merge_files(b.p, [fa])
    b.now += 100
    b.p.update("assets", x.uuid, {"name": "Lunch club (Tuesdays)"})
    b.p.add(Asset(name="Tuesday lunch club", location=(-1.4601, 53.3701)))
    fb = b.export(tmp_path / "fb.gpkg")
    a.now += 200
    a.p.update("assets", x.uuid, {"description": "by a, not knowing b's edit"})
    fa2 = a.export(tmp_path / "fa2.gpkg")
    for r in (a, b):
        r.close()
    c.p.close()
    made = []
    real_fresh = engine_mod.Fresh
    monkeypatch.setattr(engine_mod, "Fresh", lambda *args: made.append(args[0][0]) or real_fresh(*args))
    results = {}
    for order in ([fa, fb, fa2], [fa2, fb, fa], [fb, fa2, fa]):
        for lane in ("fresh", "full"):
            path = tmp_path / f"c-{lane}-{order[0].stem}.gpkg"
            path.write_bytes(c.p.path.read_bytes())
            made.clear()
            with monkeypatch.context() as m, type(c.p).open(path) as p:
                if lane == "full":  # every record through the per-record merge
                    m.setattr(engine_mod, "packed_all", lambda text: None)
                summary = merge_files(p, order)
                history = sorted(p.conn.execute("SELECT tbl, uuid, field, old, new, version, author, source "
                                                "FROM nm_history"), key=repr)
                results[(lane, order[0].stem)] = (state(p), history, summary.as_dict())
            assert bool(made) == (lane == "fresh")  # the fast lane is really taken (or really not)
        assert results[("fresh", order[0].stem)] == results[("full", order[0].stem)]
    states = [s for s, _history, _summary in results.values()]
    assert all(s == states[0] for s in states)  # order-free as ever
    assert any(r[1] == x.uuid and r[2] == "name" for r in states[0]["conflicts"])
