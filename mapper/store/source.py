"""What may be published, read from wherever the central map lives: the one interface every public output
(the static site, neighbourhood profiles, Open Referral UK) reads through.

A source yields plain dicts, already filtered: only assets and groups with ``may_publish``; never care
needs; never ``recorded_by`` (a mapper's name); an asset's ``run_by`` only when that group is published too,
so nothing refers to an unpublished record. ``FileSource`` reads a project file; a server source (issue 13,
PostGIS) implements the same methods.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator, Protocol

from mapper.domain.hlc import wall_ms
from mapper.domain.i18n import QT_TRANSLATE_NOOP
from mapper.domain.records import split_list
from mapper.store.geometry import point_of, to_geojson

# a published map's title when the project names none (the site shows it in its own language)
DEFAULT_TITLE = QT_TRANSLATE_NOOP("Site", "Neighbourhoods of Care: community assets")

# Published fields (never recorded_by, never may_publish/neighbourhood_fixed bookkeeping).
ASSET_FIELDS = ("name", "kind", "category", "description", "address", "postcode", "neighbourhood",
                "opening_times", "contact_phone", "contact_email", "website", "accessibility", "cost",
                "audience", "principles", "run_by", "status", "last_checked")
GROUP_FIELDS = ("name", "group_type", "description", "contact_phone", "contact_email", "website",
                "charity_number", "neighbourhoods", "last_checked")

class PublicSource(Protocol):
    """The published view of a central map. Every method returns fresh lists/dicts the caller may keep."""

    def title(self) -> str: ...

    def assets(self) -> Iterator[dict[str, Any]]:
        """Published assets: ``uuid``, ``lon``/``lat`` (None when not placed), ``modified`` (ISO time of the
        latest change), ``principles`` (a tuple) and the ``ASSET_FIELDS`` (None when empty)."""
        ...

    def groups(self) -> list[dict[str, Any]]:
        """Published groups: ``uuid``, ``modified``, ``neighbourhoods`` (a tuple) and the ``GROUP_FIELDS``."""
        ...

    def neighbourhoods(self) -> list[dict[str, Any]]:
        """Every neighbourhood (boundaries are public): ``uuid``, ``name``, ``code``, ``ward``, ``geometry``."""
        ...

    def wards(self) -> list[dict[str, Any]]:
        """Reference wards: ``code``, ``name``, ``geometry``."""
        ...


def iso_of_version(version: str | None) -> str | None:
    if not version:
        return None
    from datetime import datetime, timezone

    try:
        return datetime.fromtimestamp(wall_ms(version) / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OSError):
        return None


def _latest(versions_text: str | None) -> str | None:
    if not versions_text:
        return None
    try:
        values = [v for v in json.loads(versions_text).values() if isinstance(v, str)]
    except ValueError:
        return None
    return iso_of_version(max(values)) if values else None


def _clean(value):
    return None if value == "" else value


def asset_item(out: dict[str, Any], values, published_groups: set[str]) -> dict[str, Any]:
    """A published asset from its ``ASSET_FIELDS`` values (every source: a file, the server's views): empty
    text as None, principles as a list, ``run_by`` only when that group is published too."""
    for name, value in zip(ASSET_FIELDS, values):
        out[name] = _clean(value)
    out["principles"] = split_list(out["principles"])
    if out["run_by"] not in published_groups:
        out["run_by"] = None
    return out


def group_item(item: dict[str, Any], values) -> dict[str, Any]:
    """A published group from its ``GROUP_FIELDS`` values (neighbourhoods as a list)."""
    for name, value in zip(GROUP_FIELDS, values):
        item[name] = _clean(value)
    item["neighbourhoods"] = split_list(item["neighbourhoods"])
    return item


def neighbourhood_item(uuid: str, name, code, ward, geometry) -> dict[str, Any]:
    return {"uuid": uuid, "name": name or "", "code": _clean(code), "ward": _clean(ward), "geometry": geometry}


@dataclass
class FileSource:
    """The published view of a project file (a ``Project``; read-only use).

    ``public=False`` is the coordinator's own view for the window's profiles and map shading: every asset
    and group, published or not (still never a mapper's name, never care needs). Public outputs never
    pass it."""

    project: Any
    public: bool = True

    def _published(self, alias: str) -> str:
        return f"{alias}.may_publish = 1" if self.public else "1"

    def title(self) -> str:
        return self.project.setting("site_title") or DEFAULT_TITLE

    def _published_groups(self) -> set[str]:
        return {r[0] for r in self.project.conn.execute(f"SELECT g.uuid FROM groups g WHERE {self._published('g')}")}

    def assets(self) -> Iterator[dict[str, Any]]:
        groups = self._published_groups()
        cols = ", ".join(f"a.{c}" for c in ASSET_FIELDS)
        rows = self.project.conn.execute(
            f"SELECT a.uuid, a.geom, v.versions, {cols} FROM assets a "
            f"LEFT JOIN nm_versions v ON v.tbl = 'assets' AND v.uuid = a.uuid WHERE {self._published('a')} "
            "ORDER BY a.name, a.uuid")
        for row in rows:
            out = {"uuid": row[0]}
            xy = point_of(row[1])
            out["lon"], out["lat"] = (None, None) if xy is None else (round(xy[0], 6), round(xy[1], 6))
            out["modified"] = _latest(row[2])
            yield asset_item(out, row[3:], groups)

    def groups(self) -> list[dict[str, Any]]:
        cols = ", ".join(f"g.{c}" for c in GROUP_FIELDS)
        out = []
        for row in self.project.conn.execute(
                f"SELECT g.uuid, v.versions, {cols} FROM groups g "
                f"LEFT JOIN nm_versions v ON v.tbl = 'groups' AND v.uuid = g.uuid WHERE {self._published('g')} "
                "ORDER BY g.name, g.uuid"):
            out.append(group_item({"uuid": row[0], "modified": _latest(row[1])}, row[2:]))
        return out

    def neighbourhoods(self) -> list[dict[str, Any]]:
        return [neighbourhood_item(u, n, c, w, None if g is None else to_geojson(g))
                for u, n, c, w, g in self.project.conn.execute(
                    "SELECT uuid, name, code, ward, geom FROM neighbourhoods ORDER BY name, uuid")]

    def wards(self) -> list[dict[str, Any]]:
        return [{"code": c or "", "name": n or "", "geometry": g} for c, n, g in self.project.wards()]


def is_server_spec(spec: str) -> bool:
    return spec.startswith(("postgresql://", "postgres://"))


def open_file_source(spec: str):
    """A project file as a source: ``(source, close)``."""
    from pathlib import Path

    from mapper.store.project import Project

    project = Project.open(Path(spec), readonly=True)
    return FileSource(project), project.close
