"""GeoPackage import: our own exports (recognised, to be merged) or any GeoPackage's point and polygon
layers in any EPSG coordinate system. The export is ``gpkg_export``."""

from __future__ import annotations

import operator
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from mapper.domain.errors import Errors, ImportFormatError, ProjectFileError
from mapper.domain.i18n import arg
from mapper.formats.common import (
    ColumnMapping,
    Progress,
    RowCounts,
    RowIssue,
    match_headers,
    norm_header,
    safe_attachment_name,
)
from mapper.formats.crs import UnknownCRS, epsg_from_definition, points_to_wgs84, to_wgs84
from mapper.formats.importer import RowWriter
from mapper.formats.row_convert import Row
from mapper.store.connection import connect, quoted
from mapper.store.geometry import point_of, to_shapely
from mapper.store.queries import plain_caption


# ---- import --------------------------------------------------------------------------------------------
@dataclass
class Layer:
    table: str
    column: str
    geometry_type: str
    srs_id: int | None


def open_gpkg(path: Path) -> sqlite3.Connection:
    try:
        return connect(path, readonly=True)
    except ProjectFileError as exc:
        raise ImportFormatError(exc.message, path=path) from None


def is_own(conn: sqlite3.Connection) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return {"nm_versions", "nm_settings", "assets", "groups", "neighbourhoods"} <= names


def is_own_export(path: Path) -> bool:
    """A Neighbourhood Mapper project or export (it carries per-field versions)."""
    conn = open_gpkg(path)
    try:
        return is_own(conn)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def import_gpkg(project, path: Path, counts: RowCounts, *, as_neighbourhoods: bool,
                progress: Progress, mapping: ColumnMapping | None = None) -> dict[str, int]:
    conn = open_gpkg(path)
    try:
        try:
            if is_own(conn):
                raise ImportFormatError(Errors.tr("is a Neighbourhood Mapper export: merge it (File → Merge, or "
                                                   "'mapper import' which merges it)"), path=path)
            return _import_foreign(project, conn, path, counts, as_neighbourhoods=as_neighbourhoods,
                                   progress=progress, mapping=mapping)
        except sqlite3.DatabaseError as exc:
            raise ImportFormatError(arg(Errors.tr("cannot be read safely (%1)"), exc), path=path) from None
    finally:
        conn.close()


def _layers(conn: sqlite3.Connection, path: Path) -> list[Layer]:
    try:
        rows = conn.execute(
            "SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id FROM gpkg_contents c "
            "JOIN gpkg_geometry_columns g ON c.table_name = g.table_name "
            "WHERE lower(c.data_type) = 'features' ORDER BY c.table_name").fetchall()
    except sqlite3.OperationalError:
        raise ImportFormatError(Errors.tr("is not a GeoPackage (no gpkg_contents table)"), path=path) from None
    return [Layer(*r) for r in rows]


def _epsg(conn: sqlite3.Connection, srs_id: int | None) -> int | None:
    if srs_id is None or srs_id in (0, -1):
        return None
    row = conn.execute("SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys "
                       "WHERE srs_id=?", (srs_id,)).fetchone()
    if row is None:
        return None
    return epsg_from_definition(*row)


POINTY = ("POINT", "MULTIPOINT")
POLYGONAL = ("POLYGON", "MULTIPOLYGON", "CURVEPOLYGON", "MULTISURFACE", "SURFACE")
ANY = ("GEOMETRY", "GEOMETRYCOLLECTION")


def foreign_layers(conn, path: Path) -> tuple[list[tuple[Layer, int]], list[str]]:
    """([(layer, EPSG code)] that can be imported, [why each other layer cannot]); refuses a file with none."""
    layers = _layers(conn, path)
    if not layers:
        raise ImportFormatError(Errors.tr("has no map layers (no point or polygon features) to import"), path=path)
    usable: list[tuple[Layer, int]] = []
    refused: list[str] = []
    for layer in layers:
        gtype = (layer.geometry_type or "").upper()
        if gtype not in POINTY + POLYGONAL + ANY:
            refused.append(f"layer {layer.table}: {gtype.lower()} features are not imported (only points and "
                           "polygons)")
            continue
        epsg = _epsg(conn, layer.srs_id)
        if epsg is None:
            refused.append(f"layer {layer.table} has no defined coordinate system (srs_id {layer.srs_id}); set "
                           "its CRS in QGIS and save it again")
            continue
        try:
            from mapper.formats.crs import transformer

            transformer(epsg)
        except UnknownCRS as exc:
            refused.append(f"layer {layer.table}: {exc}")
            continue
        usable.append((layer, epsg))
    if not usable:
        raise ImportFormatError(arg(Errors.tr("nothing to import: %1"), "; ".join(refused)), path=path)
    return usable, refused


