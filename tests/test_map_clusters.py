"""The map's server-side clustering (mapview/clusters.py): every asset counted once in every view, singles
where they are, edits seen at once."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.domain.records import Asset
from mapper.mapview.clusters import MAX_ZOOM, MIN_POINTS, ClusterIndex

SHEFFIELD = (-1.62, 53.32, -1.33, 53.47)


def _index(n: int, seed: int = 1) -> tuple[ClusterIndex, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    lon = rng.uniform(SHEFFIELD[0], SHEFFIELD[2], n)
    lat = rng.uniform(SHEFFIELD[1], SHEFFIELD[3], n)
    return ClusterIndex(np.arange(1, n + 1), lon, lat), lon, lat


def test_every_asset_in_view_is_drawn_once_at_every_zoom():
    ix, lon, lat = _index(20_000)
    for zoom in range(0, MAX_ZOOM + 1):
        v = ix.view(*SHEFFIELD, zoom)
        assert v.drawn == 20_000, zoom
        assert len(set(v.single_fid)) == len(v.single_fid)
        assert all(c >= MIN_POINTS for c in v.cluster_count)
    assert len(ix.view(*SHEFFIELD, 10).cluster_count) < 200  # a city-wide view is a few clusters
    assert len(ix.view(*SHEFFIELD, MAX_ZOOM).single_fid) == 20_000


@settings(max_examples=200, deadline=None)
@given(st.floats(-1.62, -1.34), st.floats(53.32, 53.46), st.floats(0.001, 0.2), st.integers(8, MAX_ZOOM))
def test_a_view_counts_exactly_the_assets_inside_it_or_next_to_it(west, south, size, zoom):
    ix, lon, lat = _index(3_000, seed=2)
    east, north = west + size, south + size / 2
    v = ix.view(west, south, east, north, zoom)
    inside = ((lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)).sum()
    # a view answers whole cells (with a cell of margin), so it counts at least what lies inside it
    assert v.drawn >= inside
    singles_inside = set(v.single_fid)
    for f, x, y in zip(v.single_fid, v.single_lon, v.single_lat):
        assert abs(x - lon[f - 1]) < 1e-6 and abs(y - lat[f - 1]) < 1e-6
    assert len(singles_inside) == len(v.single_fid)


def test_edits_move_add_and_remove_one_asset():
    ix, lon, lat = _index(1_000)
    far = (-1.20, 53.60, -1.19, 53.61)
    assert ix.view(*far, MAX_ZOOM).drawn == 0
    ix.upsert(7, -1.195, 53.605)            # moved out there
    ix.upsert(5_000, -1.196, 53.606)        # a new asset
    v = ix.view(*far, MAX_ZOOM)
    assert sorted(v.single_fid) == [7, 5_000]
    assert ix.view(*SHEFFIELD, 12).drawn == 999  # 7 moved away
    ix.remove(7)
    ix.upsert(5_000, None, None)            # no longer located
    assert ix.view(*far, MAX_ZOOM).drawn == 0 and len(ix) == 999


def test_built_from_a_project_file_with_points_from_other_tools(project):
    project.bulk_add([Asset(name=f"A{i}", category="park", kind="shared_space",
                            location=(-1.5 + i * 0.001, 53.38)) for i in range(50)]
                     + [Asset(name="Online only", category="park", kind="shared_space")], derive=False)
    # a point another tool wrote with a big-endian WKB body (a valid GeoPackage point we do not write)
    import struct

    blob = b"GP\x00\x01" + struct.pack("<i", 4326) + b"\x00" + struct.pack(">Idd", 1, -1.4, 53.4)
    blob = blob[:8] + b"\x00" + struct.pack(">Idd", 1, -1.4, 53.4)
    with project.transaction() as conn:
        conn.execute("UPDATE assets SET geom = ? WHERE name = 'A0'", (blob,))
    ix = ClusterIndex.from_project(project.conn)
    assert len(ix) == 50
    v = ix.view(-1.41, 53.39, -1.39, 53.41, MAX_ZOOM)
    assert len(v.single_fid) == 1 and abs(v.single_lon[0] + 1.4) < 1e-9
