"""GeoPackage geometry blobs (GPKG header + WKB) and the ST_* SQL functions GDAL's triggers call.

Points are packed by hand (fast for 100k rows); other geometries go through shapely.
"""

from __future__ import annotations

import sqlite3
import struct

import shapely
from shapely.geometry import mapping, shape

WGS84 = 4326
_POINT = struct.Struct("<2sBBiBIdd")  # header (magic, version, flags, srs) + wkb point
_HEADER = struct.Struct("<2sBBi")
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def point_blob(lon: float, lat: float, srs_id: int = WGS84) -> bytes:
    # flags 0x01: little endian, no envelope (allowed for points)
    return _POINT.pack(b"GP", 0, 0x01, srs_id, 1, 1, float(lon), float(lat))


def geometry_blob(geom, srs_id: int = WGS84) -> bytes:
    """A shapely geometry (or GeoJSON mapping) to a GeoPackage blob with an [minx,maxx,miny,maxy] envelope."""
    if isinstance(geom, dict):
        geom = shape(geom)
    if geom.is_empty:
        return _HEADER.pack(b"GP", 0, 0x01 | 0x10, srs_id) + shapely.to_wkb(geom, byte_order=1)
    minx, miny, maxx, maxy = geom.bounds
    header = _HEADER.pack(b"GP", 0, 0x01 | (1 << 1), srs_id) + struct.pack("<4d", minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, byte_order=1, output_dimension=2)


def _parse(blob: bytes):
    """(flags, srs_id, envelope tuple or None, wkb offset)."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    little = flags & 1
    srs_id = struct.unpack("<i" if little else ">i", blob[4:8])[0]
    env_kind = (flags >> 1) & 0x07
    size = _ENVELOPE_SIZES.get(env_kind)
    if size is None:
        raise ValueError("bad GeoPackage envelope")
    if len(blob) < 8 + size:  # lengths first: never read past the end
        raise ValueError("truncated GeoPackage geometry")
    env = struct.unpack(("<" if little else ">") + "4d", blob[8:40]) if size else None
    return flags, srs_id, env, 8 + size


_MIN_WKB = 5  # byte order + geometry type


def is_plain_point(blob: bytes) -> bool:
    """Our own little-endian 2D point blob (29 bytes, no envelope): readable by construction."""
    return len(blob) == _POINT.size and blob[:2] == b"GP" and blob[3] == 0x01 and blob[8] == 1 \
        and blob[9:13] == b"\x01\x00\x00\x00"


def check_blob(blob: bytes) -> None:
    """Raise ValueError (with a short reason) unless ``blob`` is a readable GeoPackage geometry."""
    if is_plain_point(blob):
        return  # nothing more to check
    flags, _, _, offset = _parse(blob)
    if flags & 0x10:
        return  # empty geometry
    if len(blob) < offset + _MIN_WKB:
        raise ValueError("truncated GeoPackage geometry")
    try:
        shapely.from_wkb(bytes(blob[offset:]))
    except Exception as exc:  # noqa: BLE001 - shapely.errors.GEOSException and friends
        raise ValueError(str(exc).splitlines()[0][:80] or "bad WKB") from None


def is_empty(blob: bytes) -> bool:
    return bool(_parse(blob)[0] & 0x10)


def srs_of(blob: bytes) -> int:
    return _parse(blob)[1]


def to_shapely(blob: bytes):
    _, _, _, offset = _parse(blob)
    if len(blob) < offset + _MIN_WKB:
        raise ValueError("truncated GeoPackage geometry")
    return shapely.from_wkb(bytes(blob[offset:]))


def point_of(blob: bytes) -> tuple[float, float] | None:
    """(x, y) of a point blob, fast path for our own little-endian points."""
    if blob is None:
        return None
    if len(blob) == _POINT.size and blob[3] == 0x01 and blob[8] == 1:
        _, _, _, _, _, gtype, x, y = _POINT.unpack(blob)
        if gtype == 1:
            return (x, y)
    g = to_shapely(blob)
    if g.is_empty:
        return None
    p = g if g.geom_type == "Point" else g.representative_point()
    return (p.x, p.y)


def to_geojson(blob: bytes) -> dict | None:
    if blob is None:
        return None
    return mapping(to_shapely(blob))


def envelope(blob: bytes) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) or None when empty."""
    flags, _, env, _ = _parse(blob)
    if flags & 0x10:
        return None
    if env:
        return env
    p = point_of(blob) if len(blob) == _POINT.size else None
    if p:
        return (p[0], p[0], p[1], p[1])
    minx, miny, maxx, maxy = to_shapely(blob).bounds
    return (minx, maxx, miny, maxy)


