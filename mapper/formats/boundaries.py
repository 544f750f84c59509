"""Reading polygon boundaries (neighbourhoods, wards) from GeoJSON or GeoPackage files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from shapely.geometry import MultiPolygon, mapping, shape

from mapper.domain.errors import Errors, ImportFormatError
from mapper.domain.i18n import arg
from mapper.domain.records import Neighbourhood, neighbourhood_uuid
from mapper.store.connection import connect
from mapper.store.geometry import to_shapely

NAME_KEYS = ("name", "neighbourhood", "ward_name", "wd13nm", "lad13nm", "msoa11nm", "lsoa11nm", "NAME", "Name")
CODE_KEYS = ("code", "ward_code", "wd13cd", "lad13cd", "msoa11cd", "lsoa11cd", "CODE", "Code")


def _multi(geom):
    if geom.geom_type == "Polygon":
        return MultiPolygon([geom])
    if geom.geom_type == "MultiPolygon":
        return geom
    return None


def read_polygons(path: Path) -> list[tuple[dict, object]]:
    """[(properties, shapely MultiPolygon)] in EPSG:4326 from a GeoJSON or GeoPackage file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ImportFormatError(arg(Errors.tr("is not readable GeoJSON (%1)"), exc), path=path) from None
        feats = data.get("features") if isinstance(data, dict) else None
        if not feats:
            raise ImportFormatError(Errors.tr("has no features"), path=path)
        out = []
        for f in feats:
            geom = _multi(shape(f["geometry"])) if f.get("geometry") else None
            if geom is None:
                continue
            if not geom.is_valid:
                geom = _multi(geom.buffer(0)) or geom
            out.append((f.get("properties") or {}, geom))
        if not out:
            raise ImportFormatError(Errors.tr("has no polygons"), path=path)
        return out
    if suffix == ".gpkg":
        conn = connect(path, readonly=True)
        try:
            row = conn.execute(
                "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g "
                "ON c.table_name=g.table_name WHERE upper(g.geometry_type_name) IN ('POLYGON','MULTIPOLYGON') "
                "LIMIT 1").fetchone()
            if row is None:
                raise ImportFormatError(Errors.tr("has no polygon layer"), path=path)
            table, col, srs = row
            if srs != 4326:
                raise ImportFormatError(arg(Errors.tr("boundaries must be in EPSG:4326 (this layer is %1); use 'mapper "
                                                   "import' to reproject"), srs), path=path)
            cur = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cur.description]
            out = []
            for r in cur:
                props = dict(zip(names, r))
                blob = props.pop(col)
                geom = _multi(to_shapely(blob)) if blob else None
                if geom is not None:
                    out.append((props, geom))
            return out
        finally:
            conn.close()
    raise ImportFormatError(Errors.tr("boundaries must be a .geojson or .gpkg file"), path=path)


def first_value(props: dict, keys) -> str | None:
    """The first of ``keys`` that ``props`` has a value for, as text."""
    for k in keys:
        if props.get(k) not in (None, ""):
            return str(props[k])
    return None


def neighbourhoods_from(path: Path, name_of: Callable[[dict], str | None] | None = None) -> list[Neighbourhood]:
    """``name_of(properties)``: the name to give (else the first of NAME_KEYS, else "Area N")."""
    out = []
    for i, (props, geom) in enumerate(read_polygons(path), 1):
        name = (name_of(props) if name_of else None) or first_value(props, NAME_KEYS) or f"Area {i}"
        given = first_value(props, CODE_KEYS)
        code = given or f"N{i:03d}"
        pop = props.get("population")
        out.append(Neighbourhood(code=code, name=name, geometry=mapping(geom), uuid=neighbourhood_uuid(given, name),
                                 population=int(pop) if isinstance(pop, (int, float)) else None))
    return out