def _import_foreign(project, conn, path: Path, counts: RowCounts, *, as_neighbourhoods: bool,
                    progress: Progress, mapping: ColumnMapping | None = None) -> dict[str, int]:
    usable, refused = foreign_layers(conn, path)
    for text in refused:
        counts.skip(RowIssue(None, text))
    total = 0
    for layer, _ in usable:
        total += conn.execute(f"SELECT count(*) FROM {quoted(layer.table)}").fetchone()[0]
    if total == 0:
        raise ImportFormatError(Errors.tr("its layers are empty: nothing to import"), path=path)
    writer = RowWriter(project, path, counts, as_neighbourhoods=as_neighbourhoods)
    done = 0
    for layer, epsg in usable:
        for row in _layer_rows(conn, layer, epsg, path, as_neighbourhoods=as_neighbourhoods, mapping=mapping):
            writer.write(row)
            done += 1
            progress(done, total)
    writer.flush()
    progress(done, total, force=True)
    return {"features": total}


def layer_attributes(conn, layer: Layer) -> tuple[list[str], str | None]:
    """(the layer's attribute columns, its primary key column or None)."""
    info = conn.execute(f"PRAGMA table_info({quoted(layer.table)})").fetchall()
    pk = next((r[1] for r in info if r[5]), None)
    return [r[1] for r in info if r[1] != layer.column], pk


def layer_mapping(attrs: list[str], *, as_neighbourhoods: bool, user: ColumnMapping | None = None) -> dict[int, str]:
    """{attribute index: our field} for a foreign layer: the user's mapping, else synonyms (and boundary
    names and codes when importing neighbourhoods), else the first free column as the name."""
    user = user or {}
    mapping = match_headers(attrs, user)
    if as_neighbourhoods:
        from mapper.formats.boundaries import CODE_KEYS, NAME_KEYS

        extra = {norm_header(k): "name" for k in NAME_KEYS} | {norm_header(k): "code" for k in CODE_KEYS}
        extra |= {"population": "population", "pop": "population", "ward": "ward", "wardname": "ward"}
        taken = set(mapping.values())
        for i, a in enumerate(attrs):
            key = extra.get(norm_header(a))
            if key and key not in taken and i not in mapping and a not in user:
                mapping[i] = key
                taken.add(key)
    if "name" not in mapping.values():  # a layer without a name column: take the first text-like column
        for i, a in enumerate(attrs):
            if i not in mapping and a not in user and norm_header(a) not in ("fid", "id", "ogcfid"):
                mapping[i] = "name"
                break
    return mapping


_BINARY = frozenset((bytes, bytearray, memoryview))


