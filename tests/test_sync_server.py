"""Two-way sync with a real PostgreSQL/PostGIS server (tests/pg.py starts it; never a mock)."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest

from mapper.sync.conflicts import open_conflicts as review_conflicts
from mapper.sync.targets import sync
from tests.sync_helpers import add_assets, add_group, laptop, open_conflicts, state

ROOT = Path(__file__).resolve().parents[1]


def _psql(dsn: str, sql: str, params=()):
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else None


def _edits(a, b, c, uuids):
    """Concurrent edits on three laptops that all synced the same base: a conflict on one field,
    independent edits, a delete, new records."""
    a.update("assets", uuids[0], {"opening_times": "Mon 9-5 (A)"})
    b.update("assets", uuids[0], {"opening_times": "Tue 10-4 (B)"})
    a.update("assets", uuids[1], {"name": "Renamed by A"})
    b.update("assets", uuids[2], {"contact_phone": "0114 999"})
    b.delete("assets", uuids[3])
    c.update("assets", uuids[4], {"description": "coordinator's note"})
    add_assets(a, 2, "New A")
    add_group(c, "Coordinator's group")


def test_two_laptops_and_coordinator_end_identical_in_every_order(pg_cluster, tmp_path):
    for n, order in enumerate(itertools.permutations("abc")):
        dsn = pg_cluster.dsn(pg_cluster.new_database("order", template=pg_cluster.template))
        d = tmp_path / str(n)
        p = {k: laptop(d, k) for k in "abc"}
        uuids = add_assets(p["a"], 6, "Base")
        for k in "abc":
            sync(p[k], dsn)
        _edits(p["a"], p["b"], p["c"], uuids)
        for _ in range(2):
            for k in order:
                sync(p[k])
        states = [state(p[k]) for k in "abc"]
        assert states[0] == states[1] == states[2], f"order {order}"
        live = states[0]["assets"][0]
        assert len(live) == 6 - 1 + 2 and uuids[3] not in live
        assert _psql(dsn, "SELECT count(*) FROM mapper.assets")[0][0] == 7
        # the concurrent edit appears once in the coordinator's Review, whatever the order
        found = [c for c in review_conflicts(p["c"]) if c["uuid"] == uuids[0]]
        assert len(found) == 1 and found[0]["field"] == "opening_times", f"order {order}: {found}"
        for proj in p.values():
            proj.close()


def test_conflict_made_on_two_laptops_appears_once_in_coordinators_review(server, tmp_path, qtbot):
    from mapper.ui.review import ReviewDialog

    a, b, c = laptop(tmp_path, "a"), laptop(tmp_path, "b"), laptop(tmp_path, "coordinator")
    [uuid] = add_assets(a, 1, "Broomhill Library")
    for p in (a, b, c):
        sync(p, server)
    a.update("assets", uuid, {"opening_times": "Mon-Fri 9-5"})
    b.update("assets", uuid, {"opening_times": "Mon-Sat 10-6"})
    for p in (a, b, c, a, b, c):
        sync(p)
    assert open_conflicts(c) == [("assets", uuid, "opening_times", open_conflicts(c)[0][3])]
    dialog = ReviewDialog(c)
    qtbot.addWidget(dialog)
    assert len(dialog.conflicts) == 1


def test_plain_sql_edits_in_postgis_reach_a_laptop(server, tmp_path):
    a = laptop(tmp_path, "a")
    uuids = add_assets(a, 3, "Hall")
    sync(a, server)
    _psql(server, "UPDATE mapper.assets SET name = 'Edited in QGIS' WHERE uuid = %s", (uuids[0],))
    _psql(server, "DELETE FROM mapper.assets WHERE uuid = %s", (uuids[1],))
    _psql(server, "INSERT INTO mapper.assets (name, category, geom) VALUES "
                  "('Added in QGIS', 'other', ST_SetSRID(ST_MakePoint(-1.48, 53.37), 4326))")
    b = laptop(tmp_path, "b")
    for p in (a, b):
        report = sync(p, server)
        assert report.conflicts == 0
    for p in (a, b):
        assert p.get("assets", uuids[0]).name == "Edited in QGIS"
        assert p.is_deleted("assets", uuids[1])
        names = {r[0] for r in p.conn.execute("SELECT name FROM assets")}
        assert names == {"Edited in QGIS", "Hall 2", "Added in QGIS"}
        [(lon, lat)] = [r.location for r in p.records("assets") if r.name == "Added in QGIS"]
        assert (round(lon, 5), round(lat, 5)) == (-1.48, 53.37)
    assert state(a) == state(b)
    # a later laptop edit outranks the SQL edit (the server's clock keeps ahead of what it holds)
    a.update("assets", uuids[0], {"name": "Back from the laptop"})
    sync(a)
    assert _psql(server, "SELECT name FROM mapper.assets WHERE uuid = %s", (uuids[0],))[0][0] == "Back from the laptop"


def test_twenty_clients_at_once_lose_nothing_and_converge(server, tmp_path):
    base = laptop(tmp_path, "base")
    [shared] = add_assets(base, 1, "Shared")
    sync(base, server)
    clients = [laptop(tmp_path, f"m{i}") for i in range(20)]
    mine = {}

    def work(i):
        p = clients[i]
        sync(p, server)
        mine[i] = add_assets(p, 5, f"Mapper {i}")
        p.update("assets", shared, {"description": f"from mapper {i}"})
        sync(p)

    with ThreadPoolExecutor(max_workers=20) as pool:  # bounded: 20 threads, one local server
        list(pool.map(work, range(20)))
    for p in clients + [base]:
        sync(p)
    states = [state(p) for p in clients + [base]]
    expected = {shared, *itertools.chain.from_iterable(mine.values())}
    checked = 0
    for s in states:
        assert set(s["assets"][0]) == expected
        checked += len(s["assets"][0])
        assert s == states[0]
    assert checked == 21 * 101  # 101 records checked on each of 21 replicas
    assert _psql(server, "SELECT count(*), count(DISTINCT uuid) FROM mapper.assets")[0] == (101, 101)


def _wait_for(predicate, proc, timeout=60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            return False
        if predicate():
            return True
        time.sleep(0.002)
    return False


def _sync_process(project: Path, dsn: str, tmpdir: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmpdir)}
    # niced: on a busy machine the sync is slow enough to be caught in the middle of its COPY or merge
    return subprocess.Popen([sys.executable, "-m", "mapper", "sync", str(project), dsn], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=lambda: os.nice(10))


def test_kill_during_push_and_during_pull_then_sync_again(server, tmp_path):
    import psycopg

    n = 12000
    a = laptop(tmp_path, "a")
    uuids = add_assets(a, n, "Bulk")
    a.close()
    # push: killed while its COPY is running on the server (a first sync: straight into the empty table)
    watch = psycopg.connect(server, autocommit=True)
    proc = _sync_process(tmp_path / "a.gpkg", server, tmp_path)
    copying = lambda: watch.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = "  # noqa: E731
                                    "'neighbourhood-mapper' AND query ILIKE 'COPY mapper.assets %%'").fetchone()[0] > 0
    assert _wait_for(copying, proc), proc.communicate()
    watch.close()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _psql(server, "SELECT count(*) FROM mapper.assets")[0][0] == 0  # nothing half-written
    # a first sync of this size loads through mapper.first_load: the indexes and the trigger are all back
    assert _psql(server, "SELECT count(*) FROM pg_index WHERE indrelid = 'mapper.assets'::regclass")[0][0] == 4
    assert _psql(server, "SELECT tgenabled FROM pg_trigger WHERE tgname = 'assets_track'")[0][0] == "O"
    assert subprocess.run([sys.executable, "-m", "mapper", "sync", str(tmp_path / "a.gpkg")],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True).returncode == 0
    assert _psql(server, "SELECT count(*), count(DISTINCT uuid) FROM mapper.assets")[0] == (n, n)
    # pull: killed while the package it received is being merged
    b = laptop(tmp_path, "b")
    b.close()
    pulls = tmp_path / "pull-tmp"
    pulls.mkdir()
    proc = _sync_process(tmp_path / "b.gpkg", server, pulls)
    merging = lambda: any(pulls.glob("nm-sync-*/server-*.gpkg"))  # noqa: E731
    assert _wait_for(merging, proc), proc.communicate()
    time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    shutil.rmtree(pulls)
    from mapper.store.project import Project

    with Project.open(tmp_path / "b.gpkg") as b:
        assert b.count("assets") in (0, n)  # all or nothing
        sync(b)
        assert b.count("assets") == n
        with Project.open(tmp_path / "a.gpkg") as a:
            sync(a)
            assert state(a) == state(b)
    assert set(uuids) == {r[0] for r in _psql(server, "SELECT uuid FROM mapper.assets")}


def test_gdal_reads_the_server_layers_as_qgis_would(server, tmp_path):
    a = laptop(tmp_path, "a")
    add_assets(a, 25, "Point")
    from shapely.geometry import box

    from mapper.domain.records import Neighbourhood

    a.add(Neighbourhood(name="Broomhill", code="N1", geometry=box(-1.5, 53.37, -1.47, 53.39).__geo_interface__))
    sync(a, server)
    pg = server.replace("postgresql://postgres@/", "").split("?")[0]
    host = server.split("host=")[1].split("&")[0]
    conn = f"PG:dbname={pg} host={host} port=5432 user=postgres schemas=mapper"
    script = (
        "import json, sys\nfrom osgeo import ogr\nds = ogr.Open(sys.argv[1])\nout = {}\n"
        "for name in ('assets', 'neighbourhoods', 'groups'):\n"
        "    lyr = ds.GetLayerByName(name)\n    srs = lyr.GetSpatialRef()\n"
        "    out[name] = [ogr.GeometryTypeToName(lyr.GetGeomType()), srs.GetAuthorityCode(None) if srs else None,"
        " lyr.GetFeatureCount(), lyr.GetFIDColumn()]\nprint(json.dumps(out))\n")
    system_python = shutil.which("python3", path="/usr/bin")
    probe = subprocess.run([system_python, "-c", "from osgeo import ogr; assert ogr.GetDriverByName('PostgreSQL')"],
                           capture_output=True)
    if probe.returncode:
        pytest.skip("Debian's GDAL with its PostgreSQL driver (python3-gdal) is not installed")
    out = subprocess.run([system_python, "-c", script, conn], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    layers = json.loads(out.stdout)
    assert layers["assets"] == ["Point", "4326", 25, "id"]
    assert layers["neighbourhoods"] == ["Multi Polygon", "4326", 1, "id"]
    assert layers["groups"][2] == 0 and layers["groups"][3] == "id"


def test_an_outside_edit_of_the_laptop_file_reaches_the_server(server, tmp_path):
    """Issue 11's tracking: an UPDATE made with plain SQL on the project file (as QGIS/GDAL would) is pushed."""
    a = laptop(tmp_path, "a")
    [uuid] = add_assets(a, 1, "Library")
    sync(a, server)
    a.close()
    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo is None:
        pytest.skip("GDAL's ogrinfo (gdal-bin) is not installed")
    subprocess.run([ogrinfo, str(tmp_path / "a.gpkg"), "-dialect", "SQLite", "-sql",
                    f"UPDATE assets SET name = 'Edited in QGIS on the laptop' WHERE uuid = '{uuid}'"],
                   check=True, capture_output=True)
    from mapper.store.project import Project

    with Project.open(tmp_path / "a.gpkg") as a:
        sync(a)
    assert _psql(server, "SELECT name FROM mapper.assets WHERE uuid = %s", (uuid,))[0][0] == \
        "Edited in QGIS on the laptop"


