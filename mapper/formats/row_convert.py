"""What a row read from any file means: its values turned into a record's fields, checked and explained.

Readers yield ``Row`` objects (values under our column keys, and a geometry already in EPSG:4326 when the
file has one). ``RowConverter`` turns a row into the fields of an asset, a group or a neighbourhood
(taxonomy words to codes, places from coordinates, grid references, geometries or postcodes, names of
neighbourhoods and groups to their uuids), warning about what it corrected and refusing (``SkipRow``) what
it cannot use. Writing the fields is ``importer.RowWriter``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, mapping

from mapper.domain import cells
from mapper.domain.geo import in_great_britain, looks_swapped
from mapper.domain.i18n import arg, translate
from mapper.domain.records import Asset, Group, Neighbourhood
from mapper.domain.taxonomy import taxonomy
from mapper.domain.validation import normalise_postcode
from mapper.formats.common import (
    RowCounts,
    RowIssue,
    choose,
    looks_like_uuid,
    principles_of,
    to_date,
    to_number,
    to_text,
)
from mapper.formats.crs import bng_to_lonlat
from mapper.store import postcodes


@dataclass
class Row:
    table: str  # assets | groups | neighbourhoods
    number: int | None  # row number in the file as a person sees it (header = 1), or feature number
    values: dict[str, Any]
    geometry: Any = None  # shapely geometry in EPSG:4326, or None
    layer: str | None = None
    problem: str | None = None  # why the row cannot be used (e.g. its geometry cannot be read)


class SkipRow(Exception):
    pass



def is_bng(x: float, y: float) -> bool:
    return 0 <= x <= 700_000 and 0 <= y <= 1_300_000 and (abs(x) > 180 or abs(y) > 90)


def strip_controls(row: Row, counts: RowCounts) -> None:
    """NUL characters never reach the project (GDAL would cut a name short at one)."""
    if "\x00" not in "".join([v for v in row.values.values() if type(v) is str]):  # the common case
        return
    dirty = []
    for key, value in row.values.items():
        if isinstance(value, str):
            clean, removed = cells.strip_controls(value)
            if removed:
                row.values[key] = clean
                dirty.append(key)
    if dirty:
        counts.warn(RowIssue(row.number, arg(translate("Import", "NUL characters removed (%1)"), ", ".join(dirty)),
                                row.layer))


_TEXT = ("name", "description", "address", "opening_times", "contact_phone", "contact_email", "website",
         "accessibility", "cost", "audience", "recorded_by", "charity_number")
_TEXT_OF = {cls: tuple(n for n in _TEXT if hasattr(cls, n)) for cls in (Asset, Group, Neighbourhood)}



class RowConverter:
    """A row's values as a record's fields (``_asset``, ``_group``, ``_neighbourhood``), with the project's
    neighbourhoods and groups looked up by name once; ``warn`` and ``skip`` count what the file is told."""

    def __init__(self, project, counts: RowCounts):
        self.project = project
        self.counts = counts
        self._hoods: dict[str, str] | None = None
        self._groups: dict[str, str | None] | None = None
        self._warned: set[str] = set()

    def forget_names(self, table: str) -> None:
        """Records were added to ``table``: look its names up afresh when next asked."""
        if table == "groups":
            self._groups = None
        elif table == "neighbourhoods":
            self._hoods = None

    # ---- lookups -------------------------------------------------------------------------------
    def _hood_uuid(self, text: str, row: Row | None = None, field: str = "") -> str | None:
        """The neighbourhood a cell names (uuid, code or name). Two boundary sets may share a name (a ward
        and a neighbourhood both called Crookes): then the one the row's record has now is meant."""
        if self._hoods is None:
            self._hoods = {}
            for uuid, code, name in self.project.conn.execute("SELECT uuid, code, name FROM neighbourhoods"):
                self._hoods[uuid] = [uuid]
                for key in {str(k).strip().lower() for k in (code, name) if k}:
                    self._hoods.setdefault(key, []).append(uuid)
        found = self._hoods.get(text.strip().lower()) or self._hoods.get(text.strip()) or [None]
        if len(found) > 1 and row is not None and looks_like_uuid(to_text(row.values.get("uuid")) or ""):
            table = "assets" if field == "neighbourhood" else "groups"
            now = self.project.conn.execute(f"SELECT {field} FROM {table} WHERE uuid = ?",
                                            (to_text(row.values["uuid"]).strip(),)).fetchone()
            held = set((now[0] or "").split(";")) if now else set()
            return next((u for u in found if u in held), found[0])
        return found[0]

    def _group_uuid(self, text: str) -> str | None:
        if looks_like_uuid(text):
            return text.strip()
        if self._groups is None:
            self._groups = {}
            for uuid, name in self.project.conn.execute("SELECT uuid, name FROM groups"):
                key = (name or "").strip().lower()
                self._groups[key] = None if key in self._groups else uuid  # None: ambiguous
        return self._groups.get(text.strip().lower())

    # ---- converting ----------------------------------------------------------------------------
    def _location(self, row: Row) -> tuple[float, float] | None:
        v = row.values
        lat, lon = v.get("latitude"), v.get("longitude")
        try:
            lat = to_number(lat)
            lon = to_number(lon)
            east = to_number(v.get("easting"))
            north = to_number(v.get("northing"))
        except ValueError as exc:
            raise SkipRow(f"coordinates: {exc}") from None
        point = None
        if lat is not None and lon is not None:
            if is_bng(lon, lat):  # X/Y columns holding British National Grid metres
                point = bng_to_lonlat(lon, lat)
            else:
                point = (lon, lat)
        elif (lat is None) != (lon is None):
            raise SkipRow(translate("Import", "has a latitude or a longitude but not both"))
        elif east is not None and north is not None:
            if not is_bng(east, north):
                raise SkipRow(arg(translate("Import", "easting/northing %1 is not in the British National Grid"),
                                  f"{east:g}, {north:g}"))
            point = bng_to_lonlat(east, north)
        elif row.geometry is not None:
            point = self._point_of(row.geometry)
        if point is None:
            postcode = to_text(v.get("postcode"))
            found = postcodes.lookup(postcode) if postcode else None
            if found:
                return found
            self.warn(row, arg(translate("Import", "no coordinates and postcode %1 is not known; added without a "
                                                   "place on the map"), repr(postcode)) if postcode else
                      translate("Import", "no coordinates; added without a place on the map"))
            return None
        lon, lat = point
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise SkipRow(arg(translate("Import", "coordinates %1 are not a place on Earth"), f"{lon:g}, {lat:g}"))
        if looks_swapped(lon, lat):
            self.warn(row, translate("Import", "latitude and longitude were swapped; corrected"))
            lon, lat = lat, lon
        elif not in_great_britain(lon, lat):
            self.warn(row, arg(translate("Import", "coordinates %1 are outside Great Britain; please check"),
                               f"{lat:.5f}, {lon:.5f}"))
        return (lon, lat)

    @staticmethod
    def _point_of(geom) -> tuple[float, float] | None:
        if isinstance(geom, tuple):
            return geom
        if geom is None or geom.is_empty:
            return None
        kind = geom.geom_type
        if kind in ("LineString", "MultiLineString", "LinearRing"):
            raise SkipRow(translate("Import", "is a line; only points and polygons can be imported"))
        if kind == "Point":
            return (geom.x, geom.y)
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
        if geom.is_empty:
            raise SkipRow(translate("Import", "has a geometry that cannot be repaired"))
        p = geom.representative_point()
        return (p.x, p.y)

    def _text_fields(self, cls, v: dict, row: Row) -> dict[str, Any]:
        out: dict[str, Any] = {name: to_text(v[name]) for name in _TEXT_OF[cls] if name in v}
        if "last_checked" in v:
            out["last_checked"] = to_date(v["last_checked"])
        if "may_publish" in v:
            text = (to_text(v["may_publish"]) or "").strip().lower()
            out["may_publish"] = text in ("1", "true", "yes", "y", "x", "✓")
        return out

    def _asset(self, row: Row) -> tuple[dict[str, Any], set[str]]:
        v = row.values
        out = self._text_fields(Asset, v, row)
        if "postcode" in v:
            pc = to_text(v["postcode"])
            out["postcode"] = normalise_postcode(pc) or pc
        tx = taxonomy()
        if "category" in v:
            c = choose("categories", v["category"])
            if c.note:
                self.warn(row, arg(translate("Import", "category %1; recorded as 'other'"), c.note))
            out["category"] = c.code or ("other" if c.note else None)
        if "kind" in v:
            k = choose("asset_kinds", v["kind"])
            if k.note:
                self.warn(row, arg(translate("Import", "kind %1; taken from the category"), k.note))
            out["kind"] = k.code
        if out.get("category") and not out.get("kind"):
            out["kind"] = tx.kind_of(out["category"])
        for key in ("category", "kind"):
            if key in out and out[key] is None:
                del out[key]
        if "status" in v:
            s = choose("asset_statuses", v["status"])
            if s.note:
                raise SkipRow(arg(translate("Import", "status %1 (active, temporarily_closed or closed)"), s.note))
            if s.code:
                out["status"] = s.code
        if "principles" in v:
            out["principles"], note = principles_of(v["principles"])
            if note:
                self.warn(row, note)
        if "run_by" in v:
            text = to_text(v["run_by"])
            out["run_by"] = self._group_uuid(text) if text else None
            if text and out["run_by"] is None:
                self.warn(row, arg(translate("Import", "run by %1: no single group has that name; left empty"),
                                   repr(text)))
        has_place = "latitude" in v or "longitude" in v or "easting" in v or "northing" in v \
            or row.geometry is not None or "postcode" in v
        if has_place:
            out["location"] = self._location(row)
        hood_text = to_text(v.get("neighbourhood"))
        if hood_text:
            hood = self._hood_uuid(hood_text, row, "neighbourhood")
            if hood is None:
                self.warn(row, arg(translate("Import", "neighbourhood %1 is not in this project; worked out from "
                                                       "the place"), repr(hood_text)), once=f"hood:{hood_text}")
            else:
                derived = self.project.neighbourhood_at(*out["location"]) if out.get("location") else None
                if derived != hood:
                    out["neighbourhood"], out["neighbourhood_fixed"] = hood, True
        return out, set(out)

    def _group(self, row: Row) -> tuple[dict[str, Any], set[str]]:
        v = row.values
        out = self._text_fields(Group, v, row)
        gt = v.get("group_type")
        if gt is not None:
            c = choose("group_types", gt)
            if c.note:
                self.warn(row, arg(translate("Import", "group type %1; recorded as informal group"), c.note))
            out["group_type"] = c.code or "informal_group"
        if "neighbourhoods" in v:
            hoods = []
            for part in [p.strip() for p in (to_text(v["neighbourhoods"]) or "").split(";") if p.strip()]:
                found = self._hood_uuid(part, row, "neighbourhoods")
                if found:
                    hoods.append(found)
                else:
                    self.warn(row, arg(translate("Import", "neighbourhood %1 is not in this project; left out"),
                                           repr(part)), once=f"hood:{part}")
            out["neighbourhoods"] = tuple(hoods)
        return out, set(out)

    def _neighbourhood(self, row: Row) -> tuple[dict[str, Any], set[str]]:
        v = row.values
        geom = row.geometry
        if isinstance(geom, tuple):
            raise SkipRow(translate("Import", "is a Point, not a polygon"))
        if geom is None or geom.is_empty:
            raise SkipRow(translate("Import", "has no boundary"))
        if not geom.is_valid:
            geom = shapely.make_valid(geom)
            self.warn(row, translate("Import", "boundary was not valid; repaired"))
        polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
        parts = []
        for g in polys:
            parts.extend(getattr(g, "geoms", [g]))
        if not parts:
            raise SkipRow(arg(translate("Import", "is a %1, not a polygon"), geom.geom_type))
        out: dict[str, Any] = {"geometry": mapping(MultiPolygon(parts))}
        name = to_text(v.get("name")) or to_text(v.get("neighbourhood"))
        out["name"] = name or f"Area {row.number}"
        if v.get("code") is not None:
            out["code"] = to_text(v["code"])
        if v.get("ward") is not None:
            out["ward"] = to_text(v["ward"])
        pop = v.get("population")
        if isinstance(pop, (int, float)):
            out["population"] = int(pop)
        return out, set(out)

    # ---- telling the file what happened ---------------------------------------------------------
    def warn(self, row: Row, message: str, *, once: str | None = None) -> None:
        if once is not None:
            if once in self._warned:
                return
            self._warned.add(once)
        self.counts.warn(RowIssue(row.number, message, row.layer))

    def skip(self, row: Row, message: str) -> None:
        self.counts.skip(RowIssue(row.number, message, row.layer))
