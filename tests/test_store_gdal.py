"""The project file is a real GeoPackage: GDAL reads it, and rows GDAL writes are read and indexed."""

from __future__ import annotations

import numpy as np
import pyogrio
import shapely
from pyogrio.raw import write

from mapper.domain.records import Asset
from mapper.store.project import Project
from tests.gdal_check import gdal_validate


def _layers(path):
    return {name: gtype for name, gtype in pyogrio.list_layers(path)}


def test_new_project_is_a_valid_geopackage(project):
    path = project.path
    project.close()
    layers = _layers(path)
    assert layers["assets"] == "Point"
    assert layers["neighbourhoods"] == "MultiPolygon"
    for table in ("groups", "care_needs", "attachments"):
        assert table in layers and layers[table] is None  # attribute tables
    info = pyogrio.read_info(path, layer="assets")
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == 0
    gdal_validate(path)
    assert "uuid" in list(info["fields"])


def test_demo_passes_gdal_with_the_right_counts(demo):
    counts = {t: demo.count(t) for t in ("assets", "neighbourhoods", "groups", "care_needs", "wards")}
    path = demo.path
    demo.close()
    for layer, n in counts.items():
        info = pyogrio.read_info(path, layer=layer)
        assert info["features"] == n, layer
    assert counts["neighbourhoods"] == 147 and counts["wards"] == 28
    gdal_validate(path)
    assert pyogrio.read_info(path, layer="neighbourhoods")["crs"] == "EPSG:4326"
    bounds = pyogrio.read_info(path, layer="assets")["total_bounds"]
    assert -1.9 < bounds[0] < bounds[2] < -1.2 and 53.2 < bounds[1] < bounds[3] < 53.6  # Sheffield
    # GDAL's spatial filter uses the R-tree: a box around Broomhill finds Broomhill Library.
    _, _, geom, fields = pyogrio.raw.read(path, layer="assets", bbox=(-1.51, 53.37, -1.49, 53.39),
                                          columns=["name"])
    assert "Broomhill Library" in list(fields[0])


def test_a_row_written_by_gdal_is_read_indexed_and_versioned(project):
    project.add(Asset(name="Ours", category="cafe", kind="shared_space", location=(-1.47, 53.38)))
    path = project.path
    project.close()
    geom = np.array([shapely.to_wkb(shapely.Point(-1.5, 53.4))], dtype=object)
    write(path, geometry=geom, driver="GPKG", layer="assets", append=True, crs="EPSG:4326",
          geometry_type="Point", fields=["uuid", "name", "kind", "category"],
          field_data=[np.array([None], dtype=object), np.array(["Written by GDAL"], dtype=object),
                      np.array(["shared_space"], dtype=object), np.array(["library"], dtype=object)])
    with Project.open(path) as p:
        found = [a for a in p.records("assets") if a.name == "Written by GDAL"]
        assert len(found) == 1 and found[0].location == (-1.5, 53.4)
        assert len(found[0].uuid) == 36  # filled by the uuid trigger
        assert p.assets_in_box(-1.51, 53.39, -1.49, 53.41) == [found[0].uuid]  # R-tree
        fids = [r[0] for r in p.conn.execute("SELECT rowid FROM assets_fts WHERE assets_fts MATCH 'gdal'")]
        assert len(fids) == 1  # full-text index caught up on open
        assert p.versions("assets", found[0].uuid)  # adopted into change tracking
    gdal_validate(path)


def test_the_validator_catches_a_broken_file(project):
    import pytest

    path = project.path
    project.conn.execute("UPDATE gpkg_geometry_columns SET srs_id = 4258 WHERE table_name = 'assets'")
    project.close()
    with pytest.raises(AssertionError, match="GDAL validation failed"):
        gdal_validate(path)


def test_rtree_follows_updates_and_deletes(project):
    a = project.add(Asset(name="Mover", category="cafe", kind="shared_space", location=(-1.47, 53.38)))
    project.update("assets", a.uuid, {"geom": (-1.40, 53.30)})
    assert project.assets_in_box(-1.48, 53.37, -1.46, 53.39) == []
    assert project.assets_in_box(-1.41, 53.29, -1.39, 53.31) == [a.uuid]
    project.delete("assets", a.uuid)
    assert project.conn.execute("SELECT count(*) FROM rtree_assets_geom").fetchone()[0] == 0
