"""Files made by other tools (tests/data/foreign, from GDAL, QGIS, LibreOffice...): each imports correctly
or is refused with its reason; coordinates are reprojected to WGS84 (British National Grid via OSTN15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.domain.errors import ImportFormatError
from mapper.domain.geo import distance_m
from mapper.formats.crs import bng_to_lonlat
from mapper.sync.package import import_files

DATA = Path(__file__).parent / "data" / "foreign"

# file -> (as_neighbourhoods, assets, neighbourhoods) expected, or the reason it is refused
EXPECTED = {
    "fiona_test_uk.gpkg": [(False, 48, 0), (True, 0, 48)],
    "geodiff_base.gpkg": [(False, 3, 0)],
    "ogc_states10.gpkg": [(True, 0, 51)],
    "qfieldcloud_bees.gpkg": [(False, 35 + 14, 0), (True, 0, 14)],
    "ogc_simple_sewer_features.gpkg": [(False, 69, 0)],
    "ogc_gdal_sample_v1.2_no_extensions.gpkg": [(True, 0, 1)],
    "ogc_gdal_sample_v1.2_spatial_index_extension.gpkg": [(True, 0, 1)],
    "ogc_gdal_sample_v1.2_spi_nonlinear_webp_elevation.gpkg": [(True, 0, 1)],
}
REFUSED = {
    "mergin_trees_team_A.gpkg": "no defined coordinate system",
    "ogc_empty.gpkg": "no map layers",
    "odk_central_simple.xlsx": "nothing to import",
    "qfieldcloud_service_rating.xlsx": "nothing to import",
}


def test_every_foreign_file_is_covered():
    assert {p.name for p in DATA.iterdir()} == set(EXPECTED) | set(REFUSED)


@pytest.mark.parametrize("name,as_hoods,n_assets,n_hoods",
                         [(n, *case) for n, cases in EXPECTED.items() for case in cases])
def test_foreign_file_imports(project, name, as_hoods, n_assets, n_hoods):
    report = import_files(project, [DATA / name], as_neighbourhoods=as_hoods)[0]
    assert project.count("assets") == n_assets
    assert project.count("neighbourhoods") == n_hoods
    assert report.added == n_assets + n_hoods
    again = import_files(project, [DATA / name], as_neighbourhoods=as_hoods)[0]
    assert again.added == 0 and project.count("assets") == n_assets


@pytest.mark.parametrize("name,reason", sorted(REFUSED.items()))
def test_foreign_file_refused_with_reason(project, name, reason):
    with pytest.raises(ImportFormatError) as info:
        import_files(project, [DATA / name])
    text = str(info.value)
    assert name in text and reason in text and "\n" not in text
    assert project.count("assets") == 0


def test_layers_that_cannot_be_used_are_listed(project):
    report = import_files(project, [DATA / "ogc_simple_sewer_features.gpkg"])[0]
    reasons = " ".join(str(s) for s in report.skipped)
    assert "foul_sewer" in reasons and "multilinestring" in reasons
    assert "skipped" in report.summary()


def test_british_national_grid_is_reprojected_within_half_a_metre_of_ostn15(project):
    # OS's worked example (Caister water tower): ETRS89 52°39'28.8282"N 1°42'57.8663"E is, with OSTN15,
    # E 651409.804 N 313177.450.
    lat = 52 + 39 / 60 + 28.8282 / 3600
    lon = 1 + 42 / 60 + 57.8663 / 3600
    got_lon, got_lat = bng_to_lonlat(651409.804, 313177.450)
    assert distance_m(got_lon, got_lat, lon, lat) < 0.5
    # and a whole BNG layer lands in the right place: the manholes are in the UK, not off Africa
    import_files(project, [DATA / "ogc_simple_sewer_features.gpkg"])
    for a in project.records("assets"):
        assert 49.8 < a.location[1] < 61 and -8.7 < a.location[0] < 1.9


def test_bng_easting_northing_columns(project, tmp_path):
    f = tmp_path / "bng.csv"
    f.write_text("Name,Easting,Northing\nCaister,651409.804,313177.450\n", encoding="utf-8")
    import_files(project, [f])
    (a,) = list(project.records("assets"))
    assert distance_m(*a.location, 1 + 42 / 60 + 57.8663 / 3600, 52 + 39 / 60 + 28.8282 / 3600) < 0.5


def test_web_mercator_is_reprojected(project):
    import_files(project, [DATA / "qfieldcloud_bees.gpkg"])
    lons = [a.location[0] for a in project.records("assets")]
    lats = [a.location[1] for a in project.records("assets")]
    assert all(9 < x < 10 for x in lons) and all(46 < y < 47.5 for y in lats)  # Swiss apiaries, in degrees


def test_sample_geojson_and_postcodes(project, tmp_path):
    sample = Path(__file__).parents[1] / "sample_data" / "assets" / "sheffield_libraries.geojson"
    report = import_files(project, [sample])[0]
    assert report.added == project.count("assets") > 20
    f = tmp_path / "nocoords.csv"
    f.write_text("Organisation;Postcode\nCorner Café;s1 1aa\n", encoding="cp1252")
    import_files(project, [f])
    cafe = next(a for a in project.records("assets") if a.name == "Corner Café")  # cp1252 detected
    assert cafe.postcode == "S1 1AA" and cafe.location is not None
