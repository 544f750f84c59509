"""One test per "Why" of issue 11 that is about the file and the merge (clock overflow, copied files,
fields a file never recorded, folder merges with a broken file, the -wal side file)."""

from __future__ import annotations

import shutil
import sqlite3

from mapper.domain.hlc import Clock, parse_version
from mapper.domain.records import Asset
from mapper.store import migrations
from mapper.store.project import Project
from mapper.sync.conflicts import open_conflicts
from mapper.sync.merge import merge_files
from mapper.sync.package import write_package


def test_the_clock_counter_cannot_overflow_and_later_writes_rank_higher():
    now = 1_750_000_000_000
    clock = Clock("a", now_ms=lambda: now)
    assert clock.observe(f"{now + 60_000:013d}.99998.b")  # held ahead by a merged version
    issued = [clock.tick() for _ in range(5)]
    assert issued == sorted(issued) and len(set(issued)) == 5
    assert all(len(v.split(".")[1]) == 5 for v in issued)
    assert [parse_version(v)[:2] for v in issued] == sorted(parse_version(v)[:2] for v in issued)


def test_a_file_with_overflowed_versions_is_migrated(tmp_path):
    p = Project.create(tmp_path / "p.gpkg")
    a = p.add(Asset(name="Hall", location=(-1.47, 53.38)))
    p.conn.execute("UPDATE nm_versions SET versions = ? WHERE uuid = ?",
                   ('{"*":"1750000000000.99999.a","name":"1750000000000.100002.a"}', a.uuid))
    p.conn.execute("UPDATE nm_settings SET value = '1750000000000.100002' WHERE key = 'clock'")
    p.conn.execute("UPDATE nm_settings SET value = '6' WHERE key = 'schema_version'")
    p.close()
    with Project.open(tmp_path / "p.gpkg") as p:
        v = p.versions("assets", a.uuid)
        assert v["name"] == "1750000000001.00002.a" and v["name"] > v["geom"]
        assert migrations.current_version(p.conn) == migrations.LATEST


def test_copies_of_one_file_get_their_own_replica_ids_and_their_edits_conflict(tmp_path):
    with Project.create(tmp_path / "handout.gpkg", author="Coordinator") as hub:
        lib = hub.add(Asset(name="Broomhill Library", location=(-1.50, 53.38), opening_times="Mon 9-5"))
        hub_id = hub.replica_id
    for who in ("ann", "bob"):
        shutil.copyfile(tmp_path / "handout.gpkg", tmp_path / f"{who}.gpkg")
    outs = []
    for who, times in (("ann", "Tue 9-5"), ("bob", "Wed 9-5")):
        with Project.open(tmp_path / f"{who}.gpkg") as p:
            assert p.replica_id != hub_id and hub_id in p.setting("replica_ancestry")
            p.update("assets", lib.uuid, {"opening_times": times})
            outs.append(write_package(p, tmp_path / f"{who}-out.gpkg"))
    with Project.open(tmp_path / "handout.gpkg") as hub:
        assert hub.replica_id == hub_id  # the original stays itself
        merge_files(hub, outs)
        found = open_conflicts(hub)
        assert [(c["field"], c["other"]) for c in found] == [("opening_times", "Tue 9-5")]


def test_committed_edits_are_in_the_file_itself_while_it_is_open(tmp_path):
    p = Project.create(tmp_path / "p.gpkg")
    p.add(Asset(name="Hall", location=(-1.47, 53.38)))
    p.update("assets", next(p.records("assets")).uuid, {"name": "Church hall"})
    shutil.copyfile(tmp_path / "p.gpkg", tmp_path / "copy.gpkg")  # the file alone, no -wal beside it
    conn = sqlite3.connect(tmp_path / "copy.gpkg")
    assert conn.execute("SELECT name FROM assets").fetchall() == [("Church hall",)]
    conn.close()
    p.close()


