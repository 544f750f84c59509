"""The record model. Records are plain dataclasses; ``to_values``/``from_values`` map them to the
column values the store writes (lists become ``;``-joined text, booleans 0/1, location a (lon, lat)
tuple or None). Each record type names its table and the columns that carry per-field versions."""

from __future__ import annotations

import os as _os
import uuid as _uuid
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

LIST_SEP = ";"


def new_uuid() -> str:
    """A random (version 4) UUID as text: what ``str(uuid.uuid4())`` gives, a third of the cost."""
    b = bytearray(_os.urandom(16))
    b[6] = b[6] & 0x0F | 0x40
    b[8] = b[8] & 0x3F | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_NEIGHBOURHOODS = _uuid.UUID("6f1d3c52-8a47-4d2e-9a51-0c1b7e3f5a21")


def neighbourhood_uuid(code: str | None, name: str) -> str:
    """The same boundary (code and name) gets the same uuid on every laptop, so projects made from one
    boundaries file merge without duplicating their neighbourhoods."""
    return str(_uuid.uuid5(_NEIGHBOURHOODS, f"{(code or '').strip()}|{name.strip()}"))


def join_list(items) -> str | None:
    items = [str(i).strip() for i in (items or ()) if str(i).strip()]
    return LIST_SEP.join(items) if items else None


def to_bool(value) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y")
    return bool(value)


def split_list(text) -> tuple[str, ...]:
    if text is None or text == "":
        return ()
    if isinstance(text, (list, tuple)):
        return tuple(str(t).strip() for t in text if str(t).strip())
    return tuple(p.strip() for p in str(text).split(LIST_SEP) if p.strip())


@dataclass
class Record:
    TABLE: ClassVar[str] = ""
    LIST_FIELDS: ClassVar[tuple[str, ...]] = ()
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ()
    SPATIAL: ClassVar[str | None] = None  # "POINT", "MULTIPOLYGON" or None

    @classmethod
    def _plan(cls) -> tuple[tuple[str, str, str], ...]:
        """(attribute, column, how) for each stored field; computed once per class."""
        plan = cls.__dict__.get("_PLAN")
        if plan is None:
            out = []
            for f in fields(cls):
                if f.name == "uuid":
                    continue
                if f.name in ("location", "geometry"):
                    out.append((f.name, "geom", "geom"))
                elif f.name in cls.LIST_FIELDS:
                    out.append((f.name, f.name, "list"))
                elif f.name in cls.BOOL_FIELDS:
                    out.append((f.name, f.name, "bool"))
                else:
                    out.append((f.name, f.name, "plain"))
            plan = tuple(out)
            cls._PLAN = plan
        return plan

    @classmethod
    def columns(cls) -> list[str]:
        """Stored columns, in order, without uuid (``geom`` for the geometry)."""
        return [column for _, column, _ in cls._plan()]

    def to_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for attr, column, how in self._plan():
            v = getattr(self, attr)
            if how == "plain":
                values[column] = v if v != "" else None
            elif how == "geom":
                values[column] = tuple(v) if isinstance(v, list) else v
            elif how == "list":
                values[column] = join_list(v)
            else:
                values[column] = None if v is None else int(bool(v))
        return values

    @classmethod
    def from_values(cls, uuid: str, values: dict[str, Any]):
        kwargs: dict[str, Any] = {"uuid": uuid}
        for f in fields(cls):
            if f.name == "uuid":
                continue
            key = "geom" if f.name in ("location", "geometry") else f.name
            if key not in values:
                continue
            v = values[key]
            if f.name in cls.LIST_FIELDS:
                v = split_list(v)
            elif f.name in cls.BOOL_FIELDS:
                v = to_bool(v)
            kwargs[f.name] = v
        return cls(**kwargs)


@dataclass
class Asset(Record):
    TABLE: ClassVar[str] = "assets"
    LIST_FIELDS: ClassVar[tuple[str, ...]] = ("principles",)
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("may_publish", "neighbourhood_fixed")
    SPATIAL: ClassVar[str | None] = "POINT"

    name: str = ""
    kind: str = "shared_space"
    category: str = "other"
    description: str | None = None
    location: tuple[float, float] | None = None  # (lon, lat) WGS84
    address: str | None = None
    postcode: str | None = None
    neighbourhood: str | None = None  # neighbourhood uuid
    neighbourhood_fixed: bool = False  # True when the user chose it, not point-in-polygon
    opening_times: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    website: str | None = None
    accessibility: str | None = None
    cost: str | None = None
    audience: str | None = None
    principles: tuple[str, ...] = ()
    run_by: str | None = None  # group uuid
    status: str = "active"
    may_publish: bool = False
    last_checked: str | None = None  # ISO date
    recorded_by: str | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Group(Record):
    TABLE: ClassVar[str] = "groups"
    LIST_FIELDS: ClassVar[tuple[str, ...]] = ("neighbourhoods",)
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("may_publish",)

    name: str = ""
    group_type: str = "informal_group"
    description: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None
    website: str | None = None
    charity_number: str | None = None
    neighbourhoods: tuple[str, ...] = ()  # neighbourhood uuids served
    may_publish: bool = False
    last_checked: str | None = None
    recorded_by: str | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class CareNeed(Record):
    """Sensitive. Coded and minimal: never a name or an exact home address."""

    TABLE: ClassVar[str] = "care_needs"
    LIST_FIELDS: ClassVar[tuple[str, ...]] = ("categories", "connections")
    BOOL_FIELDS: ClassVar[tuple[str, ...]] = ("is_carer",)
    # Fields the privacy layer encrypts at rest (everything but identity, place and workflow status).
    SENSITIVE: ClassVar[tuple[str, ...]] = (
        "approx_location", "categories", "age_band", "is_carer", "urgency",
        "consent_by", "consent_at", "consent_scope", "connections", "notes",
    )

    neighbourhood: str | None = None
    approx_location: str | None = None  # "lon lat", rounded; never exported except to the coordinator
    categories: tuple[str, ...] = ()
    age_band: str | None = None
    is_carer: bool | None = None
    urgency: str = "medium"
    consent_by: str | None = None
    consent_at: str | None = None
    consent_scope: str | None = None
    status: str = "open"
    connections: tuple[str, ...] = ()  # asset / group uuids
    notes: str | None = None
    recorded_by: str | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class Neighbourhood(Record):
    TABLE: ClassVar[str] = "neighbourhoods"
    SPATIAL: ClassVar[str | None] = "MULTIPOLYGON"

    code: str | None = None
    name: str = ""
    ward: str | None = None
    population: int | None = None
    geometry: dict | None = None  # GeoJSON MultiPolygon geometry
    uuid: str = field(default_factory=new_uuid)


RECORD_TYPES: dict[str, type[Record]] = {c.TABLE: c for c in (Asset, Group, CareNeed, Neighbourhood)}

DELETED = "_deleted"  # the pseudo-field whose version is the tombstone (1 deleted, 0 restored)
