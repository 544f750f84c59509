"""The Sheffield demo project: real boundaries and libraries, plus clearly fictional, seeded records."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import shapely
from shapely.geometry import shape

from mapper.domain.records import Asset, CareNeed, Group
from mapper.domain.resources import SAMPLE_DATA
from mapper.domain.taxonomy import taxonomy
from mapper.formats import boundary_sets
from mapper.store.project import Project

SEED = 20261122
# The demo's care needs are fictional but sealed like real ones; this passphrase is printed in the README
# and shown beside the unlock box of the demo (nm_settings 'passphrase_hint'), never used for real data.
DEMO_PASSPHRASE = "sheffield-demo"
NEIGHBOURHOODS = boundary_sets.DEFAULT.path
WARDS = boundary_sets.BOUNDARIES / boundary_sets.DEFAULT.wards
LIBRARIES = SAMPLE_DATA / "assets" / "sheffield_libraries.geojson"

_PLACES = ["Hillside", "Brookview", "Oakwood", "Meadow", "Riverside", "Greenacre", "Ashgrove", "Millstone",
           "Beechfield", "Foxhill", "Larkspur", "Willow", "Heather", "Kestrel", "Rowan", "Bramble"]
_GROUP_WORDS = ["Friends of", "Neighbours of", "Together in", "Stitchers of", "Walkers of", "Growers of"]


def _random_point_in(geom, rng: random.Random) -> tuple[float, float]:
    minx, miny, maxx, maxy = geom.bounds
    for _ in range(200):
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if geom.contains(shapely.Point(x, y)):
            return round(x, 6), round(y, 6)
    p = geom.representative_point()
    return round(p.x, 6), round(p.y, 6)


def _libraries() -> list[Asset]:
    import json

    data = json.loads(LIBRARIES.read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"][:2]
        street = " ".join(str(x) for x in (p.get("number"), p.get("street")) if x)
        out.append(Asset(
            name=p["name"], kind="shared_space", category="library",
            description=f"{p.get('type', '')} library ({p.get('delivery', '')}). Real open data.".strip(),
            location=(lon, lat), address=", ".join(x for x in (street, p.get("town")) if x) or None,
            postcode=p.get("postcode"), opening_times=p.get("opening_hours"), website=p.get("url"),
            principles=("Spaces", "Learning", "Connection"), status="active", may_publish=True,
            last_checked="2025-09-01", recorded_by="Sheffield City Council open data"))
    return out


DEMO_SETTING = "demo"  # nm_settings: this file is the demo (fictional records), shown as DEMO in the window


def is_demo(project: Project) -> bool:
    """The demo project (also one built before the setting existed: its passphrase hint says so)."""
    return project.setting(DEMO_SETTING) == "1" or \
        (project.setting("passphrase_hint") or "").startswith("This is the demo")


def build_demo(path: Path | str, *, overwrite: bool = False, assets_per_area: int = 2,
               passphrase: str | None = DEMO_PASSPHRASE) -> Project:
    """Create the demo project at ``path`` and return it open (care needs sealed with the demo passphrase unless another is given)."""
    rng = random.Random(SEED)
    tx = taxonomy()
    project = Project.create(path, author="Demo mapper", overwrite=overwrite)
    if passphrase:
        from mapper.privacy.setup import set_passphrase

        set_passphrase(project, passphrase)
        if passphrase == DEMO_PASSPHRASE:
            project.set_setting("passphrase_hint", f"This is the demo: its passphrase is {DEMO_PASSPHRASE}")
    project.source = "demo"
    project.set_setting(DEMO_SETTING, "1")
    hoods, wards = boundary_sets.load(boundary_sets.DEFAULT)  # the Sheffield set a new project can start with
    boundary_sets.add_boundaries(project, hoods, wards)
    project.bulk_add(_libraries())

    groups: list[Group] = []
    for i in range(60):
        place = rng.choice(_PLACES)
        gtype = rng.choice(tx.codes("group_types"))
        groups.append(Group(
            name=f"{rng.choice(_GROUP_WORDS)} {place} (demo {i + 1})", group_type=gtype,
            description="A fictional group made for the demo.",
            contact_phone=f"0114 496 {rng.randint(0, 999):04d}",  # Ofcom drama range: never a real number
            contact_email=f"demo{i + 1}@example.org", website=f"https://example.org/demo-group-{i + 1}",
            charity_number=str(1_100_000 + i) if gtype == "voluntary_org" else None,
            neighbourhoods=tuple(rng.sample([h.uuid for h in hoods], k=rng.randint(1, 3))),
            may_publish=rng.random() < 0.8, last_checked=_date(rng), recorded_by="Demo mapper"))
    project.bulk_add(groups)

    assets: list[Asset] = []
    categories = [c for c in tx.categories if c != "library"]
    for hood in hoods:
        geom = shape(hood.geometry)
        for _ in range(assets_per_area):
            cat = rng.choice(categories)
            online = tx.kind_of(cat) == "skills_resources" and cat == "online_group"
            assets.append(Asset(
                name=f"{rng.choice(_PLACES)} {tx.label('categories', cat)} (demo)",
                kind=tx.kind_of(cat), category=cat,
                description=f"A fictional {tx.label('categories', cat).lower()} in {hood.name}, made for the demo.",
                location=None if online else _random_point_in(geom, rng),
                neighbourhood=hood.uuid if online else None, neighbourhood_fixed=online,
                opening_times=rng.choice(["Mondays 10-12", "Every Saturday morning", "Weekdays 9-5",
                                          "First Tuesday of the month", "Thursdays 2pm", None]),
                cost=rng.choice(["Free", "Free", "£1", "Donations welcome", None]),
                audience=rng.choice(["Everyone", "Older people", "Families", "Carers", "Young people"]),
                principles=tuple(sorted(rng.sample(tx.principles, k=rng.randint(1, 3)))),
                run_by=rng.choice(groups).uuid if rng.random() < 0.6 else None,
                status=rng.choices(["active", "temporarily_closed", "closed"], [0.85, 0.1, 0.05])[0],
                may_publish=rng.random() < 0.85, last_checked=_date(rng), recorded_by="Demo mapper"))
    project.bulk_add(assets)

    needs = []
    for i in range(120):
        hood = rng.choice(hoods)
        needs.append(CareNeed(
            neighbourhood=hood.uuid,
            categories=tuple(sorted(rng.sample(tx.codes("need_categories"), k=rng.randint(1, 3)))),
            age_band=rng.choice(tx.codes("age_bands")), is_carer=rng.random() < 0.2,
            urgency=rng.choice(tx.codes("urgencies")), consent_by="Demo mapper",
            consent_at="2026-01-15T10:00:00Z", consent_scope="Recorded for the demo (fictional)",
            status=rng.choice(["open", "open", "connected", "met"]), notes=f"Fictional demo need {i + 1}.",
            recorded_by="Demo mapper"))
    project.bulk_add(needs)
    project.source = None
    return project


def _date(rng: random.Random) -> str:
    return (dt.date(2026, 10, 1) - dt.timedelta(days=rng.randint(0, 700))).isoformat()
