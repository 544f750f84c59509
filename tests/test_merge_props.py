"""Property tests: 3-10 replicas with random histories of inserts, edits, deletes, restores, syncs between
laptops and clock skew. Merging their exports in any order gives identical records and conflicts; merging
again is a no-op; no exported value disappears without a conflict entry; counts add up (Anki's check)."""

from __future__ import annotations

import itertools
import random
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.domain.hlc import DAY_MS
from mapper.domain.records import DELETED, Asset
from mapper.store.versions import unpack_versions
from mapper.sync.merge import merge_files
from mapper.sync.rules import canon, from_text
from tests.test_merge_helpers import T0, Replica, copied_template, empty_template, scratch_dir, state

POOLS = {"postcode": ["S1 1AA", "S2 2BB", None], "description": ["x", "y", None],
         "contact_phone": ["0114 222 3333", "0114 999 0000", None]}

op = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 9)),
    st.tuples(st.just("edit"), st.integers(0, 9), st.integers(0, 99), st.sampled_from(sorted(POOLS)),
              st.integers(0, 2)),
    st.tuples(st.just("rename"), st.integers(0, 9), st.integers(0, 99), st.sampled_from(["A", "B", "C"])),
    st.tuples(st.just("delete"), st.integers(0, 9), st.integers(0, 99)),
    st.tuples(st.just("restore"), st.integers(0, 9), st.integers(0, 99)),
    st.tuples(st.just("sync"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("skew"), st.integers(0, 9), st.sampled_from([2 * DAY_MS, 365 * DAY_MS, 0])),
)


def run_history(tmp: Path, n: int, ops: list, template: Path) -> list[Replica]:
    reps = [Replica(tmp / f"r{i}.gpkg", f"r{i:02d}", template=template) for i in range(n)]
    skew = [0] * n
    clock = T0
    for k, o in enumerate(ops):
        clock += 1000
        i = o[1] % n
        r = reps[i]
        r.now = clock + skew[i]
        p = r.p
        uuids = sorted(u for (u,) in p.conn.execute("SELECT uuid FROM assets"))
        dead = sorted(u for (u,) in p.conn.execute("SELECT uuid FROM nm_tombstones"))
        kind = o[0]
        if kind == "insert":
            p.add(Asset(name=f"Asset {k}", location=(-1.47 + k * 0.01, 53.38), uuid=f"00000000-0000-4000-8000-{k:012d}"))
        elif kind in ("edit", "rename", "delete") and uuids:
            u = uuids[o[2] % len(uuids)]
            if kind == "edit":
                p.update("assets", u, {o[3]: POOLS[o[3]][o[4]]})
            elif kind == "rename":
                p.update("assets", u, {"name": f"Asset {o[3]}"})
            else:
                p.delete("assets", u)
        elif kind == "restore" and dead:
            p.restore("assets", dead[o[2] % len(dead)])
        elif kind == "sync":
            j = o[2] % n
            if j != i:
                f = reps[j].export(tmp / f"sync-{k}.gpkg")
                merge_files(p, [f])
        elif kind == "skew":
            skew[i] = o[2]
    return reps


def merged_state(template: Path, where: Path, files: list[Path], *, one_call: bool) -> tuple[dict, list]:
    m = Replica(where, "zz-merger", T0 + 10_000_000, template=template)
    checks = []
    try:
        if one_call:
            before = m.p.count("assets")
            s = merge_files(m.p, files)
            checks.append((before, s, m.p.count("assets")))
        else:
            for f in files:
                before = m.p.count("assets")
                s = merge_files(m.p, [f])
                checks.append((before, s, m.p.count("assets")))
        st_ = state(m.p)
        # idempotent: forget which files were merged and merge them all again
        m.p.conn.execute("DELETE FROM nm_sources")
        again = merge_files(m.p, files)
        assert (again.added, again.updated, again.deleted, again.restored, again.conflicts) == (0, 0, 0, 0, 0)
        assert state(m.p) == st_
    finally:
        m.close()
    return st_, checks


