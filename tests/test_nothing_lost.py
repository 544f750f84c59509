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
    assert "merged 2 file(s): 2 added" in out
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