def _layer_rows(conn, layer: Layer, epsg: int, path: Path, *, as_neighbourhoods: bool,
                mapping: ColumnMapping | None = None) -> Iterator[Row]:
    attrs, pk = layer_attributes(conn, layer)
    mapping = layer_mapping(attrs, as_neighbourhoods=as_neighbourhoods, user=mapping)
    cols = ", ".join(quoted(c) for c in [layer.column, *attrs])
    try:
        cur = conn.execute(f"SELECT {cols} FROM {quoted(layer.table)}" + (f" ORDER BY {quoted(pk)}" if pk else ""))
    except sqlite3.DatabaseError as exc:
        raise ImportFormatError(arg(Errors.tr("layer %1 cannot be read safely (%2)"), layer.table, exc), path=path) from None
    n = 0
    pairs = [(i + 1, key) for i, key in mapping.items()]  # (column in the row, our field)
    drop_uuid = bool(pk and pk in attrs and mapping.get(attrs.index(pk)) == "uuid")  # a feature id is not ours
    number_at = attrs.index(pk) + 1 if pk in attrs else None
    binary = (bytes, bytearray, memoryview)
    keys, at = [key for _, key in pairs], [i for i, _ in pairs]
    cells = operator.itemgetter(*at) if len(at) > 1 else (lambda r: tuple(r[i] for i in at))  # always a tuple
    while True:
        try:
            batch = cur.fetchmany(5000)
        except sqlite3.DatabaseError as exc:
            raise ImportFormatError(arg(Errors.tr("layer %1 cannot be read safely (%2)"), layer.table, exc), path=path) from None
        if not batch:
            return
        geoms = geometries([r[0] for r in batch], epsg)
        for r, geom in zip(batch, geoms):
            n += 1
            got = cells(r)
            if _BINARY.isdisjoint(map(type, got)):  # the usual row: no attribute is a blob (checked in C)
                values: dict[str, Any] = dict(zip(keys, got))
            else:
                values = {key: v for key, v in zip(keys, got) if not isinstance(v, binary)}
            if drop_uuid:
                values.pop("uuid", None)
            number = r[number_at] if number_at is not None else n
            name = values.get("name")
            if not (name.strip() if isinstance(name, str) else str(name or "").strip()):
                values["name"] = f"{layer.table} {number}"
            row = Row("assets", number, values, layer=layer.table)
            if isinstance(geom, str):
                row.problem = geom
            else:
                row.geometry = geom
            yield row


def geometries(blobs: list, epsg: int) -> list:
    """Decode GeoPackage blobs to shapely geometries in EPSG:4326 (points reprojected in one batch).
    A string in the result is the reason a geometry could not be read."""
    out: list[Any] = [None] * len(blobs)
    pts_idx, xs, ys = [], [], []
    for i, b in enumerate(blobs):
        if b is None:
            continue
        try:
            b = bytes(b)
            if len(b) == 29 and b[3] == 0x01 and b[8] == 1 and b[9] == 1:  # plain little-endian 2D point
                x, y = point_of(b)
                pts_idx.append(i)
                xs.append(x)
                ys.append(y)
                continue
            g = to_shapely(b)
        except Exception as exc:  # noqa: BLE001 - bad WKB, curves shapely cannot read...
            out[i] = f"geometry cannot be read ({str(exc).splitlines()[0][:80]})"
            continue
        if g is None or g.is_empty:
            continue
        try:
            out[i] = to_wgs84(g, epsg)
        except Exception as exc:  # noqa: BLE001
            out[i] = f"geometry cannot be reprojected ({exc})"
    if pts_idx:  # plain points stay (lon, lat) tuples: much cheaper than shapely objects
        lon, lat = points_to_wgs84(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), epsg)
        for i, x, y in zip(pts_idx, np.asarray(lon).tolist(), np.asarray(lat).tolist()):
            out[i] = (x, y)
    return out


def import_attachments(project, path: Path, counts: RowCounts) -> None:
    """Photos from one of our own projects (exports carry none), under generated file names."""
    conn = open_gpkg(path)
    try:
        _import_attachments(project, conn, counts)
    finally:
        conn.close()


def _import_attachments(project, conn, counts: RowCounts) -> None:
    has_caption = any(r[1] == "caption" for r in conn.execute("PRAGMA table_info(attachments)"))
    rows = conn.execute("SELECT uuid, record_uuid, filename, original_name, mime, data, created, "
                        f"{'caption' if has_caption else 'NULL'} FROM attachments").fetchall()
    n = 0
    for uuid, record_uuid, filename, original, mime, data, created, caption in rows:
        if project.conn.execute("SELECT 1 FROM attachments WHERE uuid=?", (uuid,)).fetchone():
            continue
        if not (project.exists("assets", record_uuid) or project.exists("groups", record_uuid)):
            continue
        with project.transaction():
            project.conn.execute(
                "INSERT INTO attachments (uuid, record_uuid, filename, original_name, mime, data, created, caption) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid, record_uuid, safe_attachment_name(filename), original or filename, mime, data, created,
                 plain_caption(caption)))
        n += 1
    if n:
        counts.warn(RowIssue(None, f"{n} attachments added (stored under generated file names)"))
