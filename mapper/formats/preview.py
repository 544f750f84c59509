"""Looking at a file before importing it: its sheets or layers, headers, first rows, the automatic
column mapping (source header -> our field) and what will happen to the rows (placed by postcode,
swapped latitude/longitude, coordinate systems...). The window shows this in File -> Import and lets
the user change the mapping, which ``api.import_files(mappings=...)`` then uses.

A file the import would refuse is refused here with the same one-line error.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapper.domain.errors import Errors, ImportFormatError
from mapper.domain.geo import in_great_britain, looks_swapped
from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg, translate
from mapper.formats import api, csvio, geojson, gpkg, gpkg_export, xlsx
from mapper.formats.common import (
    ColumnMapping,
    header_text,
    match_headers,
    to_number,
)
from mapper.formats.row_convert import is_bng
from mapper.store.connection import quoted

# Our fields, in the order the window lists them, with the words it shows (translated there: field_label)
FIELD_LABELS: dict[str, str] = {
    "uuid": QT_TRANSLATE_NOOP("Fields", "Record id (uuid)"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "group_type": QT_TRANSLATE_NOOP("Fields", "Group type"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "latitude": QT_TRANSLATE_NOOP("Fields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Fields", "Longitude"),
    "easting": QT_TRANSLATE_NOOP("Fields", "Easting"),
    "northing": QT_TRANSLATE_NOOP("Fields", "Northing"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "postcode": QT_TRANSLATE_NOOP("Fields", "Postcode"),
    "neighbourhood": QT_TRANSLATE_NOOP("Fields", "Neighbourhood"),
    "neighbourhoods": QT_TRANSLATE_NOOP("Fields", "Neighbourhoods served"),
    "opening_times": QT_TRANSLATE_NOOP("Fields", "Opening times"),
    "contact_phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "contact_email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "charity_number": QT_TRANSLATE_NOOP("Fields", "Charity number"),
    "accessibility": QT_TRANSLATE_NOOP("Fields", "Accessibility"),
    "cost": QT_TRANSLATE_NOOP("Fields", "Cost"),
    "audience": QT_TRANSLATE_NOOP("Fields", "Audience"),
    "principles": QT_TRANSLATE_NOOP("Fields", "Principles"),
    "run_by": QT_TRANSLATE_NOOP("Fields", "Run by (group)"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "may_publish": QT_TRANSLATE_NOOP("Fields", "May publish (yes/no)"),
    "last_checked": QT_TRANSLATE_NOOP("Fields", "Last checked"),
    "recorded_by": QT_TRANSLATE_NOOP("Fields", "Recorded by"),
    "base": QT_TRANSLATE_NOOP("Fields", "Base (the record as exported)"),
    "code": QT_TRANSLATE_NOOP("Fields", "Boundary code"),
    "population": QT_TRANSLATE_NOOP("Fields", "Population"),
    "ward": QT_TRANSLATE_NOOP("Fields", "Ward"),
}


def field_label(key: str) -> str:
    """The words for one of our fields, in the chosen language."""
    return translate("Fields", FIELD_LABELS.get(key, key))


COORDS = {"latitude", "longitude", "easting", "northing"}
SAMPLE_POINTS = 200


@dataclass
class Source:
    """One sheet, the CSV, one GeoPackage layer, or a GeoJSON file's features."""

    name: str
    headers: list[str]
    rows: list[list[Any]]  # the first rows, one value per header
    count: int | None  # rows or features (None: not counted, e.g. a CSV read only in part)
    mapping: ColumnMapping  # automatic: every header -> our field, or None (not imported)
    boundary_mapping: ColumnMapping | None = None  # automatic, when imported as neighbourhood boundaries
    geometry: str | None = None  # layers: POINT, POLYGON, ...
    crs: str | None = None  # layers: "EPSG:27700 (OSGB36 / British National Grid)"
    points: list[tuple[float, float]] = field(default_factory=list)  # sample (lon, lat) in EPSG:4326

    @property
    def unmatched(self) -> list[str]:
        """Source columns the automatic mapping leaves out."""
        return [h for h, k in self.mapping.items() if k is None]


