"""A merge's memory stays bounded: records new to the project beyond a budget are kept in a scratch file
(``sync/spill.py``), the inserts and their R-tree boxes are written a chunk at a time, and the duplicate
search finds nearby pairs a chunk of records at a time. Each gives the same project, table by table (rows in
fid order, R-tree, versions, conflicts, history in id order, pairs, full-text matches), as holding it all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from mapper.domain.errors import MergeError
from mapper.domain.records import Asset, Group
from mapper.store import merge_io
from mapper.store.project import TABLES, Project
from mapper.sync import duplicates as dup
from mapper.sync import engine as engine_mod
from mapper.sync import spill as spill_mod
from mapper.sync.merge import merge_files
from tests.test_merge_helpers import Replica, empty_template


def _tables(p) -> dict:
    """Every table the merge writes, in its stored order (the times of day rows were written left out)."""
    out = {}
    for t in TABLES:
        cols = ", ".join(f'"{c}"' for c in p.columns(t))
        out[t] = p.conn.execute(f'SELECT fid, uuid, {cols} FROM "{t}" ORDER BY fid').fetchall()
    out["rtree"] = p.conn.execute("SELECT * FROM rtree_assets_geom ORDER BY id").fetchall()
    out["versions"] = p.conn.execute("SELECT * FROM nm_versions ORDER BY tbl, uuid").fetchall()
    out["tombstones"] = p.conn.execute("SELECT * FROM nm_tombstones ORDER BY tbl, uuid").fetchall()
    out["conflicts"] = p.conn.execute(
        "SELECT id, tbl, uuid, field, kept_value, kept_version, other_value, other_version, "
        "replace(other_source, ?, 'the project'), kind, status FROM nm_conflicts ORDER BY id", (p.path.name,)).fetchall()
    out["history"] = p.conn.execute("SELECT id, tbl, uuid, field, old, new, version, author, source FROM nm_history "
                                    "ORDER BY id").fetchall()
    out["pairs"] = p.conn.execute("SELECT a, b, tbl, score, reasons, decision FROM nm_duplicates ORDER BY a, b").fetchall()
    out["decisions"] = p.conn.execute("SELECT kind, key, value FROM nm_decisions WHERE kind != 'checkpoint' "
                                      "ORDER BY kind, key").fetchall()
    out["found"] = [p.conn.execute("SELECT rowid FROM assets_fts WHERE assets_fts MATCH ? ORDER BY rowid",
                                   (word,)).fetchall() for word in ("lunch", "club", "hall", "four")]
    return out


def _exports(tmp_path: Path):
    t = empty_template(tmp_path)
    a, b, c = (Replica(tmp_path / f"m{n}.gpkg", n, template=t) for n in ("a", "b", "c"))
    shared = c.p.add(Asset(name="Church hall", location=(-1.47, 53.38), postcode="S1 1AA"))
    seed = c.export(tmp_path / "seed.gpkg")
    for r in (a, b):
        r.now += 10
        merge_files(r.p, [seed])
    a.now += 100
    new_a = [a.p.add(Asset(name=f"Lunch club {k}", location=(-1.46 + k * 0.0003, 53.37),
                           contact_phone="0114 273 4567" if k % 3 == 0 else None)) for k in range(9)]
    a.p.update("assets", shared.uuid, {"name": "Church hall (a)"})
    a.p.add(Group(name="Friends of the park", charity_number="123"))
    fa = a.export(tmp_path / "fa.gpkg")
    b.now += 200
    merge_files(b.p, [fa])  # b brings a's new records again, one of them edited: a rival of a spilled row
    b.now += 100
    b.p.update("assets", new_a[4].uuid, {"name": "Lunch club four", "description": "by b"})
    b.p.update("assets", shared.uuid, {"name": "Church hall (b)"})
    for k in range(7):
        b.p.add(Asset(name=f"Hall {k}", location=(-1.4601 + k * 0.0002, 53.3701)))
    fb = b.export(tmp_path / "fb.gpkg")
    a.now += 500
    a.p.update("assets", new_a[4].uuid, {"description": "by a, not knowing b's edit"})
    fa2 = a.export(tmp_path / "fa2.gpkg")
    for r in (a, b):
        r.close()
    c.p.close()
    return c.p.path, [fa, fb, fa2]


def test_a_merge_beyond_the_memory_budget_writes_what_holding_everything_writes(tmp_path, monkeypatch):
    base, files = _exports(tmp_path)
    added, taken, inserted, near = [], [], [], []
    real_add, real_take, real_insert, real_near = (spill_mod.Spill.add, spill_mod.Spill.take, merge_io._insert_all,
                                                   dup._Index._near_pairs)
    monkeypatch.setattr(spill_mod.Spill, "add", lambda self, *a: added.append(len(a[-1])) or real_add(self, *a))
    monkeypatch.setattr(spill_mod.Spill, "take", lambda self, *a: taken.append(a) or real_take(self, *a))
    monkeypatch.setattr(merge_io, "_insert_all", lambda *a: inserted.append(len(a[3])) or real_insert(*a))
    monkeypatch.setattr(dup._Index, "_near_pairs", lambda self, *a: near.append(len(a[2])) or real_near(self, *a))
    results = {}
    for order in (files, files[::-1], [files[1], files[2], files[0]]):
        for lane in ("held", "bounded"):
            path = tmp_path / f"c-{lane}-{order[0].stem}.gpkg"
            path.write_bytes(base.read_bytes())
            added.clear(), taken.clear(), inserted.clear(), near.clear()
            with monkeypatch.context() as m, Project.open(path) as p:
                if lane == "bounded":
                    m.setattr(engine_mod, "FRESH_IN_MEMORY", 2)
                    m.setattr(spill_mod, "READ_CHUNK", 2)
                    m.setattr(merge_io, "INSERT_CHUNK", 3)
                    m.setattr(dup, "NEAR_CHUNK", 2)
                    m.setattr(dup, "BESIDE_MOST", 3)
                summary = merge_files(p, order)
                results[(lane, order[0].stem)] = (_tables(p), summary.as_dict())
            if lane == "bounded":  # the bounded paths are really taken
                assert sum(added) >= 10 and max(inserted) <= 3 and len(inserted) >= 6 and max(near) <= 2
            else:
                assert not added and not taken and len(near) == 1
        held, bounded = results[("held", order[0].stem)], results[("bounded", order[0].stem)]
        for key in held[0]:
            assert held[0][key] == bounded[0][key], key
        assert held[1] == bounded[1]
    tables = results[("held", files[0].stem)][0]
    assert len(tables["assets"]) == 17 and any(r[3] == "name" for r in tables["conflicts"]) and tables["pairs"]


def test_a_record_kept_out_of_memory_comes_back_exactly(tmp_path):
    """Values of every kind come back from the scratch file as read (no declared types: no conversion)."""
    spill = spill_mod.Spill()
    values = (None, 0, -1, 2**62, 1.5, -0.0, float("inf"), "", "é\x00x", b"", b"\x00\xff")
    row = ("u1", '{"*":"v1"}', 0, 1, None, *values)
    assert spill.add("assets", ["a", "b"], "f.gpkg", [(row, "v1"), (("u0", *row[1:]), "v1")])
    got = list(spill.values("assets"))
    assert got == [("u0", *values), ("u1", *values)] and list(spill.texts("assets")) == [("u0", row[1]), ("u1", row[1])]
    assert all(type(x) is type(y) for x, y in zip(got[1], ("u1", *values)))
    f = spill.take("assets", "u1")
    assert (f.row, f.src_cols, f.version, f.text, f.origin) == (row, ["a", "b"], "v1", '{"*":"v1"}', "f.gpkg")
    assert all(type(x) is type(y) for x, y in zip(f.row, row))
    assert [r[0] for r in spill.values("assets")] == ["u0"] and spill.count["assets"] == 1
    where = Path(spill.conn.execute("PRAGMA database_list").fetchone()[2]).parent
    spill.close()
    assert not where.exists()


def test_a_value_the_scratch_file_refuses_is_kept_in_memory(tmp_path):
    spill = spill_mod.Spill()
    assert not spill.add("assets", ["a"], "f.gpkg", [(("u1", "{}", 0, 1, None, 2**70), "v1")])  # too big an integer
    assert not list(spill.values("assets"))
    spill.close()


def test_the_scratch_file_is_removed_when_a_merge_fails(tmp_path, monkeypatch):
    base, files = _exports(tmp_path)
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"not a geopackage at all" * 100)
    before = set(os.listdir(tempfile.gettempdir()))
    monkeypatch.setattr(engine_mod, "FRESH_IN_MEMORY", 1)
    made = []
    real_add = spill_mod.Spill.add
    monkeypatch.setattr(spill_mod.Spill, "add", lambda self, *a: made.append(ok := real_add(self, *a)) or ok)
    with Project.open(base) as p:
        state = _tables(p)
        with pytest.raises(MergeError):
            merge_files(p, [files[0], files[1], junk])
        assert _tables(p) == state  # nothing of the merge stays
    assert any(made)  # the scratch file was made and written
    assert not {n for n in set(os.listdir(tempfile.gettempdir())) - before if n.startswith("nm-merge-fresh-")}
