"""Small pure geometry helpers (WGS84)."""

from __future__ import annotations

import math

EARTH_RADIUS_M = 6_371_008.8

# A generous box around Great Britain (lon_min, lat_min, lon_max, lat_max).
GB_BOUNDS = (-8.7, 49.8, 1.9, 60.95)


def distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def in_great_britain(lon: float, lat: float) -> bool:
    x0, y0, x1, y1 = GB_BOUNDS
    return x0 <= lon <= x1 and y0 <= lat <= y1


def looks_swapped(lon: float, lat: float) -> bool:
    """True when (lon, lat) is outside GB but (lat, lon) is inside: the columns were swapped."""
    return not in_great_britain(lon, lat) and in_great_britain(lat, lon)


def degrees_box(lon: float, lat: float, radius_m: float) -> tuple[float, float, float, float]:
    """A lon/lat box that contains the circle of radius_m around the point."""
    dlat = radius_m / 111_320.0
    dlon = radius_m / (111_320.0 * max(0.01, math.cos(math.radians(lat))))
    return lon - dlon, lat - dlat, lon + dlon, lat + dlat
