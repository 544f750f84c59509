"""Connect: the community connector's job. For a care need, suggest the assets and groups that match its
categories (taxonomy ``need_category_assets``), open ones first, nearest first; recording a connection adds
it to the need and moves an open need to "connected".

Distances are measured from the need's approximate point, else from its neighbourhood's centre; assets with
no place (online groups) come after those with one. A group is suggested when it runs a matching asset.
"""

from __future__ import annotations

from dataclasses import dataclass

from mapper.domain.errors import ValidationError
from mapper.domain.geo import distance_m
from mapper.domain.records import Asset, CareNeed
from mapper.domain.taxonomy import taxonomy


@dataclass(frozen=True)
class Suggestion:
    table: str                 # "assets" or "groups"
    uuid: str
    name: str
    category: str              # a label: the asset category, or the group type
    distance_m: float | None
    open: bool                 # an active asset (groups: runs an active matching asset)
    need_category: str         # which of the need's categories it answers (a label)

    def sort_key(self):
        return (not self.open, self.distance_m is None, self.distance_m or 0.0, self.name.lower())


def need_point(project, need: CareNeed) -> tuple[float, float] | None:
    """The need's approximate point ("lon lat"), else its neighbourhood's centre, else None."""
    if need.approx_location:
        try:
            lon, lat = (float(x) for x in str(need.approx_location).replace(",", " ").split()[:2])
            return lon, lat
        except ValueError:
            pass
    if need.neighbourhood:
        hood = project.find("neighbourhoods", need.neighbourhood)
        if hood is not None and hood.geometry:
            from shapely.geometry import shape

            c = shape(hood.geometry).centroid
            return c.x, c.y
    return None


def suggest(project, need: CareNeed, *, limit: int = 30) -> list[Suggestion]:
    """Assets and groups matching the need's categories: open first, then nearest first."""
    tx = taxonomy()
    wanted: dict[str, str] = {}  # asset category -> need category label
    for cat in need.categories:
        for asset_cat in tx.categories_for_need(cat):
            wanted.setdefault(asset_cat, tx.label("need_categories", cat))
    if not wanted:
        return []
    here = need_point(project, need)
    marks = ", ".join("?" for _ in wanted)
    assets: list[Asset] = list(project.records("assets", f"WHERE category IN ({marks})", list(wanted)))
    already = set(need.connections)
    out: list[Suggestion] = []
    by_group: dict[str, list[Suggestion]] = {}
    for a in assets:
        dist = distance_m(here[0], here[1], a.location[0], a.location[1]) if here and a.location else None
        s = Suggestion("assets", a.uuid, a.name, tx.label("categories", a.category), dist, a.status == "active",
                       wanted[a.category])
        if a.uuid not in already:
            out.append(s)
        if a.run_by:
            by_group.setdefault(a.run_by, []).append(s)
    for group_uuid, runs in by_group.items():
        group = project.find("groups", group_uuid)
        if group is None or group.uuid in already:
            continue
        best = min(runs, key=Suggestion.sort_key)
        out.append(Suggestion("groups", group.uuid, group.name, tx.label("group_types", group.group_type),
                              best.distance_m, any(r.open for r in runs), best.need_category))
    out.sort(key=Suggestion.sort_key)
    return out[:limit]


def record_connection(project, need_uuid: str, target_uuid: str) -> CareNeed:
    """Connect the need to an asset or group: added to its connections; an open need becomes "connected"."""
    if not (project.exists("assets", target_uuid) or project.exists("groups", target_uuid)):
        raise ValidationError({"connections": "connect the need to an asset or group in this project"})
    need = project.get(CareNeed.TABLE, need_uuid)
    if target_uuid not in need.connections:
        need.connections = tuple(need.connections) + (target_uuid,)
    if need.status == "open":
        need.status = "connected"
    project.save(need)
    return need