@dataclass
class Preview:
    path: Path
    kind: str  # table (xlsx/csv) | layers (foreign GeoPackage) | geojson | project (our own file) | needs
    sources: list[Source]
    notes: list[str] = field(default_factory=list)  # about the file itself (layers skipped, CRS...)
    polygons: bool = False  # could be imported as neighbourhood boundaries

    @property
    def mappable(self) -> bool:
        return self.kind in ("table", "layers", "geojson")

    @property
    def headers(self) -> list[str]:
        """Every source column once, in file order (a mapping is per file, by header text)."""
        seen: dict[str, None] = {}
        for s in self.sources:
            seen.update(dict.fromkeys(s.headers))
        return list(seen)

    def mapping(self, *, as_neighbourhoods: bool = False) -> ColumnMapping:
        """The automatic mapping for the whole file (the first sheet/layer naming a header decides)."""
        out: ColumnMapping = {}
        for s in self.sources:
            m = s.boundary_mapping if (as_neighbourhoods and s.boundary_mapping is not None) else s.mapping
            for h, k in m.items():
                out.setdefault(h, k)
        return out

    @property
    def unmatched(self) -> list[str]:
        return [h for h, k in self.mapping().items() if k is None]

    @property
    def warnings(self) -> list[str]:
        return self.check(self.mapping())

    def check(self, mapping: ColumnMapping | None, *, as_neighbourhoods: bool = False) -> list[str]:
        """What will happen with this mapping (the user's choices; headers it does not name are matched
        automatically): the file's notes, then each sheet's or layer's."""
        out = list(self.notes)
        if not self.mappable:
            return out
        many = len(self.sources) > 1
        for s in self.sources:
            where = f"{'sheet' if self.kind == 'table' else 'layer'} {s.name}: " if many else ""
            if self.kind == "table":
                found = _table_warnings(s, mapping)
                out.extend(where + w for w in found)
                if found and found[0].startswith("will not be imported"):
                    continue
            else:
                out.extend(where + w for w in _geometry_warnings(s, as_neighbourhoods=as_neighbourhoods))
            if self.kind == "layers":
                keys = gpkg.layer_mapping(s.headers, as_neighbourhoods=as_neighbourhoods, user=mapping)
            elif self.kind == "geojson":
                keys = api.geojson_mapping(s.headers, as_neighbourhoods=as_neighbourhoods, user=mapping)
            else:
                keys = match_headers(s.headers, mapping)
            left = [h for i, h in enumerate(s.headers) if i not in keys]
            if left:
                out.append(f"{where}not imported: {', '.join(repr(h) for h in left[:12])}"
                           + (f" and {len(left) - 12} more" if len(left) > 12 else ""))
        return out


def preview_file(path: Path, *, rows: int = 20) -> Preview:
    """What ``api.import_files`` would make of this file, from its first ``rows`` rows."""
    path = Path(path)
    suffix = api.check_importable(path)
    if suffix in (".csv", ".xlsx") and api.is_needs_file(path):
        return Preview(path, "needs", [], ["a care-needs file: imported with the project's passphrase by the care "
                                           "needs importer; its columns are matched automatically"])
    if suffix == ".csv":
        return _preview_csv(path, rows)
    if suffix == ".xlsx":
        return _preview_xlsx(path, rows)
    if suffix == ".gpkg":
        return _preview_gpkg(path, rows)
    return _preview_geojson(path, rows)


# ---- spreadsheets ------------------------------------------------------------------------------------
def _auto(headers: list[str], found: dict[int, str]) -> ColumnMapping:
    out: ColumnMapping = {}
    for i, h in enumerate(headers):
        out.setdefault(h, found.get(i))
    return out


def _table_source(name: str, rows_iter, n: int, count: int | None) -> Source | None:
    """The header row (first non-blank row) and the next ``n`` non-blank rows; None for an empty sheet."""
    first = next(rows_iter, None)
    while first is not None and not any(v not in (None, "") for v in first[1]):
        first = next(rows_iter, None)
    if first is None:
        return None
    headers = [header_text(h) for h in first[1]]
    while headers and headers[-1] == "":
        headers.pop()  # trailing empty columns of a spreadsheet
    body: list[list[Any]] = []
    for _number, cells, *_rest in rows_iter:
        if len(body) >= n:
            break
        if any(c not in (None, "") for c in cells):
            body.append([cells[i] if i < len(cells) else None for i in range(len(headers))])
    if count is not None:
        count = max(count - first[0], 0)
    return Source(name, headers, body, count, _auto(headers, match_headers(headers)))


def _preview_csv(path: Path, n: int) -> Preview:
    _size, rows = csvio.read_csv(path)
    try:
        source = _table_source(path.stem, ((num, cells) for num, cells, _pos in rows), n, None)
    finally:
        rows.close()
    if source is None:
        raise ImportFormatError(arg(Errors.tr("nothing to import: %1"), Errors.tr("empty")), path=path)
    return Preview(path, "table", [source])


