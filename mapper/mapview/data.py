"""The map's data as compact JSON: assets in columns (fast to build and parse at 100k), boundaries as GeoJSON.

Nothing here is HTML: names and descriptions travel as JSON strings and the page shows them as text.
"""

from __future__ import annotations

import json
import struct
from typing import Any

from mapper.domain.taxonomy import taxonomy
from mapper.store.geometry import point_of

_XY = struct.Struct("<dd")
_POINT_BLOB_SIZE = 29  # our own little-endian points: 8 byte header + 21 byte WKB point

# Fields a popup shows (as text). Care needs are never on the map.
DETAIL_FIELDS = ("name", "category", "description", "address", "postcode", "opening_times", "cost",
                 "audience", "website", "status")


def point_xy(blob) -> tuple[float, float] | None:
    """(lon, lat) of a point geometry blob (our own little-endian points without a parser call)."""
    if blob is None:
        return None
    if len(blob) == _POINT_BLOB_SIZE and blob[3] == 0x01 and blob[8] == 1:
        return _XY.unpack_from(blob, 13)
    return point_of(bytes(blob))


def kinds() -> list[dict[str, str]]:
    tx = taxonomy()
    return [{"code": k, "label": tx.label("asset_kinds", k), "colour": tx.colour(k)} for k in tx.kinds]


def assets_payload(project, *, public: bool = False) -> dict[str, Any]:
    """Every located asset as parallel arrays: ids, names, kind index, lon, lat (rounded to ~10 cm)."""
    kind_codes = [k["code"] for k in kinds()]
    kind_index = {k: i for i, k in enumerate(kind_codes)}
    where = " WHERE may_publish = 1" if public else ""
    ids: list[str] = []
    names: list[str] = []
    kind: list[int] = []
    lon: list[float] = []
    lat: list[float] = []
    rows = project.conn.execute(f"SELECT uuid, name, kind, geom FROM assets{where}")
    for uuid, name, k, geom in rows:
        xy = point_xy(geom)
        if xy is None:
            continue
        ids.append(uuid)
        names.append(name or "")
        kind.append(kind_index.get(k, len(kind_codes)))
        lon.append(round(xy[0], 6))
        lat.append(round(xy[1], 6))
    return {"ids": ids, "names": names, "kind": kind, "lon": lon, "lat": lat, "kinds": kind_codes}


def asset_item(project, uuid: str) -> dict[str, Any] | None:
    """One asset as the page's update message; ``None`` when it is gone (deleted)."""
    row = project.conn.execute("SELECT name, kind, geom FROM assets WHERE uuid=?", (uuid,)).fetchone()
    if row is None:
        return None
    xy = point_xy(row[2])
    kind_codes = [k["code"] for k in kinds()]
    return {"id": uuid, "name": row[0] or "", "kind": kind_codes.index(row[1]) if row[1] in kind_codes else
            len(kind_codes), "lon": None if xy is None else round(xy[0], 6),
            "lat": None if xy is None else round(xy[1], 6)}


def asset_details(project, uuid: str, *, public: bool = False) -> dict[str, Any] | None:
    """What a popup shows, as plain strings (category and status as labels)."""
    cols = ", ".join(DETAIL_FIELDS)
    where = "uuid=?" + (" AND may_publish = 1" if public else "")
    row = project.conn.execute(f"SELECT {cols} FROM assets WHERE {where}", (uuid,)).fetchone()
    if row is None:
        return None
    out = {k: v for k, v in zip(DETAIL_FIELDS, row) if v not in (None, "")}
    tx = taxonomy()
    if "category" in out:
        out["category"] = tx.label("categories", out["category"])
    if "status" in out:
        out["status"] = tx.label("asset_statuses", out["status"])
    return out


def all_details(project, *, public: bool = True) -> dict[str, dict[str, Any]]:
    """Details of every located asset (the self-contained export carries them inline)."""
    where = " AND may_publish = 1" if public else ""
    uuids = [r[0] for r in project.conn.execute(f"SELECT uuid FROM assets WHERE geom IS NOT NULL{where}")]
    return {u: d for u in uuids if (d := asset_details(project, u, public=public)) is not None}


def display_geometry(geometry: dict | None, tolerance: float = 0.0, digits: int = 6) -> dict | None:
    """A boundary for drawing: rounded to ~10 cm, simplified by ``tolerance`` degrees when given (a
    smaller, faster layer; the file keeps the exact shape)."""
    if geometry is None:
        return None
    if not tolerance:
        return _rounded(geometry, digits)
    import shapely
    from shapely.geometry import mapping, shape

    geom = shapely.simplify(shape(geometry), tolerance, preserve_topology=True)
    if geom.is_empty:
        return None
    return _rounded(mapping(geom), digits)


def _rounded(value, digits: int):
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, (list, tuple)):
        return [_rounded(v, digits) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v, digits) for k, v in value.items()}
    return value


def neighbourhoods_geojson(project) -> dict[str, Any]:
    features = []
    for n in project.records("neighbourhoods"):
        geometry = display_geometry(n.geometry)
        if geometry is None:
            continue
        features.append({"type": "Feature", "id": n.uuid, "geometry": geometry,
                         "properties": {"id": n.uuid, "name": n.name or "", "ward": n.ward or ""}})
    return {"type": "FeatureCollection", "features": features}


def wards_geojson(project) -> dict[str, Any]:
    features = []
    for code, name, geometry in project.wards():
        geometry = display_geometry(geometry, tolerance=0.00005)  # ~4 m: a reference layer
        if geometry is not None:
            features.append({"type": "Feature", "geometry": geometry, "properties": {"code": code or "",
                                                                                     "name": name or ""}})
    return {"type": "FeatureCollection", "features": features}


def bounds(project) -> list[list[float]] | None:
    """[[south, west], [north, east]] of the neighbourhoods, else of the assets; None for an empty project."""
    for table in ("neighbourhoods", "assets"):
        row = project.conn.execute(
            f"SELECT min(r.minx), min(r.miny), max(r.maxx), max(r.maxy) FROM rtree_{table}_geom r").fetchone()
        if row and row[0] is not None:
            return [[row[1], row[0]], [row[3], row[2]]]
    return None


def to_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def script_json(value: Any) -> str:
    """JSON safe to put inside a <script type="application/json"> element: no '<', '>' or '&' survive raw,
    so a name like ``</script>`` cannot end the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
