"""South Yorkshire's districts and wards, for the district and ward profiles (``formats.profiles``).

The boundaries ship with the app (``resources/boundaries``, see its README for sources and licences) and are
read offline. A source's own wards (a project's wards reference layer) take precedence over the shipped
ones: a shipped ward is used only where no ward of the source lies. ``AdminAreas.locate`` puts points in a
district and a ward (prepared polygons, vectorised; 100k random points over South Yorkshire took about
0.7 s on the shared 2-core build machine: not a benchmark). Only assets without a neighbourhood need it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely
import shapely.errors

from mapper.domain.resources import RESOURCES

BOUNDARIES = RESOURCES / "boundaries"
DISTRICTS_FILE = BOUNDARIES / "south_yorkshire_districts.geojson"
WARDS_FILE = BOUNDARIES / "south_yorkshire_wards.geojson"


@dataclass(frozen=True)
class Place:
    code: str  # "" when the source's ward has no code
    name: str
    geometry: object  # shapely polygon(s), EPSG:4326
    district: str | None = None  # a ward's district code


@lru_cache(maxsize=1)
def _shipped() -> tuple[tuple[Place, ...], tuple[Place, ...]]:
    def read(path):
        return json.loads(path.read_text(encoding="utf-8"))["features"]

    districts = tuple(Place(f["properties"]["code"], f["properties"]["name"], _geometry(f["geometry"]))
                      for f in read(DISTRICTS_FILE))
    wards = tuple(Place(f["properties"]["code"], f["properties"]["name"], _geometry(f["geometry"]),
                        f["properties"]["district"]) for f in read(WARDS_FILE))
    return districts, wards


def _geometry(value):
    if value is None:
        return None
    try:
        geom = _from_geojson(value) if isinstance(value, dict) else value
    except (ValueError, TypeError, AttributeError, IndexError, shapely.errors.GEOSException):
        return None
    return geom if geom.geom_type in ("Polygon", "MultiPolygon") and not geom.is_empty else None


def _from_geojson(value: dict):
    """A GeoJSON (Multi)Polygon as shapely, ring by ring as arrays (shape() walks every point in Python)."""
    def polygon(rings):
        return shapely.Polygon(np.asarray(rings[0], dtype=float)[:, :2],
                               [np.asarray(r, dtype=float)[:, :2] for r in rings[1:]])

    if value.get("type") == "Polygon":
        return polygon(value["coordinates"])
    if value.get("type") == "MultiPolygon":
        return shapely.MultiPolygon([polygon(p) for p in value["coordinates"]])
    return None


class _Index:
    def __init__(self, places: list[Place]):
        self.places = places
        for p in places:
            shapely.prepare(p.geometry)

    def of(self, points: list) -> list[Place | None]:
        """The place holding each point (None for none, or for a point that is None); vectorised per place
        over prepared polygons, each tested only against the points inside its bounds."""
        out: list[Place | None] = [None] * len(points)
        todo = np.array([i for i, p in enumerate(points) if p is not None], dtype=np.int64)
        if not len(todo):
            return out
        xy = np.array([points[i] for i in todo], dtype=float)
        left = np.ones(len(todo), dtype=bool)
        for place in self.places:  # the first place listed wins a shared edge
            x0, y0, x1, y1 = place.geometry.bounds
            cand = left & (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1)
            if not cand.any():
                continue
            idx = np.flatnonzero(cand)
            inside = shapely.intersects_xy(place.geometry, xy[idx, 0], xy[idx, 1])
            for i in idx[inside].tolist():
                out[int(todo[i])] = place
            left[idx[inside]] = False
        return out


class AdminAreas:
    """The districts and the wards (the source's, then the shipped ones where the source has none)."""

    def __init__(self, source_wards=()):
        districts, shipped = _shipped()
        self.districts = list(districts)
        self._districts = _Index(self.districts)
        own = [(w, g) for w in source_wards if (g := _geometry(w.get("geometry"))) is not None]
        homes = self._districts.of([_point(g) for _, g in own])
        own_places = [Place(w.get("code") or "", w.get("name") or "", g, home.code if home else None)
                      for (w, g), home in zip(own, homes)]
        covered = _Index(own_places)
        rest = [w for w, c in zip(shipped, covered.of([_point(w.geometry) for w in shipped])) if c is None]
        self.wards = own_places + rest
        self._wards = _Index(self.wards)
        self.district_by_code = {d.code: d for d in self.districts}

    def locate(self, points: list) -> list[tuple[Place | None, Place | None]]:
        """(district, ward) of each (lon, lat) point, or None entries when outside them (or not placed)."""
        wards = self._wards.of(points)
        districts = self._districts.of(points)
        return [(self.district_by_code.get(w.district, d) if w is not None and w.district else d, w)
                for d, w in zip(districts, wards)]

    def locate_areas(self, geometries: list) -> list[tuple[Place | None, Place | None]]:
        """(district, ward) of each polygon (a neighbourhood's outline, GeoJSON or shapely), by a point surely
        inside it; (None, None) for a missing outline."""
        return self.locate([_point(g) if (g := _geometry(x)) is not None else None for x in geometries])


def _point(geom) -> tuple[float, float]:
    p = geom.representative_point()
    return (p.x, p.y)