def _preview_xlsx(path: Path, n: int) -> Preview:
    sources, empty = [], []
    for title, count, rows in xlsx.read_sheets(path):
        source = _table_source(title, rows, n, count or None)
        if source is not None:
            sources.append(source)
        else:
            empty.append(f"sheet {title}: empty")
    if not sources:
        raise ImportFormatError(arg(Errors.tr("nothing to import: %1"), "; ".join(empty) or Errors.tr("no sheets")),
                                path=path)
    return Preview(path, "table", sources)


def _table_warnings(s: Source, mapping: ColumnMapping | None) -> list[str]:
    found = match_headers(s.headers, mapping)
    keys = set(found.values())
    table, reason = api.table_for(keys, s.name)
    if table is None:
        return [f"will not be imported ({reason})"]
    if table == "groups":
        return [translate("Preview", "rows will be imported as groups")] if "group" not in s.name.lower() else []
    out = []
    has_latlon = {"latitude", "longitude"} <= keys
    has_en = {"easting", "northing"} <= keys
    if not has_latlon and not has_en:
        if keys & COORDS:
            out.append(translate("Preview", "only one coordinate column (latitude/longitude or easting/northing) "
                                            "is mapped: rows with coordinates will be skipped"))
        elif "postcode" in keys:
            out.append(translate("Preview", "no coordinates: rows will be placed by postcode"))
        else:
            out.append(translate("Preview", "no coordinates or postcode: rows will be added without a place on the map"))
    if has_en and not has_latlon:
        out.append(translate("Preview", "Easting/Northing (British National Grid) will be converted to latitude/longitude"))
    if has_latlon:
        col = {k: i for i, k in found.items()}
        points = []
        for cells in s.rows:
            try:
                lat, lon = to_number(cells[col["latitude"]]), to_number(cells[col["longitude"]])
            except (ValueError, IndexError):
                continue
            if lat is not None and lon is not None:
                points.append((lon, lat))
        bng = [p for p in points if is_bng(*p)]
        if bng:
            out.append(translate("Preview", "the latitude/longitude columns hold British National Grid metres: they will be converted"))
        out.extend(_point_warnings([p for p in points if not is_bng(*p)], len(s.rows)))
    return out


def _point_warnings(points: list[tuple[float, float]], seen: int) -> list[str]:
    out = []
    swapped = sum(1 for lon, lat in points if looks_swapped(lon, lat))
    outside = sum(1 for lon, lat in points if not looks_swapped(lon, lat) and not in_great_britain(lon, lat))
    if swapped:
        out.append(f"latitude and longitude look swapped in {swapped} of the first {seen} rows: they will be "
                   "corrected")
    if outside:
        out.append(f"{outside} of the first {seen} rows are outside Great Britain: please check")
    return out


# ---- GeoPackage ----------------------------------------------------------------------------------------
def _crs_name(epsg: int) -> str:
    try:
        from pyproj import CRS

        return f"EPSG:{epsg} ({CRS.from_epsg(epsg).name})"
    except Exception:  # noqa: BLE001 - a name is only a nicety
        return f"EPSG:{epsg}"


def _preview_gpkg(path: Path, n: int) -> Preview:
    conn = gpkg.open_gpkg(path)
    try:
        try:
            if gpkg.is_own(conn):
                sources = [Source(t, [], [], conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0], {})
                           for t in gpkg_export.EXPORTED]
                if not sum(s.count or 0 for s in sources):
                    raise ImportFormatError(Errors.tr("has no records to import"), path=path)
                return Preview(path, "project", sources,
                               ["a Neighbourhood Mapper file: its records are imported field by field (the newer "
                                "edit wins); its columns need no mapping"])
            return _preview_layers(conn, path, n)
        except sqlite3.DatabaseError as exc:
            raise ImportFormatError(arg(Errors.tr("cannot be read safely (%1)"), exc), path=path) from None
    finally:
        conn.close()