def _safe(fn):
    def wrapped(blob):
        if blob is None:
            return None
        try:
            return fn(bytes(blob))
        except Exception:
            return None
    return wrapped


_last_env: list = [None, None]  # the R-tree triggers ask for MinX, MaxX, MinY, MaxY of the same blob in turn


def _cached_envelope(blob: bytes):
    if _last_env[0] != blob:
        _last_env[0], _last_env[1] = blob, envelope(blob)
    return _last_env[1]


def _st_is_empty(blob):
    return int(is_empty(blob) or envelope(blob) is None)


def _geometry_type(blob):
    return to_shapely(blob).geom_type.upper()


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions GeoPackage R-tree triggers (ours, GDAL's, QGIS's) call."""
    det = {"deterministic": True}
    conn.create_function("ST_IsEmpty", 1, _safe(_st_is_empty), **det)
    conn.create_function("ST_MinX", 1, _safe(lambda b: _cached_envelope(b)[0]), **det)
    conn.create_function("ST_MaxX", 1, _safe(lambda b: _cached_envelope(b)[1]), **det)
    conn.create_function("ST_MinY", 1, _safe(lambda b: _cached_envelope(b)[2]), **det)
    conn.create_function("ST_MaxY", 1, _safe(lambda b: _cached_envelope(b)[3]), **det)
    conn.create_function("ST_SRID", 1, _safe(srs_of), **det)
    conn.create_function("ST_GeometryType", 1, _safe(_geometry_type), **det)
    conn.create_function("GPKG_IsAssignable", 2, lambda expected, actual: int(
        str(expected).upper() in ("GEOMETRY", str(actual).upper())), **det)


_EWKB_POINT = struct.Struct("<BIIdd")


def to_ewkb_hex(blob: bytes | None, *, multi: bool = False) -> str | None:
    """A GeoPackage blob as hex EWKB with its SRID (what PostGIS reads in COPY); ``multi`` promotes a
    polygon to a multipolygon. Points take a fast path."""
    if blob is None:
        return None
    flags, srs_id, _env, offset = _parse(blob)
    if len(blob) == _POINT.size and flags == 0x01 and blob[8] == 1 and blob[9] == 1:
        x, y = struct.unpack_from("<dd", blob, 13)
        return _EWKB_POINT.pack(1, 0x20000001, srs_id, x, y).hex()
    geom = shapely.from_wkb(bytes(blob[offset:]))
    if multi and geom.geom_type == "Polygon":
        geom = shapely.MultiPolygon([geom])
    return shapely.to_wkb(shapely.set_srid(geom, srs_id), hex=True, include_srid=True, byte_order=1,
                          output_dimension=2)


def from_wkb(wkb: bytes | None, srs_id: int = WGS84) -> bytes | None:
    """WKB (as PostGIS ``ST_AsBinary`` gives it) as a GeoPackage blob."""
    if wkb is None:
        return None
    wkb = bytes(wkb)
    if len(wkb) == 21 and wkb[0] == 1 and wkb[1:5] == b"\x01\x00\x00\x00":
        x, y = struct.unpack_from("<dd", wkb, 5)
        if x == x and y == y:
            return point_blob(x, y, srs_id)
    return geometry_blob(shapely.from_wkb(wkb), srs_id)
