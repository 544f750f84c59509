"""Turning rows read from any file into records, and writing them to the project.

Readers yield ``Row`` objects (values under our column keys, and a geometry already in EPSG:4326 when
the file has one). ``RowWriter`` converts and validates each row, updates records that carry a known
uuid, recognises rows imported before by a content fingerprint, and adds the rest in chunks. The
caller holds one transaction around the whole file: all or nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, mapping

from mapper.domain import cells
from mapper.domain.errors import ValidationError
from mapper.domain.geo import in_great_britain, looks_swapped
from mapper.domain.i18n import arg, translate
from mapper.domain.records import Asset, Group, Neighbourhood, Record, neighbourhood_uuid, new_uuid
from mapper.domain.taxonomy import taxonomy
from mapper.domain.validation import normalise_postcode
from mapper.domain.validation import problems as record_problems
from mapper.formats.common import (
    RowCounts,
    RowIssue,
    choose,
    fingerprint,
    looks_like_uuid,
    principles_of,
    to_date,
    to_number,
    to_text,
)
from mapper.formats.crs import bng_to_lonlat
from mapper.store import gpkg_schema, postcodes
from mapper.store.bulk import VersionRows
from mapper.store.merge_io import restore_indexes, set_indexes_aside
from mapper.store.threeway import apply_from_base, parse_base

CHUNK = 5000
FINGERPRINTS = "nm_import_fingerprints"


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


@dataclass
class _Pending:
    records: list[Record] = field(default_factory=list)
    prints: list[tuple[str, str, str]] = field(default_factory=list)  # (fingerprint, table, uuid)
    uuids: set[str] = field(default_factory=set)
    rows: list[Row] = field(default_factory=list)
    made: set[str] = field(default_factory=set)  # uuids made here (the file gave none)


def _is_bng(x: float, y: float) -> bool:
    return 0 <= x <= 700_000 and 0 <= y <= 1_300_000 and (abs(x) > 180 or abs(y) > 90)


def _strip_controls(row: Row, counts: RowCounts) -> None:
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


class RowWriter:
    def __init__(self, project, path: Path, counts: RowCounts, *, as_neighbourhoods: bool = False):
        self.project = project
        self.path = Path(path)
        self.counts = counts
        self.as_neighbourhoods = as_neighbourhoods
        self.stable_seen: set[str] = set()
        self.pending: dict[str, _Pending] = {}
        self.chunk_prints: set[str] = set()
        self._hoods: dict[str, str] | None = None
        self._groups: dict[str, str | None] | None = None
        self._warned: set[str] = set()
        self._builders = {"assets": (self._asset, Asset), "groups": (self._group, Group),
                          "neighbourhoods": (self._neighbourhood, Neighbourhood)}
        # is a uuid in the project (live, deleted)? One statement a row
        self._known_sql = {t: f'SELECT EXISTS (SELECT 1 FROM "{t}" WHERE uuid = ?1), '
                              f"EXISTS (SELECT 1 FROM nm_tombstones WHERE tbl = '{t}' AND uuid = ?1)"
                           for t in self._builders}
        # ... unless the table had no records and no tombstones when the file began (a new project): then
        # a uuid is live only if this file added it, and nothing is deleted (an import deletes nothing)
        self._added: dict[str, set[str] | None] = {}  # None: ask the project
        self.versions = VersionRows()  # the new records' versions, written in key order by flush()
        self.boxes_due: set[str] = set()  # tables whose gpkg_contents box flush() refreshes with the versions
        self._aside: dict[str, list[tuple[str, str]]] = {}  # table -> its indexes set aside (flush)

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
            if _is_bng(lon, lat):  # X/Y columns holding British National Grid metres
                point = bng_to_lonlat(lon, lat)
            else:
                point = (lon, lat)
        elif (lat is None) != (lon is None):
            raise SkipRow(translate("Import", "has a latitude or a longitude but not both"))
        elif east is not None and north is not None:
            if not _is_bng(east, north):
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

    # ---- writing -------------------------------------------------------------------------------
    def warn(self, row: Row, message: str, *, once: str | None = None) -> None:
        if once is not None:
            if once in self._warned:
                return
            self._warned.add(once)
        self.counts.warn(RowIssue(row.number, message, row.layer))

    def skip(self, row: Row, message: str) -> None:
        self.counts.skip(RowIssue(row.number, message, row.layer))

    def write(self, row: Row) -> None:
        table = "neighbourhoods" if (row.table == "assets" and self.as_neighbourhoods) else row.table
        build, cls = self._builders[table]
        if table == "assets" and self.pending.get("groups") and self.pending["groups"].records:
            self.flush("groups")  # assets may name a group added just before
        if row.problem:
            self.skip(row, row.problem)
            return
        _strip_controls(row, self.counts)
        try:
            values, present = build(row)
        except SkipRow as exc:
            self.skip(row, str(exc))
            return
        uuid = to_text(row.values.get("uuid"))
        if uuid is not None:
            uuid = uuid.strip()
            if not looks_like_uuid(uuid):
                self.warn(row, arg(translate("Import", "id %1 is not one of ours; treated as a new record"), repr(uuid)))
                uuid = None
        stable = None
        if uuid is None and table == "neighbourhoods":
            # the same boundary gets the same uuid on every laptop; a second polygon with the same code and
            # name in one file is a different area and keeps a uuid of its own
            stable = neighbourhood_uuid(values.get("code"), values["name"])
            if stable in self.stable_seen:
                stable = None
            else:
                self.stable_seen.add(stable)
                if self.project.exists(table, stable):
                    self._update(row, table, stable, values)
                    return
        if uuid:
            live, deleted = self._known(table, uuid)
            if live:
                self._update(row, table, uuid, values)
                return
            if deleted:
                self.skip(row, translate("Import", "this record was deleted in the project; restore it there first"))
                return
        record = cls(**values, uuid=uuid or stable) if uuid or stable else cls(**values)
        # validated in flush(): bulk_add checks every record anyway, so only a failing chunk is re-checked
        fp = fingerprint(table, values) if not uuid else None
        pend = self.pending.setdefault(table, _Pending())
        if fp is not None:
            if fp in self.chunk_prints:
                self.counts.unchanged += 1
                return
            self.chunk_prints.add(fp)
            pend.prints.append((fp, table, record.uuid))  # checked against earlier imports in flush()
        elif uuid in pend.uuids:
            self.skip(row, translate("Import", "the same id appears twice in the file"))
            return
        pend.records.append(record)
        pend.rows.append(row)
        pend.uuids.add(record.uuid)
        if not (uuid or stable):
            pend.made.add(record.uuid)
        if len(pend.records) >= CHUNK:
            self.flush(table)

    def _known(self, table: str, uuid: str) -> tuple[bool, bool]:
        """(live, deleted): is ``uuid`` a record of ``table`` in the project, or one deleted there?"""
        if table not in self._added:
            held = self.project.conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}") OR EXISTS (SELECT 1 FROM '
                                             "nm_tombstones WHERE tbl = ?)", (table,)).fetchone()[0]
            self._added[table] = None if held else set()
        added = self._added[table]
        if added is None:
            return self.project.conn.execute(self._known_sql[table], (uuid,)).fetchone()
        return uuid in added, False

    def _drop_invalid(self, pend: _Pending) -> None:
        """Skip (with their reasons) the records that fail validation; keep the rest."""
        keep_records, keep_rows, bad = [], [], set()
        for record, row in zip(pend.records, pend.rows):
            found = record_problems(record)
            if found:
                self.skip(row, "; ".join(f"{k}: {m}" for k, m in found.items()))
                bad.add(record.uuid)
            else:
                keep_records.append(record)
                keep_rows.append(row)
        pend.records, pend.rows = keep_records, keep_rows
        pend.prints = [p for p in pend.prints if p[2] not in bad]

    def _known_prints(self, prints: list[str]) -> set[str]:
        known: set[str] = set()
        for i in range(0, len(prints), 500):
            part = prints[i:i + 500]
            known.update(r[0] for r in self.project.conn.execute(
                f"SELECT fingerprint FROM {FINGERPRINTS} WHERE fingerprint IN ({', '.join('?' * len(part))})", part))
        return known

    def _update(self, row: Row, table: str, uuid: str, values: dict[str, Any]) -> None:
        self.flush()
        changes = {("geom" if k in ("location", "geometry") else k): v for k, v in values.items()}
        cls = {"assets": Asset, "groups": Group, "neighbourhoods": Neighbourhood}[table]
        probe = cls(**values)
        changes = {k: v for k, v in probe.to_values().items() if k in changes}
        base = parse_base(row.values.get("base"), self.project.columns(table)) if table != "neighbourhoods" else None
        try:
            if base is not None:  # three-way: only the cells changed since the export
                changed, clash = apply_from_base(self.project, table, uuid, changes, base, source=self.path.name)
                if clash:
                    self.counts.conflicts += len(clash)
                    self.warn(row, arg(translate("Import", "changed in the project since the export, kept for review: %1"),
                                       ", ".join(clash)))
            else:
                changed = self.project.update(table, uuid, changes)
        except Exception as exc:  # ValidationError: skip the row with its reasons
            from mapper.domain.errors import ValidationError

            if isinstance(exc, ValidationError):
                self.skip(row, str(exc))
                return
            raise
        if changed:
            self.counts.updated += 1
        else:
            self.counts.unchanged += 1

    def flush(self, only: str | None = None) -> None:
        for table, pend in list(self.pending.items()):
            if only and table != only or not pend.records:
                continue
            known = self._known_prints([fp for fp, _, _ in pend.prints]) if pend.prints else set()
            if known:  # rows imported before (from this file or another): nothing to add
                skip = {u for fp, _, u in pend.prints if fp in known}
                kept = [(r, w) for r, w in zip(pend.records, pend.rows) if r.uuid not in skip]
                pend.records, pend.rows = [r for r, _ in kept], [w for _, w in kept]
                pend.prints = [p for p in pend.prints if p[0] not in known]
                self.counts.unchanged += len(skip)
                self.chunk_prints.difference_update(known)
            if table not in self._aside:  # empty at its first batch: indexes built again in one sort at the end
                empty = not self.project.conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]
                self._aside[table] = set_indexes_aside(self.project.conn, table) if empty else []
            try:
                self.project.bulk_add(pend.records, versions=self.versions, made_here=pend.made, extent=False)
            except ValidationError:
                self._drop_invalid(pend)
                self.project.bulk_add(pend.records, versions=self.versions, made_here=pend.made, extent=False)
            self.boxes_due.add(table)
            self.counts.added += len(pend.records)
            if self._added.get(table) is not None:
                self._added[table].update(r.uuid for r in pend.records)
            if pend.prints:
                at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
                self.project.conn.executemany(
                    f"INSERT OR REPLACE INTO {FINGERPRINTS} (fingerprint, tbl, uuid, source, at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    sorted((fp, t, u, self.path.name, at) for fp, t, u in pend.prints))  # in key order
                self.chunk_prints.difference_update(fp for fp, _, _ in pend.prints)
            if table == "groups":
                self._groups = None
            if table == "neighbourhoods":
                self._hoods = None
            self.pending[table] = _Pending()
        if only is None:  # the end of a file, or an update next: versions must be readable from here on
            self.versions.write(self.project.conn)
            for table, saved in self._aside.items():  # every reader may use them from here on
                restore_indexes(self.project.conn, saved)
                self._aside[table] = []
            for table in sorted(self.boxes_due & {"assets", "neighbourhoods"}):  # once, not after every batch
                gpkg_schema.update_extent(self.project.conn, table)
            self.boxes_due.clear()


def new_id() -> str:
    return new_uuid()