def test_a_folder_merge_merges_every_good_file_and_lists_each_refused_one(tmp_path, capsys):
    from mapper.cli import main

    folder = tmp_path / "inbox"
    folder.mkdir()
    for who in ("ann", "bob"):
        with Project.create(tmp_path / f"{who}.gpkg", author=who) as p:
            p.add(Asset(name=f"{who}'s cafe", location=(-1.47, 53.38)))
            write_package(p, folder / f"{who}.gpkg")
    (folder / "broken.gpkg").write_text("not a database")
    sqlite3.connect(folder / "plain.gpkg").execute("CREATE TABLE x (a)").connection.close()
    Project.create(tmp_path / "central.gpkg").close()
    assert main(["merge", str(tmp_path / "central.gpkg"), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "merged 2 files: 2 added" in out
    assert "broken.gpkg: " in out and "plain.gpkg: is not a Neighbourhood Mapper export" in out
    with Project.open(tmp_path / "central.gpkg") as central:
        assert central.count("assets") == 2


def test_a_new_project_from_the_same_boundaries_file_does_not_empty_the_coordinators_wards(tmp_path):
    import json

    from mapper.cli import main

    square = [[[-1.6, 53.3], [-1.4, 53.3], [-1.4, 53.5], [-1.6, 53.5], [-1.6, 53.3]]]
    boundaries = tmp_path / "hoods.geojson"
    boundaries.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Walkley", "code": "N1"},
         "geometry": {"type": "Polygon", "coordinates": square}}]}))
    assert main(["new", str(tmp_path / "central.gpkg"), "--boundaries", str(boundaries)]) == 0
    with Project.open(tmp_path / "central.gpkg") as central:
        [hood] = central.records("neighbourhoods")
        central.update("neighbourhoods", hood.uuid, {"ward": "Walkley ward"})
    assert main(["new", str(tmp_path / "ann.gpkg"), "--boundaries", str(boundaries)]) == 0
    with Project.open(tmp_path / "ann.gpkg") as ann:
        out = write_package(ann, tmp_path / "ann-out.gpkg")
    with Project.open(tmp_path / "central.gpkg") as central:
        s = merge_files(central, [out])
        assert central.row("neighbourhoods", hood.uuid)["ward"] == "Walkley ward"
        assert s.conflicts == 0 and open_conflicts(central) == []


def _trio(tmp_path):
    from tests.test_merge_helpers import make_trio

    return make_trio(tmp_path)


def test_a_delete_after_an_unseen_edit_is_a_conflict_in_either_merge_order(tmp_path):
    import pytest

    from mapper.sync.conflicts import resolve

    for order in ("edit first", "delete first"):
        run = tmp_path / order.replace(" ", "_")
        run.mkdir()
        a, b, c, u = _trio(run)
        a.now += 100
        a.p.update("assets", u, {"opening_times": "Mo 09:00-12:00"})
        b.now += 200
        b.p.delete("assets", u)  # b never saw a's edit
        files = [a.export(run / "a.gpkg"), b.export(run / "b.gpkg")]
        merge_files(c.p, files if order == "edit first" else files[::-1])
        assert c.p.is_deleted("assets", u)
        [conf] = open_conflicts(c.p)
        assert conf["kind"] == "edit_deleted" and conf["other"] == "Mo 09:00-12:00", order
        resolve(c.p, conf["id"], "restore")
        assert c.p.row("assets", u)["opening_times"] == "Mo 09:00-12:00"
        for r in (a, b, c):
            r.close()
    del pytest


def test_an_older_edit_of_a_merged_duplicate_reaches_the_survivor_or_review(tmp_path):
    from mapper.sync import duplicates as dup
    from tests.test_merge_helpers import Replica, empty_template

    t = empty_template(tmp_path)
    a, b, c = (Replica(tmp_path / f"p{n}.gpkg", n, template=t) for n in ("a", "b", "c"))
    x = a.p.add(Asset(name="Oakwood Library", location=(-1.5001, 53.4001)))
    y = b.p.add(Asset(name="Oakwood library", location=(-1.5002, 53.4002)))
    merge_files(c.p, [a.export(tmp_path / "a1.gpkg"), b.export(tmp_path / "b1.gpkg")])
    b.now += 500
    b.p.update("assets", y.uuid, {"accessibility": "Step-free entrance"})  # before the pair is merged...
    b.p.update("assets", y.uuid, {"name": "Oakwood Community Library"})
    c.now += 1000
    dup.merge_pair(c.p, "assets", x.uuid, y.uuid)  # ...which the coordinator does without having seen it
    merge_files(c.p, [b.export(tmp_path / "b2.gpkg")])
    assert c.p.row("assets", x.uuid)["name"] == "Oakwood Library"
    kept = {(k["uuid"], k["field"], k["other"]) for k in open_conflicts(c.p)}
    # both concurrent edits are on the survivor, for review (not only in the replaced record's tombstone)
    assert {(x.uuid, "name", "Oakwood Community Library"), (x.uuid, "accessibility", "Step-free entrance")} <= kept
    for r in (a, b, c):
        r.close()


def test_the_same_file_opened_again_in_a_new_process_keeps_its_replica_id(tmp_path):
    import os
    import subprocess
    import sys

    with Project.create(tmp_path / "p.gpkg") as p:
        rid = p.replica_id
    code = "import sys; from mapper.store.project import Project; print(Project.open(sys.argv[1]).replica_id)"
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p.gpkg")], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": os.getcwd()}, timeout=120)
        assert out.stdout.strip() == rid, out.stderr
