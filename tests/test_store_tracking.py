"""Change tracking in the file: edits made by GDAL (ogrinfo's SQLite dialect, pyogrio) and by plain SQL
are versioned by the app, reach other laptops through export + merge and through import, and
`mapper check` passes such a file, telling of the pending edits as information."""

from __future__ import annotations

import sqlite3
import subprocess

import numpy as np
import pyogrio
import shapely
from pyogrio.raw import write

from mapper.cli import main
from mapper.domain.records import Asset
from mapper.store import tracking
from mapper.store.geometry import register_functions
from mapper.store.project import Project
from mapper.sync.merge import merge_files
from mapper.sync.package import import_files
from tests.gdal_check import gdal_validate
from tests.test_merge_helpers import Replica, empty_template


def ogr_sql(path, sql: str) -> None:
    """A write by Debian's GDAL (its own SQLite: no FTS5, none of the app's functions)."""
    done = subprocess.run(["ogrinfo", "-q", str(path), "-dialect", "SQLite", "-sql", sql],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "ERROR" not in done.stderr, done.stderr


def plain_sql(path, sql: str, params=()) -> None:
    """A write through the sqlite3 shell's way: GeoPackage's own ST_ functions only (as QGIS has)."""
    conn = sqlite3.connect(str(path))
    register_functions(conn)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def two_laptops(tmp_path):
    """a and c both know Broomhill Library and Crookes Cafe; returns (a, c, library uuid, cafe uuid)."""
    t = empty_template(tmp_path)
    a, c = Replica(tmp_path / "a.gpkg", "a", template=t), Replica(tmp_path / "c.gpkg", "c", template=t)
    lib = a.p.add(Asset(name="Broomhill Library", location=(-1.50, 53.38), opening_times="Mon 9-5"))
    cafe = a.p.add(Asset(name="Crookes Cafe", location=(-1.51, 53.39)))
    merge_files(c.p, [a.export(tmp_path / "seed.gpkg")])
    return a, c, lib.uuid, cafe.uuid


def test_gdal_update_delete_and_insert_reach_another_laptop_through_export_and_merge(tmp_path):
    a, c, lib, cafe = two_laptops(tmp_path)
    path = a.p.path  # QGIS edits the file while the app has it open (WAL)
    ogr_sql(path, f"UPDATE assets SET opening_times = 'Tue 10-4' WHERE uuid = '{lib}'")
    ogr_sql(path, f"DELETE FROM assets WHERE uuid = '{cafe}'")
    geom = np.array([shapely.to_wkb(shapely.Point(-1.49, 53.37))], dtype=object)
    write(path, geometry=geom, driver="GPKG", layer="assets", append=True, crs="EPSG:4326",
          geometry_type="Point", fields=["uuid", "name", "kind"],  # pyogrio appends fields by position
          field_data=[np.array([None], dtype=object), np.array(["Added in QGIS"], dtype=object),
                      np.array(["shared_space"], dtype=object)])
    gdal_validate(path)
    assert main(["check", str(path)]) == 0
    a.now += 1000
    assert a.p.catch_up().total() == 3
    assert a.p.history("assets", lib)[-1]["source"] == tracking.SOURCE
    s = merge_files(c.p, [a.export(tmp_path / "a-out.gpkg")])
    assert c.p.row("assets", lib)["opening_times"] == "Tue 10-4"
    assert c.p.is_deleted("assets", cafe)
    assert [x.name for x in c.p.records("assets") if x.name == "Added in QGIS"] == ["Added in QGIS"]
    assert s.conflicts == 0
    a.close(), c.close()


def test_gdal_edits_reach_another_laptop_through_import(tmp_path):
    a, c, lib, cafe = two_laptops(tmp_path)
    path = a.p.path
    ogr_sql(path, f"UPDATE assets SET opening_times = 'Wed 1-3' WHERE uuid = '{lib}'")
    ogr_sql(path, f"DELETE FROM assets WHERE uuid = '{cafe}'")
    a.now += 1000
    import_files(c.p, [a.export(tmp_path / "a-out.gpkg")])
    assert c.p.row("assets", lib)["opening_times"] == "Wed 1-3"
    assert c.p.is_deleted("assets", cafe)
    a.close(), c.close()


def test_an_edit_made_while_the_app_has_the_file_open_is_versioned_before_export(tmp_path):
    a, c, lib, _cafe = two_laptops(tmp_path)
    ogr_sql(a.p.path, f"UPDATE assets SET name = 'Broomhill Library (QGIS)' WHERE uuid = '{lib}'")
    assert tracking.pending(a.p.conn) == {"assets": 1}
    merge_files(c.p, [a.export(tmp_path / "a-out.gpkg")])
    assert tracking.pending(a.p.conn) == {}
    assert c.p.row("assets", lib)["name"] == "Broomhill Library (QGIS)"
    a.close(), c.close()


def test_plain_sql_changes_only_the_columns_it_touched_and_keeps_a_tombstone(tmp_path):
    a, c, lib, cafe = two_laptops(tmp_path)
    before = a.p.versions("assets", lib)
    plain_sql(a.p.path, "UPDATE assets SET website = 'https://example.org' WHERE uuid = ?", (lib,))
    plain_sql(a.p.path, "DELETE FROM assets WHERE uuid = ?", (cafe,))
    a.p.catch_up()
    after = a.p.versions("assets", lib)
    assert {k for k in after if after[k] != before.get(k)} == {"website"}
    assert a.p.is_deleted("assets", cafe)
    assert a.p.restore("assets", cafe).name == "Crookes Cafe"  # the tombstone kept the values
    a.close(), c.close()


def test_the_apps_own_writes_leave_nothing_pending(project):
    a = project.add(Asset(name="Hall", location=(-1.47, 53.38)))
    project.update("assets", a.uuid, {"name": "Church hall"})
    project.delete("assets", a.uuid)
    project.restore("assets", a.uuid)
    assert tracking.pending(project.conn) == {}
    assert project.conn.execute("SELECT count(*) FROM nm_track_pause").fetchone()[0] == 0


def test_check_reports_pending_outside_edits_as_information(tmp_path, capsys):
    p = Project.create(tmp_path / "p.gpkg")
    a = p.add(Asset(name="Hall", location=(-1.47, 53.38)))
    p.close()
    ogr_sql(tmp_path / "p.gpkg", f"UPDATE assets SET name = 'Hall 2' WHERE uuid = '{a.uuid}'")
    assert main(["check", str(tmp_path / "p.gpkg")]) == 0
    out = capsys.readouterr().out
    assert ": ok" in out and "1 asset changed by another tool" in out
    assert list(pyogrio.raw.read(tmp_path / "p.gpkg", layer="assets", columns=["name"])[3][0]) == ["Hall 2"]


def test_export_onto_the_project_itself_is_refused_and_changes_nothing(tmp_path, capsys):
    p = Project.create(tmp_path / "p.gpkg")
    p.add(Asset(name="Hall", location=(-1.47, 53.38)))
    p.close()
    before = (tmp_path / "p.gpkg").read_bytes()
    assert main(["export", str(tmp_path / "p.gpkg"), str(tmp_path / "p.gpkg")]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "project file itself" in err
    assert main(["export", str(tmp_path / "p.gpkg"), str(tmp_path / "." / "p.gpkg-wal")]) != 0
    assert (tmp_path / "p.gpkg").read_bytes() == before


def test_importing_an_export_takes_fields_sharing_the_packed_version(tmp_path):
    """Most fields changed in one action share the packed "*" version: import must still see them."""
    a, c, lib, _cafe = two_laptops(tmp_path)
    a.now += 1000
    many = {"description": "Books and talk", "address": "Taptonville Rd", "postcode": "S10 5BR",
            "opening_times": "Tue 10-4", "contact_phone": "0114 273 4276", "contact_email": "lib@example.org",
            "website": "https://example.org", "accessibility": "Step-free", "cost": "Free", "audience": "All",
            "status": "temporarily_closed", "recorded_by": "Ann"}
    a.p.update("assets", lib, many)
    out = a.export(tmp_path / "a-out.gpkg")
    report = import_files(c.p, [out])[0]
    row = c.p.row("assets", lib)
    assert {k: row[k] for k in many} == many and report.updated == 1
    a.close(), c.close()


def test_an_export_leaves_with_nothing_pending(tmp_path):
    from mapper.privacy import keys, setup
    from mapper.store.check import outside_edits

    coord = Project.create(tmp_path / "coordinator.gpkg")
    setup.set_passphrase(coord, "coordinator passphrase")
    keys.generate_coordinator_keys(coord)
    key_file = keys.save_public_key(coord, tmp_path / "coordinator.nmkey")
    coord.close()
    from mapper.demo import DEMO_PASSPHRASE, build_demo
    from mapper.formats.api import export_file

    p = build_demo(tmp_path / "demo.gpkg", passphrase=DEMO_PASSPHRASE)
    setup.unlock(p, DEMO_PASSPHRASE)
    for out, kw in ((tmp_path / "public.gpkg", {"public": True}),
                    (tmp_path / "sealed.gpkg", {"public": False, "coordinator_key": key_file})):
        export_file(p, out, kind="all", **kw)
        assert outside_edits(out) == []
    p.close()