def exported_writes(path: Path) -> list[tuple]:
    import sqlite3

    c = sqlite3.connect(path)
    try:
        cols = [r[1] for r in c.execute("PRAGMA table_info(assets)") if r[1] not in ("fid", "uuid")]
        rows = {r[0]: dict(zip(cols, r[1:])) for r in c.execute(f"SELECT uuid, {', '.join(cols)} FROM assets")}
        tombs = {u: 1 for (u,) in c.execute("SELECT uuid FROM nm_tombstones")}
        out = []
        for u, v in c.execute("SELECT uuid, versions FROM nm_versions WHERE tbl='assets'"):
            for f, ver in unpack_versions(v, cols).items():
                if f == DELETED:
                    out.append((u, f, ver, 1 if u in tombs else 0))
                elif u in rows:
                    out.append((u, f, ver, rows[u][f]))
        return out
    finally:
        c.close()


# Each example merges 3-10 exports three times over (about a third of a second of CPU): slow by Hypothesis's
# standard, so the too_slow health check is off (only it).
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(3, 10), ops=st.lists(op, min_size=5, max_size=40), seed=st.integers(0, 1000))
def test_any_merge_order_gives_the_same_map(n, ops, seed):
    tmp = scratch_dir("mergeprop")
    try:
        template = copied_template(tmp)
        reps = run_history(tmp, n, ops, template)
        files = []
        for i, r in enumerate(reps):
            files.append(r.export(tmp / f"export-{i}.gpkg"))
            r.close()
        rng = random.Random(seed)
        orders = [files, list(reversed(files)), rng.sample(files, len(files))]
        results = []
        for k, order in enumerate(orders):
            results.append(merged_state(template, tmp / f"m{k}.gpkg", order, one_call=k == 2))
        first = results[0][0]
        for other, _ in results[1:]:
            assert other == first
        # counts before + incoming = counts after, for every merge call
        for _st, checks in results:
            for before, s, after in checks:
                assert after == before + s.added + s.restored - s.deleted
        # no exported value disappears without a conflict entry
        winners = {u: v for (t, u), v in first["versions"].items() if t == "assets"}
        losers = {(c[1], c[2], c[6]): c[5] for c in first["conflicts"] if c[7] == "field"}
        m = Replica(tmp / "check.gpkg", "zz-check", template=template)
        try:
            merge_files(m.p, files)
            for f in files:
                for u, fld, ver, val in exported_writes(f):
                    if winners[u].get(fld) == ver:
                        continue
                    assert (u, fld, ver) in losers, (u, fld, ver)
                    if fld != DELETED:
                        assert canon(from_text(losers[(u, fld, ver)])) == canon(val)
        finally:
            m.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_permutations_of_three_conflicting_writers_agree(tmp_path):
    """Exhaustive over all 6 orders: three replicas edit the same field of a shared record."""
    template = empty_template(tmp_path)
    reps = [Replica(tmp_path / f"r{i}.gpkg", f"r{i}", template=template) for i in range(3)]
    a = Asset(name="Shared hall", location=(-1.47, 53.38))
    reps[0].p.add(a)
    seed = reps[0].export(tmp_path / "seed.gpkg")
    for k, r in enumerate(reps[1:], 1):
        r.now += k
        merge_files(r.p, [seed])
    for k, r in enumerate(reps):
        r.now += 100 + k
        r.p.update("assets", a.uuid, {"name": f"Hall {k}", "description": f"note {k}" if k != 1 else None})
    files = [r.export(tmp_path / f"e{k}.gpkg") for k, r in enumerate(reps)]
    states = []
    for k, order in enumerate(itertools.permutations(files)):
        st_, _ = merged_state(template, tmp_path / f"p{k}.gpkg", list(order), one_call=False)
        states.append(st_)
    assert all(s == states[0] for s in states)
    open_names = [c for c in states[0]["conflicts"] if c[2] == "name" and c[8] == "open"]
    assert sorted(from_text(c[5]) for c in open_names) == ["Hall 0", "Hall 1"]
    assert all(from_text(c[3]) == "Hall 2" for c in open_names)
