"""Printable neighbourhood, ward, district and whole-map profile pages (``formats.profiles`` numbers, escaped HTML,
inline SVG charts each beside its table). Care-need counts are never on these public pages."""

from __future__ import annotations

from mapper.domain.taxonomy import taxonomy
from mapper.formats.profiles import RECENT_DAYS, Area, Profile
from mapper.publish.charts import bar_chart
from mapper.publish.html import e, table

LEVEL_NAMES = {"neighbourhood": "Neighbourhood", "ward": "Ward", "district": "District", "all": "Whole map"}
CHILDREN_TITLES = {"all": "Districts", "district": "Wards", "ward": "Neighbourhoods in this area"}


def asset_href(root: str, uuid: str) -> str:
    return f"{root}a/{uuid[:2]}/{uuid}.html"


def area_href(root: str, area: Area) -> str:
    if area.level == "neighbourhood":
        return f"{root}n/{area.key}.html"
    if area.level == "ward":
        return f"{root}w/{area.key}.html"
    if area.level == "district":
        return f"{root}d/{area.key}.html"
    return f"{root}all.html"


def area_root(area: Area) -> str:
    """The way back to the site's top from an area's page."""
    return "" if area.level == "all" else "../"


def _asset_list(root: str, items: list[dict], extra: str, total: int, none: str) -> str:
    if not items:
        return f"<p>{e(none)}</p>"
    lis = "".join(f'<li><a href="{asset_href(root, a["uuid"])}">{e(a["name"] or "(unnamed)")}</a> '
                  f'<span class="muted">({e(extra)} {e(a[extra_key(extra)])})</span></li>' for a in items)
    more = f"<p>and {total - len(items)} more.</p>" if total > len(items) else ""
    return f"<ul>{lis}</ul>{more}"


def extra_key(extra: str) -> str:
    return "modified" if extra == "changed" else "last_checked"


def _section(title: str, slug: str, inner: str) -> str:
    return f'<section aria-labelledby="h-{slug}"><h2 id="h-{slug}">{e(title)}</h2>{inner}</section>'


def profile_body(p: Profile, *, root: str, parents: list[tuple[str, Area]], children: list[Area],
                 private_needs: dict | None = None) -> str:
    """The profile as HTML (the published page; the window shows the same sections)."""
    tx = taxonomy()
    a = p.area
    crumbs = "".join(f'<li><a href="{area_href(root, parent)}">'
                     f'{f"{e(label)}: " if parent.level != "all" else ""}{e(parent.name)}</a></li>'
                     for label, parent in parents)
    out = [f'<p class="kicker">{e(LEVEL_NAMES[a.level])} profile</p><h1>{e(a.name)}</h1>']
    if crumbs:
        out.append(f'<nav aria-label="Part of"><ul class="crumbs">{crumbs}</ul></nav>')
    out.append(f'<p class="lead">{p.assets} published assets and {len(p.groups)} groups.'
               ' <button type="button" class="print" data-print>Print this profile</button></p>')
    kinds = [(tx.label("asset_kinds", k), n) for k, n in p.by_kind.items()]
    colours = [tx.colour(k) for k in p.by_kind]
    out.append(_section("Assets by kind", "kinds", bar_chart(kinds, colours=colours)
                        + table("Assets by kind", ["Kind", "Assets"], [[e(k), str(n)] for k, n in kinds])))
    principles = list(p.by_principle.items())
    out.append(_section("Assets by Neighbourhoods of Care principle", "principles", bar_chart(principles)
                        + table("Assets by principle (an asset can support several)", ["Principle", "Assets"],
                                [[e(k), str(n)] for k, n in principles])))
    days = list(p.open_days.items())
    note = (f"<p>Opening times of {p.opening_readable} assets could be read as days and hours; "
            f"{p.opening_unreadable} give them in words (see each asset's page).</p>")
    out.append(_section("Open when", "open", bar_chart(days) + table(
        "Assets open on each day of the week", ["Day", "Assets open"], [[e(d), str(n)] for d, n in days]) + note))
    if p.gaps:
        gaps = "<ul>" + "".join(f"<li>{e(g)}</li>" for g in p.gaps) + "</ul>"
    else:
        gaps = "<p>No gaps against the city: every kind of asset is recorded here at least at half the city's rate.</p>"
    out.append(_section("Gaps against the city", "gaps", gaps))
    out.append(_section(f"Changed in the last {RECENT_DAYS} days ({p.recent_count})", "recent",
                        _asset_list(root, p.recent, "changed", p.recent_count, "Nothing changed recently.")))
    out.append(_section(f"Not checked for 12 months ({p.stale_count})", "stale",
                        _asset_list(root, p.stale, "last checked", p.stale_count,
                                    "Every asset has been checked in the last 12 months.")))
    if p.groups:
        rows = [[e(g["name"]), e(g["type"])] for g in p.groups]
        groups = table("Groups serving this area", ["Group", "Type"], rows, numeric_from=9)
    else:
        groups = "<p>No published groups serve this area yet.</p>"
    out.append(_section(f"Groups ({len(p.groups)})", "groups", groups))
    if private_needs is not None:
        rows = [[e(name), *[e(v) for v in values]] for name, values in private_needs["rows"]]
        out.append(_section("Care needs (private: coordinator only)", "needs",
                            table("Care needs recorded (suppressed counts)", ["Area", *private_needs["columns"]],
                                  rows) + f'<p class="muted">{e(private_needs["footnote"])}</p>'))
    if children:
        lis = "".join(f'<li><a href="{area_href(root, c)}">{e(c.name)}</a></li>' for c in children)
        out.append(_section(CHILDREN_TITLES.get(a.level, "Neighbourhoods in this area"), "parts",
                            f'<ul class="columns">{lis}</ul>'))
    return "".join(out)
