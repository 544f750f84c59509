"""Printable neighbourhood, ward, district and whole-map profile pages (``formats.profiles`` numbers, escaped HTML,
inline SVG charts each beside its table). Care-need counts are never on these public pages."""

from __future__ import annotations

from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg
from mapper.domain.taxonomy import taxonomy
from mapper.formats.profiles import DAY_LABELS, RECENT_DAYS, Area, Profile
from mapper.publish.charts import bar_chart
from mapper.publish.html import Site, e, table

# (translated where shown: Site.tr)
LEVEL_NAMES = {"neighbourhood": QT_TRANSLATE_NOOP("Site", "Neighbourhood"), "ward": QT_TRANSLATE_NOOP("Site", "Ward"),
               "district": QT_TRANSLATE_NOOP("Site", "District"), "all": QT_TRANSLATE_NOOP("Site", "Whole map")}
KICKERS = {"neighbourhood": QT_TRANSLATE_NOOP("Site", "Neighbourhood profile"),
           "ward": QT_TRANSLATE_NOOP("Site", "Ward profile"), "district": QT_TRANSLATE_NOOP("Site", "District profile"),
           "all": QT_TRANSLATE_NOOP("Site", "Whole map profile")}
CHILDREN_TITLES = {"all": QT_TRANSLATE_NOOP("Site", "Districts"), "district": QT_TRANSLATE_NOOP("Site", "Wards"),
                   "ward": QT_TRANSLATE_NOOP("Site", "Neighbourhoods in this area")}
DAYS = {day: text for day, text in zip(DAY_LABELS, (
    QT_TRANSLATE_NOOP("Site", "Monday"), QT_TRANSLATE_NOOP("Site", "Tuesday"), QT_TRANSLATE_NOOP("Site", "Wednesday"),
    QT_TRANSLATE_NOOP("Site", "Thursday"), QT_TRANSLATE_NOOP("Site", "Friday"), QT_TRANSLATE_NOOP("Site", "Saturday"),
    QT_TRANSLATE_NOOP("Site", "Sunday")))}
CHANGED, CHECKED = QT_TRANSLATE_NOOP("Site", "changed"), QT_TRANSLATE_NOOP("Site", "last checked")


def area_name(area: Area) -> str:
    """What an area is called on the site (the whole map in the site's language; others as recorded)."""
    return Site.tr("The whole map") if area.level == "all" else area.name


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
    unnamed, said = Site.tr("(unnamed)"), Site.tr(extra)
    lis = "".join(f'<li><a href="{asset_href(root, a["uuid"])}">{e(a["name"] or unnamed)}</a> '
                  f'<span class="muted">({e(said)} {e(when(a[extra_key(extra)]))})</span></li>' for a in items)
    more = e(arg(Site.tr("and %1 more."), total - len(items)))
    more = f"<p>{more}</p>" if total > len(items) else ""
    return f"<ul>{lis}</ul>{more}"


def when(value: str) -> str:
    return Site.tr("never") if value == "never" else value


def extra_key(extra: str) -> str:
    return "modified" if extra == CHANGED else "last_checked"


def _section(title: str, slug: str, inner: str) -> str:
    return f'<section aria-labelledby="h-{slug}"><h2 id="h-{slug}">{e(title)}</h2>{inner}</section>'