def _preview_layers(conn, path: Path, n: int) -> Preview:
    usable, refused = gpkg.foreign_layers(conn, path)
    notes = list(refused)
    sources = []
    for layer, epsg in usable:
        attrs, _pk = gpkg.layer_attributes(conn, layer)
        count = conn.execute(f"SELECT count(*) FROM {quoted(layer.table)}").fetchone()[0]
        cols = ", ".join(quoted(c) for c in [layer.column, *attrs])
        got = conn.execute(f"SELECT {cols} FROM {quoted(layer.table)} LIMIT ?", (max(n, SAMPLE_POINTS),)).fetchall()
        geoms = gpkg.geometries([r[0] for r in got], epsg)
        body = [[("(binary)" if isinstance(v, (bytes, bytearray, memoryview)) else v) for v in r[1:]]
                for r in got[:n]]
        points = []
        kinds = set()
        for g in geoms:
            if isinstance(g, tuple):
                points.append(g)
                kinds.add("Point")
            elif g is not None and not isinstance(g, str):
                kinds.add(g.geom_type)
                p = g.representative_point() if g.is_valid else g.centroid
                if not p.is_empty:
                    points.append((p.x, p.y))
        gtype = (layer.geometry_type or "").upper()
        polygonal = gtype in gpkg.POLYGONAL or any("Polygon" in k for k in kinds)
        sources.append(Source(
            layer.table, attrs, body, count,
            _auto(attrs, gpkg.layer_mapping(attrs, as_neighbourhoods=False)),
            _auto(attrs, gpkg.layer_mapping(attrs, as_neighbourhoods=True)) if polygonal else None,
            geometry=gtype.lower() if gtype not in gpkg.ANY else ", ".join(sorted(kinds)).lower() or "geometry",
            crs=_crs_name(epsg), points=points))
        if epsg == 27700:
            notes.append(f"layer {layer.table} is in British National Grid (EPSG:27700): converted to latitude/"
                         "longitude with OSTN15")
        elif epsg != 4326:
            notes.append(f"layer {layer.table} is in {_crs_name(epsg)}: reprojected to latitude/longitude")
    if not sum(s.count or 0 for s in sources):
        raise ImportFormatError(Errors.tr("its layers are empty: nothing to import"), path=path)
    return Preview(path, "layers", sources, notes, polygons=any(s.boundary_mapping is not None for s in sources))


def _geometry_warnings(s: Source, *, as_neighbourhoods: bool) -> list[str]:
    out = []
    polygonal = s.boundary_mapping is not None
    if as_neighbourhoods and not polygonal:
        out.append(translate("Preview", "holds no polygons: its features will be skipped (only polygons are boundaries)"))
    elif polygonal and not as_neighbourhoods:
        out.append(translate("Preview", "holds polygons: each becomes an asset at a point inside it, unless they "
                                        "are neighbourhood boundaries"))
    out.extend(w.replace("rows", "features") for w in _point_warnings(s.points, len(s.points)))
    return out


# ---- GeoJSON --------------------------------------------------------------------------------------------
def _preview_geojson(path: Path, n: int) -> Preview:
    from mapper.formats.crs import UnknownCRS, to_wgs84, transformer

    feats, epsg = geojson.read_features(path)
    notes = []
    if epsg is not None:
        try:
            transformer(epsg)
        except UnknownCRS as exc:
            raise ImportFormatError(str(exc), path=path) from None
        notes.append(f"its coordinates are in {_crs_name(epsg)}: reprojected to latitude/longitude")
    headers: dict[str, None] = {}
    body_props = []
    points = []
    kinds = set()
    for i, (_number, feat) in enumerate(geojson.iter_features(feats)):
        props = feat.get("properties") if isinstance(feat.get("properties"), dict) else {}
        headers.update(dict.fromkeys(k for k in props if k != "record_type"))
        if i < n:
            body_props.append(props)
        if i < SAMPLE_POINTS:
            try:
                g = geojson.feature_geometry(feat)
                if g is not None and epsg:
                    g = to_wgs84(g, epsg)
            except Exception:  # noqa: BLE001 - the import skips the row with its reason
                g = None
            if g is not None and not g.is_empty:
                kinds.add(g.geom_type)
                p = g if g.geom_type == "Point" else (g.representative_point() if g.is_valid else g.centroid)
                if not p.is_empty:
                    points.append((p.x, p.y))
    names = list(headers)
    polygonal = any("Polygon" in k for k in kinds)
    source = Source(
        path.stem, names, [[p.get(h) for h in names] for p in body_props], len(feats),
        _auto(names, api.geojson_mapping(names, as_neighbourhoods=False)),
        _auto(names, api.geojson_mapping(names, as_neighbourhoods=True)) if polygonal else None,
        geometry=", ".join(sorted(kinds)).lower() or None, crs=_crs_name(epsg or 4326), points=points)
    return Preview(path, "geojson", [source], notes, polygons=polygonal)