def test_geometry_and_odd_values_other_tools_stored_go_up_as_postgis_values(server, tmp_path):
    """The push spells our own point blobs as EWKB in SQL; anything else a tool may have stored (a point
    with an envelope, big-endian WKB, another SRS id, a polygon neighbourhood, a 0/1 kept as a real number)
    goes through the one-value conversion and reaches the server as the same geometry and value."""
    import struct

    from shapely.geometry import Point, box

    from mapper.domain.records import Neighbourhood
    from mapper.store.geometry import geometry_blob

    a = laptop(tmp_path, "a")
    plain, enveloped, big_endian, other_srs = add_assets(a, 4, "Geometry")
    a.add(Neighbourhood(name="Broomhill", code="N1", geometry=box(-1.5, 53.37, -1.47, 53.39).__geo_interface__))
    big = b"GP\x00\x00" + struct.pack(">i", 4326) + b"\x00" + struct.pack(">Idd", 1, -1.46, 53.31)  # flags 0: BE
    with a.transaction() as conn:  # written as another tool would (tracked, then versioned by the sync)
        conn.execute("UPDATE assets SET geom = ? WHERE uuid = ?", (geometry_blob(Point(-1.45, 53.32)), enveloped))
        conn.execute("UPDATE assets SET geom = ? WHERE uuid = ?", (big, big_endian))
        conn.execute("UPDATE assets SET geom = ?, may_publish = 1.0 WHERE uuid = ?",
                     (geometry_blob(Point(-1.44, 53.33), srs_id=0), other_srs))
    want = {u: tuple(round(c, 6) for c in xy) for u, xy in
            zip((plain, enveloped, big_endian, other_srs),
                [a.conn.execute("SELECT ST_MinX(geom), ST_MinY(geom) FROM assets WHERE uuid = ?", (plain,)).fetchone(),
                 (-1.45, 53.32), (-1.46, 53.31), (-1.44, 53.33)])}
    sync(a, server)
    got = {u: (round(x, 6), round(y, 6)) for u, x, y, srid in _psql(
        server, "SELECT uuid, ST_X(geom), ST_Y(geom), ST_SRID(geom) FROM mapper.assets") if srid == 4326}
    assert got == want
    assert _psql(server, "SELECT may_publish FROM mapper.assets WHERE uuid = %s", (other_srs,))[0][0] is True
    assert _psql(server, "SELECT GeometryType(geom), ST_SRID(geom), round(ST_Area(geom)::numeric, 6) "
                         "FROM mapper.neighbourhoods") == [("MULTIPOLYGON", 4326, round(Decimal("0.0006"), 6))]