def profile_body(p: Profile, *, root: str, parents: list[tuple[str, Area]], children: list[Area],
                 private_needs: dict | None = None) -> str:
    """The profile as HTML (the published page; the window shows the same sections)."""
    tx = taxonomy()
    a = p.area
    crumbs = "".join(f'<li><a href="{area_href(root, parent)}">'
                     f'{f"{e(label)}: " if parent.level != "all" else ""}{e(area_name(parent))}</a></li>'
                     for label, parent in parents)
    out = [f'<p class="kicker">{e(Site.tr(KICKERS[a.level]))}</p><h1>{e(area_name(a))}</h1>']
    if crumbs:
        part_of = Site.tr("Part of")
        out.append(f'<nav aria-label="{e(part_of)}"><ul class="crumbs">{crumbs}</ul></nav>')
    lead = arg(Site.tr("%1 published assets and %2 groups."), p.assets, len(p.groups))
    print_it = Site.tr("Print this profile")
    out.append(f'<p class="lead">{e(lead)} <button type="button" class="print" data-print>{e(print_it)}</button></p>')
    kinds = [(tx.label("asset_kinds", k), n) for k, n in p.by_kind.items()]
    colours = [tx.colour(k) for k in p.by_kind]
    by_kind, assets_word = Site.tr("Assets by kind"), Site.tr("Assets")
    out.append(_section(by_kind, "kinds", bar_chart(kinds, colours=colours)
                        + table(by_kind, [Site.tr("Kind"), assets_word], [[e(k), str(n)] for k, n in kinds])))
    principles = [(tx.label("principles", k), n) for k, n in p.by_principle.items()]
    out.append(_section(Site.tr("Assets by Neighbourhoods of Care principle"), "principles", bar_chart(principles)
                        + table(Site.tr("Assets by principle (an asset can support several)"),
                                [Site.tr("Principle"), assets_word], [[e(k), str(n)] for k, n in principles])))
    days = [(Site.tr(DAYS.get(d, d)), n) for d, n in p.open_days.items()]
    note = arg(Site.tr("Opening times of %1 assets could be read as days and hours; %2 give them in words (see "
                       "each asset's page)."), p.opening_readable, p.opening_unreadable)
    out.append(_section(Site.tr("Open when"), "open", bar_chart(days) + table(
        Site.tr("Assets open on each day of the week"), [Site.tr("Day"), Site.tr("Assets open")],
        [[e(d), str(n)] for d, n in days]) + f"<p>{e(note)}</p>"))
    if p.gap_kinds:
        none, few = Site.tr("%1: none recorded"), Site.tr("%1: fewer than half the city's average")
        gaps = "<ul>" + "".join(f"<li>{e(arg(none if how == 'none' else few, tx.label('asset_kinds', k)))}</li>"
                                for k, how in p.gap_kinds) + "</ul>"
    else:
        gaps = ("<p>" + e(Site.tr("No gaps against the city: every kind of asset is recorded here at least at half "
                                  "the city's rate.")) + "</p>")
    out.append(_section(Site.tr("Gaps against the city"), "gaps", gaps))
    out.append(_section(arg(Site.tr("Changed in the last %1 days (%2)"), RECENT_DAYS, p.recent_count), "recent",
                        _asset_list(root, p.recent, CHANGED, p.recent_count, Site.tr("Nothing changed recently."))))
    out.append(_section(arg(Site.tr("Not checked for 12 months (%1)"), p.stale_count), "stale",
                        _asset_list(root, p.stale, CHECKED, p.stale_count,
                                    Site.tr("Every asset has been checked in the last 12 months."))))
    if p.groups:
        rows = [[e(g["name"]), e(g["type"])] for g in p.groups]
        groups = table(Site.tr("Groups serving this area"), [Site.tr("Group"), Site.tr("Type")], rows, numeric_from=9)
    else:
        groups = "<p>" + e(Site.tr("No published groups serve this area yet.")) + "</p>"
    out.append(_section(arg(Site.tr("Groups (%1)"), len(p.groups)), "groups", groups))
    if private_needs is not None:
        rows = [[e(name), *[e(v) for v in values]] for name, values in private_needs["rows"]]
        out.append(_section("Care needs (private: coordinator only)", "needs",
                            table("Care needs recorded (suppressed counts)", ["Area", *private_needs["columns"]],
                                  rows) + f'<p class="muted">{e(private_needs["footnote"])}</p>'))
    if children:
        lis = "".join(f'<li><a href="{area_href(root, c)}">{e(c.name)}</a></li>' for c in children)
        out.append(_section(Site.tr(CHILDREN_TITLES.get(a.level, CHILDREN_TITLES["ward"])), "parts",
                            f'<ul class="columns">{lis}</ul>'))
    return "".join(out)
