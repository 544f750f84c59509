"""Projects the benchmarks share: the Sheffield boundaries with ``n`` random published assets."""

from __future__ import annotations

import random
from pathlib import Path

from mapper.demo import NEIGHBOURHOODS, WARDS
from mapper.domain.records import Asset
from mapper.domain.taxonomy import taxonomy
from mapper.formats.boundaries import neighbourhoods_from, read_polygons
from mapper.store.project import Project


def make_project(path: Path, n: int, *, rich: bool = False) -> Project:
    """``rich``: also principles, postcodes and opening times (what the published site indexes)."""
    rng = random.Random(n)
    tx = taxonomy()
    cats = tx.categories
    project = Project.create(path, overwrite=True)
    project.bulk_add(neighbourhoods_from(NEIGHBOURHOODS))
    project.replace_wards([(p["ward_code"], p["ward_name"], g) for p, g in read_polygons(WARDS)])
    postcodes = ["S1 2BJ", "S10 1TD", "S11 8YA", "S2 4SU", "S6 3BR", "S8 0RJ", "S35 1AE", "S9 5JG"]
    assets = []
    for i in range(n):
        cat = rng.choice(cats)
        extra = {}
        if rich:
            extra = {"principles": tuple(rng.sample(tx.principles, 2)), "postcode": rng.choice(postcodes),
                     "opening_times": rng.choice(["Mondays 10-12", "Weekdays 9-5", "Every Saturday morning"]),
                     "last_checked": f"202{rng.randint(3, 6)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
        assets.append(Asset(name=f"Asset {i} {tx.label('categories', cat)}", kind=tx.kind_of(cat), category=cat,
                            location=(round(rng.uniform(-1.62, -1.33), 6), round(rng.uniform(53.32, 53.47), 6)),
                            may_publish=True, **extra))
    project.bulk_add(assets, derive=rich)
    return project
