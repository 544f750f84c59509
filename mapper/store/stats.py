"""Counts of assets by neighbourhood and category (care needs are counted only by the privacy layer)."""

from __future__ import annotations

from collections import defaultdict

from mapper.store.project import Project


def asset_stats(project: Project) -> dict:
    names = project.neighbourhood_names()
    by_hood: dict[str, dict[str, int]] = defaultdict(dict)
    for hood, category, n in project.conn.execute(
            "SELECT neighbourhood, category, count(*) FROM assets GROUP BY neighbourhood, category"):
        by_hood[names.get(hood, "(no neighbourhood)")][category] = n
    by_category = dict(project.conn.execute("SELECT category, count(*) FROM assets GROUP BY category"))
    return {
        "total_assets": project.count("assets"),
        "total_groups": project.count("groups"),
        "total_neighbourhoods": project.count("neighbourhoods"),
        "by_category": by_category,
        "by_neighbourhood": dict(sorted(by_hood.items())),
    }
