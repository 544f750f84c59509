"""The map's server-side clustering (mapview/clusters.py) and the view answers built on it
(mapview/viewport.py): every asset counted once in every view, clusters exactly the grid's cells, singles
exactly where they are, edits seen at once, and a view request is untrusted input."""

from __future__ import annotations

import json
import math
import struct

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.domain.records import Asset
from mapper.mapview import clusters
from mapper.mapview.clusters import LEVEL, MIN_POINTS, TOP_ZOOM, ClusterIndex
from mapper.mapview.server import MapServer

SHEFFIELD = (-1.62, 53.32, -1.33, 53.47)


def _index(n: int, seed: int = 1) -> tuple[ClusterIndex, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    lon = rng.uniform(SHEFFIELD[0], SHEFFIELD[2], n)
    lat = rng.uniform(SHEFFIELD[1], SHEFFIELD[3], n)
    return ClusterIndex(np.arange(1, n + 1), lon, lat), lon, lat


def _cell(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The grid cell of one place at one zoom, the long way (Leaflet's pixel / cell size)."""
    size = 2 ** clusters.CELL_BITS
    x = (lon + 180) / 360 * 256 * 2 ** zoom
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * 256 * 2 ** zoom
    return int(x // size), int(y // size)


def test_every_asset_in_view_is_drawn_once_at_every_zoom():
    ix, _, _ = _index(20_000)
    for zoom in range(0, 16):  # from 16 on the whole city is more cells than one screen asks for
        v = ix.view(*SHEFFIELD, zoom)
        assert v.drawn == 20_000, zoom
        assert len(set(v.single_fid)) == len(v.single_fid)
        assert all(c >= MIN_POINTS for c in v.cluster_count)
    assert len(ix.view(*SHEFFIELD, 10).cluster_count) < 50  # a city-wide view is a few clusters
    near = (-1.48, 53.38, -1.47, 53.385)
    inside = ix.view(*near, TOP_ZOOM)
    assert inside.cluster_count == [] and len(inside.single_fid) > 0  # the last zoom: every asset alone


@settings(max_examples=60, deadline=None)
@given(st.floats(-1.62, -1.34), st.floats(53.32, 53.46), st.floats(0.002, 0.02), st.integers(9, LEVEL))
def test_clusters_and_singles_are_exactly_the_grid_cells(west, south, size, zoom):
    ix, lon, lat = _index(3_000, seed=2)
    east, north = west + size, south + size / 2
    v = ix.view(west, south, east, north, zoom)
    (x0, y1), (x1, y0) = _cell(west, south, zoom), _cell(east, north, zoom)
    cells: dict[tuple[int, int], list[int]] = {}
    for i, (x, y) in enumerate(zip(lon, lat)):
        c = _cell(x, y, zoom)
        if x0 <= c[0] <= x1 and y0 <= c[1] <= y1:
            cells.setdefault(c, []).append(i + 1)
    # R-tree-free index: exact coordinates, so each asset's cell is the long way's (bar float rounding
    # on a cell's edge, which a random place never hits)
    big = {c: members for c, members in cells.items() if len(members) >= MIN_POINTS}
    assert sorted(v.cluster_count) == sorted(len(m) for m in big.values())
    assert sorted(v.single_fid) == sorted(f for m in cells.values() if len(m) < MIN_POINTS for f in m)
    for c_lon, c_lat, count, split in zip(v.cluster_lon, v.cluster_lat, v.cluster_count, v.cluster_zoom):
        members = next(m for m in big.values() if len(m) == count
                       and abs(np.mean(lon[np.array(m) - 1]) - c_lon) < 1e-6
                       and abs(np.mean(lat[np.array(m) - 1]) - c_lat) < 1e-6)
        # the cluster holds together up to the zoom before it splits, and splits at that zoom
        assert split > zoom
        assert len({_cell(lon[f - 1], lat[f - 1], split - 1) for f in members}) == 1
        if split <= LEVEL:
            assert len({_cell(lon[f - 1], lat[f - 1], split) for f in members}) > 1


def test_assets_at_one_spot_cluster_until_the_last_zoom_and_are_capped_there():
    n = clusters.MAX_SINGLES + 10
    ix = ClusterIndex(np.arange(n), np.full(n, -1.47), np.full(n, 53.38))  # one postcode's centre
    v = ix.view(-1.48, 53.37, -1.46, 53.39, LEVEL)
    assert v.cluster_count == [n] and v.cluster_zoom == [TOP_ZOOM]
    top = ix.view(-1.4701, 53.3799, -1.4699, 53.3801, TOP_ZOOM)
    assert len(top.single_fid) == clusters.MAX_SINGLES and top.truncated


def test_a_view_larger_than_any_screen_is_refused():
    ix, _, _ = _index(100)
    try:
        ix.view(-180, -85, 180, 85, 14)
    except clusters.TooLarge:
        pass
    else:
        raise AssertionError("a whole-world view at zoom 14 was answered")


def test_edits_move_add_and_remove_one_asset():
    ix, _, _ = _index(1_000)
    far = (-1.20, 53.60, -1.19, 53.61)
    assert ix.view(*far, TOP_ZOOM).drawn == 0
    ix.upsert(7, -1.195, 53.605)            # moved out there
    ix.upsert(5_000, -1.196, 53.606)        # a new asset
    assert sorted(ix.view(*far, TOP_ZOOM).single_fid) == [7, 5_000]
    assert ix.view(*SHEFFIELD, 12).drawn == 999  # 7 moved away
    ix.remove(7)
    ix.upsert(5_000, None, None)            # no longer located
    assert ix.view(*far, TOP_ZOOM).drawn == 0 and len(ix) == 999
    assert ix.keep_only(range(1, 501)) == 500 and ix.view(*SHEFFIELD, 12).drawn == 499  # 7 was gone


def _assets(n: int, x0: float = -1.5) -> list[Asset]:
    return [Asset(name=f"A{i}", category="park", kind="shared_space", location=(x0 + i * 0.001, 53.38))
            for i in range(n)]


def test_built_from_the_files_r_tree_with_points_from_other_tools(project):
    project.bulk_add(_assets(50) + [Asset(name="Online only", category="park", kind="shared_space")],
                     derive=False)
    # a point another tool wrote with a big-endian WKB body (a valid GeoPackage point we do not write)
    blob = b"GP\x00\x01" + struct.pack("<i", 4326) + b"\x00" + struct.pack(">Idd", 1, -1.4, 53.4)
    with project.transaction() as conn:
        conn.execute("UPDATE assets SET geom = ? WHERE name = 'A0'", (blob,))
    ix = ClusterIndex.from_project(project.conn)
    assert len(ix) == 50
    v = ix.view(-1.41, 53.39, -1.39, 53.41, TOP_ZOOM)
    assert len(v.single_fid) == 1
    # an R-tree missing an entry (a tool that wrote without the triggers): read from the rows instead
    with project.transaction() as conn:
        conn.execute("DELETE FROM rtree_assets_geom WHERE id = (SELECT fid FROM assets WHERE name = 'A1')")
    assert len(ClusterIndex.from_project(project.conn)) == 50


def _view(server: MapServer, box: tuple[float, float, float, float], zoom: int) -> dict:
    reply = server.handle(f"/data/view/{zoom}/" + "/".join(f"{v:.6f}" for v in box) + ".json")
    assert reply.status == 200, reply
    return json.loads(reply.body)


def test_the_view_answer_holds_clusters_and_exact_singles_with_their_names(project):
    assets = _assets(40) + [Asset(name="<b>Far</b> & away", category="park", kind="shared_space",
                                  location=(-1.3000001, 53.4500001))]
    project.bulk_add(assets, derive=False)
    server = MapServer(project=project)
    city = _view(server, (-1.62, 53.32, -1.28, 53.47), 12)
    assert city["total"] == 41
    assert sum(city["clusters"]["count"]) + len(city["singles"]["ids"]) == 41
    assert city["clusters"]["count"]  # the 40 in a row make clusters at this zoom
    far = _view(server, (-1.31, 53.44, -1.29, 53.46), 17)
    assert far["singles"] == {"ids": [assets[-1].uuid], "names": ["<b>Far</b> & away"], "kind": [
        far["singles"]["kind"][0]], "lon": [-1.3], "lat": [53.45]}  # exact (rounded to 10 cm), not the R-tree's
    assert len(server.handle("/data/view/12/" + "/".join(map(str, SHEFFIELD)) + ".json").body) < 2_000


def test_view_requests_are_checked_and_refused(project):
    project.bulk_add(_assets(5), derive=False)
    server = MapServer(project=project)
    for path in ("/data/view/12/-1.6/53.3/-1.3.json", "/data/view/12/-1.6/53.3/-1.3/NaN.json",
                 "/data/view/12/-1.3/53.3/-1.6/53.5.json",  # west east of east
                 "/data/view/12/-1.6/53.5/-1.3/53.3.json",  # south north of north
                 "/data/view/12/-200/53.3/-1.3/53.5.json", "/data/view/12/-1.6/53.3/-1.3/95.json",
                 "/data/view/123/-1.6/53.3/-1.3/53.5.json", "/data/view/x/-1.6/53.3/-1.3/53.5.json",
                 "/data/view/16/-180/-85/180/85.json",  # more cells than any screen
                 "/data/view/12/-1.6/53.3/-1.3/53.5.json/../../details/x.json", "/data/view/12/1e3/0/2/1.json"):
        assert server.handle(path).status in (400, 404), path
    assert MapServer().handle("/data/view/12/-1.6/53.3/-1.3/53.5.json").status == 404  # no project yet
    assert len(_view(server, (-1.501, 53.379, -1.4985, 53.381), 25)["singles"]["ids"]) == 2  # past the last zoom


def test_edits_reach_the_index_and_changes_from_elsewhere_rebuild_it(project, tmp_path):
    assets = _assets(5)
    project.bulk_add(assets, derive=False)
    server = MapServer(project=project)
    box = (-1.6, 53.3, -1.3, 53.5)
    assert _view(server, box, 12)["total"] == 5
    project.update("assets", assets[0].uuid, {"geom": (-1.31, 53.46)})
    assert server.asset_changed(assets[0].uuid)["lon"] == -1.31
    assert _view(server, (-1.32, 53.455, -1.30, 53.465), 17)["singles"]["ids"] == [assets[0].uuid]
    project.delete("assets", assets[0].uuid)  # its row (and fid) gone: the index still finds it
    server.asset_changed(assets[0].uuid)
    assert _view(server, box, 12)["total"] == 4
    project.delete("assets", assets[1].uuid)  # never drawn alone, never refreshed: found by elimination
    server.asset_removed(assets[1].uuid)
    assert _view(server, box, 12)["total"] == 3
    # another connection's commit (another window, an import): the next view reads the file again
    from mapper.store.project import Project

    with Project.open(project.path) as other:
        other.bulk_add(_assets(3, x0=-1.4), derive=False)
    assert _view(server, box, 12)["total"] == 6


def test_an_index_prepared_while_the_page_loads_takes_the_edits_made_meanwhile(project, monkeypatch):
    import threading

    assets = _assets(5)
    project.bulk_add(assets, derive=False)
    gate, real = threading.Event(), ClusterIndex.from_project.__func__
    monkeypatch.setattr(ClusterIndex, "from_project", classmethod(lambda cls, conn: gate.wait(10) and real(cls, conn)))
    server = MapServer(project=project)
    server.reset(prepare=True)  # building on its own thread and connection, held at the gate
    project.update("assets", assets[0].uuid, {"geom": (-1.31, 53.46)})  # the window edits meanwhile
    assert server.asset_changed(assets[0].uuid)["lon"] == -1.31
    gate.set()  # the thread reads the file as it was when it opened its connection, or after: either way
    assert _view(server, (-1.32, 53.455, -1.30, 53.465), 17)["singles"]["ids"] == [assets[0].uuid]
    assert _view(server, (-1.6, 53.3, -1.3, 53.5), 12)["total"] == 5
