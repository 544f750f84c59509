"""The published site's pages: map, list, about, neighbourhood index, profiles and one page per asset."""

from __future__ import annotations

from mapper.domain.i18n import QT_TRANSLATE_NOOP, arg
from mapper.domain.taxonomy import taxonomy
from mapper.formats.profiles import ProfileData
from mapper.publish.html import Page, Site, attr_url, definition_list, e, render
from mapper.publish.profile_pages import (
    CHILDREN_TITLES,
    LEVEL_NAMES,
    area_href,
    area_name,
    area_root,
    asset_href,
    profile_body,
)

SCRIPTS = ("web/leaflet/leaflet.js", "web/supercluster/supercluster.min.js", "web/site/site.js")
LEAFLET_CSS = '<link rel="stylesheet" href="{root}web/leaflet/leaflet.css">'

# Credits the open data's licences require (see sample_data/README.md and /shared/data/README.md).
CREDITS = (
    (QT_TRANSLATE_NOOP("Site", "Neighbourhood boundaries"), "Data For Action, Sheffield neighbourhoods boundaries", "CC BY 4.0",
     "Partly compiled from OpenStreetMap: \u00a9 OpenStreetMap contributors, ODbL."),
    (QT_TRANSLATE_NOOP("Site", "Ward boundaries"), "Sheffield City Council open data", "Open Government Licence v3.0",
     "Contains OS data \u00a9 Crown copyright and database right."),
    (QT_TRANSLATE_NOOP("Site", "District boundaries; Barnsley, Doncaster and Rotherham ward boundaries (2013)"),
     "Office for National Statistics, via Martin Chorley's UK-GeoJSON", "CC BY 4.0; Open Government Licence v3.0",
     "Contains Ordnance Survey, Office for National Statistics data \u00a9 Crown copyright and database right 2016."),
    (QT_TRANSLATE_NOOP("Site", "Postcode search"), "OS Code-Point Open (August 2014)", "Open Government Licence v3.0",
     "Contains OS data \u00a9 Crown copyright and database right 2014; Contains Royal Mail data \u00a9 Royal Mail "
     "copyright and database right 2014; Contains National Statistics data \u00a9 Crown copyright and database "
     "right 2014."),
    (QT_TRANSLATE_NOOP("Site", "Libraries"), "Sheffield City Council open data", "Open Government Licence v3.0", ""),
    (QT_TRANSLATE_NOOP("Site", "Service types in the Open Referral UK data"), "Local Government Association, Local "
     "Government Service List (standards.esd.org.uk)", "Open Government Licence v3.0",
     "Contains public sector information licensed under the Open Government Licence v3.0, attributed to the "
     "LG Inform Plus (esd-toolkit) programme."),
    (QT_TRANSLATE_NOOP("Site", "Map software"), "Leaflet 1.9.4 (BSD 2-Clause), Supercluster 9 and KDBush (ISC)",
     QT_TRANSLATE_NOOP("Site", "see web/*/LICENSE"), ""),
)


# site.js's own words (key -> English), given to the page in the site's language
SCRIPT_WORDS = {
    "attribution": QT_TRANSLATE_NOOP("Site", "Boundaries © Data For Action, © OpenStreetMap contributors"),
    "zoom": QT_TRANSLATE_NOOP("Site", "%1 assets: zoom in"),
    "unnamed": QT_TRANSLATE_NOOP("Site", "(unnamed)"),
    "away": QT_TRANSLATE_NOOP("Site", "%1 m away"),
    "principle": QT_TRANSLATE_NOOP("Site", "principle %1"),
    "unknown_postcode": QT_TRANSLATE_NOOP("Site", "Postcode %1 is not known here."),
    "nearest_shown": QT_TRANSLATE_NOOP("Site", "Nearest assets to %1%2: %3 shown."),
    "match_first": QT_TRANSLATE_NOOP("Site", "%1 assets match “%2”%3; the first 20 are listed."),
    "match": QT_TRANSLATE_NOOP("Site", "%1 assets match “%2”%3."),
    "on_map": QT_TRANSLATE_NOOP("Site", "%1 assets on the map%2."),
    "map_failed": QT_TRANSLATE_NOOP("Site", "The map data could not be loaded (%1)."),
    "page_of": QT_TRANSLATE_NOOP("Site", "Page %1 of %2"),
    "caption": QT_TRANSLATE_NOOP("Site", "%1 assets, page %2 of %3"),
    "nearest_first": QT_TRANSLATE_NOOP("Site", "Assets nearest to %1%2, nearest first."),
    "listed": QT_TRANSLATE_NOOP("Site", "%1 assets%2."),
    "list_failed": QT_TRANSLATE_NOOP("Site", "The list could not be loaded (%1)."),
}


def script_data(meta: dict) -> dict:
    """What site.js needs to speak the site's language: its words, and the principles' shown names."""
    tx = taxonomy()
    return {"words": {key: Site.tr(text) for key, text in SCRIPT_WORDS.items()},
            "principle_labels": {p: tx.label("principles", p) for p in meta["principles"]}}


def _options(items: list[tuple[str, str]], all_label: str) -> str:
    return f'<option value="">{e(all_label)}</option>' + "".join(
        f'<option value="{e(v)}">{e(label)}</option>' for v, label in items)


def finder(meta: dict, *, list_page: bool) -> str:
    """The search and filter form shared by the map and the list."""
    tx = taxonomy()
    kinds = _options([(k["code"], k["label"]) for k in meta["kinds"]], Site.tr("All kinds"))
    cats = "".join(
        f'<optgroup label="{e(tx.label("asset_kinds", k))}">'
        + "".join(f'<option value="{e(c)}">{e(tx.label("categories", c))}</option>' for c in tx.categories_of(k))
        + "</optgroup>" for k in tx.kinds)
    principles = _options([(p, tx.label("principles", p)) for p in meta["principles"]], Site.tr("All principles"))
    find = Site.tr("Find assets on the list") if list_page else Site.tr("Find assets on the map")
    w = {k: e(v) for k, v in (("search", Site.tr("Search by name, category or postcode")),
                             ("example", Site.tr("For example: library, coffee morning or S10 1TD")),
                             ("kind", Site.tr("Kind")), ("category", Site.tr("Category")),
                             ("all_categories", Site.tr("All categories")), ("principle", Site.tr("Principle")),
                             ("go", Site.tr("Search")), ("clear", Site.tr("Clear")))}
    return (
        f'<form id="finder" class="finder" role="search" aria-label="{e(find)}" action="#">'
        f'<div class="field wide"><label for="q">{w["search"]}</label>'
        '<input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint">'
        f'<p id="q-hint" class="hint">{w["example"]}</p></div>'
        f'<div class="field"><label for="kind">{w["kind"]}</label><select id="kind" name="kind">{kinds}</select></div>'
        f'<div class="field"><label for="category">{w["category"]}</label><select id="category" name="category">'
        f'<option value="">{w["all_categories"]}</option>{cats}</select></div>'
        f'<div class="field"><label for="principle">{w["principle"]}</label><select id="principle" name="principle">'
        f"{principles}</select></div>"
        f'<div class="field buttons"><button type="submit">{w["go"]}</button> '
        f'<button type="reset" class="secondary">{w["clear"]}</button></div></form>'
        '<p id="status" class="status" role="status" aria-live="polite"></p>')


def map_page(meta: dict) -> Page:
    indicators = _options([(i["code"], i["label"]) for i in meta["indicators"]], Site.tr("No shading"))
    w = {k: e(v) for k, v in (
        ("intro", Site.tr("Places, groups and help in your neighbourhood, recorded by Citizen Mappers.")),
        ("list", Site.tr("The list of assets shows the same as a table.")),
        ("map", Site.tr("Map of assets")), ("results", Site.tr("Results")),
        ("help", Site.tr("Use the arrow keys to move the map and + or - to zoom once the map has focus. Every asset "
                         "is also in the list of assets.")),
        ("shade", Site.tr("Shade neighbourhoods")), ("shade_by", Site.tr("Shade neighbourhoods by")))}
    body = (
        f"<h1>{e(meta['title'])}</h1>"
        f"<p>{w['intro']} <a href=\"list.html\">{w['list']}</a></p>"
        + finder(meta, list_page=False)
        + f'<div class="layout"><div id="map" class="map" dir="ltr" role="region" aria-label="{w["map"]}" '
        'aria-describedby="map-help"></div>'
        f'<section class="results" aria-labelledby="results-h"><h2 id="results-h">{w["results"]}</h2>'
        '<ol id="results"></ol></section></div>'
        f'<p id="map-help" class="hint">{w["help"]}</p>'
        f'<section class="shade" aria-labelledby="shade-h"><h2 id="shade-h">{w["shade"]}</h2>'
        f'<label for="shade">{w["shade_by"]}</label> <select id="shade">{indicators}</select>'
        '<div id="legend" class="legend" aria-live="polite"></div></section>')
    return Page(meta["title"], body, current="index.html", scripts=SCRIPTS,
                data={"mode": "map", **meta, **script_data(meta)},
                head_extra=LEAFLET_CSS.format(root=""), site_title=meta["title"])


def list_page(meta: dict) -> Page:
    title = Site.tr("List of assets")
    w = {k: e(v) for k, v in (
        ("intro", Site.tr("Every published asset, in name order. Search and filter as on the map; each name opens "
                          "the asset's page.")),
        ("assets", Site.tr("Assets")), ("name", Site.tr("Name")), ("kind", Site.tr("Kind")),
        ("category", Site.tr("Category")), ("hood", Site.tr("Neighbourhood")), ("postcode", Site.tr("Postcode")),
        ("pages", Site.tr("Pages of the list")), ("prev", Site.tr("Previous page")), ("next", Site.tr("Next page")),
        ("noscript", Site.tr("The list needs JavaScript; every asset also has its own page, linked from the "
                             "neighbourhood profiles.")))}
    body = (
        f"<h1>{e(title)}</h1><p>{w['intro']}</p>" + finder(meta, list_page=True)
        + f'<table id="list" class="list"><caption id="list-caption">{w["assets"]}</caption><thead><tr>'
        f'<th scope="col">{w["name"]}</th><th scope="col">{w["kind"]}</th><th scope="col">{w["category"]}</th>'
        f'<th scope="col">{w["hood"]}</th><th scope="col">{w["postcode"]}</th></tr></thead><tbody></tbody></table>'
        f'<nav class="pager" aria-label="{w["pages"]}"><button type="button" id="prev">{w["prev"]}</button> '
        f'<span id="page-of"></span> <button type="button" id="next">{w["next"]}</button></nav>'
        f'<noscript><p>{w["noscript"]}</p></noscript>')
    return Page(title, body, current="list.html", scripts=SCRIPTS[2:],
                data={"mode": "list", **meta, **script_data(meta)}, site_title=meta["title"])


def about_page(meta: dict) -> Page:
    tx = taxonomy()
    rows = "".join(f"<tr><th scope=\"row\">{e(Site.tr(what))}</th><td>{e(src)}</td><td>{e(Site.tr(lic))}</td>"
                   f"<td>{e(note)}</td></tr>" for what, src, lic, note in CREDITS)
    w = {k: e(v) for k, v in (
        ("title", Site.tr("About this map")),
        ("what", Site.tr("Neighbourhoods of Care maps what helps people look after each other: shared spaces, groups "
                         "and activities, shared skills and resources, everyday help and services. Citizen Mappers "
                         "record them; a coordinator checks them and publishes only what each asset has agreed may "
                         "be published.")),
        ("private", Site.tr("Nothing personal is published: no care needs, and no mapper's name.")),
        ("kinds", Site.tr("The kinds of asset")), ("principles", Site.tr("Neighbourhoods of Care principles")),
        ("credits", Site.tr("Credits and licences")), ("caption", Site.tr("Open data and software used by this site")),
        ("c_what", Site.tr("What")), ("c_source", Site.tr("Source")), ("c_licence", Site.tr("Licence")),
        ("c_attribution", Site.tr("Attribution")),
        ("oruk", Site.tr("The same assets are also published as Open Referral UK data, for service directories and "
                         "social-prescribing platforms.")))}
    body = (
        f"<h1>{w['title']}</h1><p>{w['what']}</p><p>{w['private']}</p>"
        f"<h2>{w['kinds']}</h2><ul>"
        + "".join(f"<li>{e(k['label'])}</li>" for k in meta["kinds"]) + "</ul>"
        f"<h2>{w['principles']}</h2><ul>"
        + "".join(f"<li>{e(tx.label('principles', p))}</li>" for p in tx.principles) + "</ul>"
        f'<h2 id="credits">{w["credits"]}</h2>'
        f'<table><caption>{w["caption"]}</caption><thead><tr><th scope="col">{w["c_what"]}</th>'
        f'<th scope="col">{w["c_source"]}</th><th scope="col">{w["c_licence"]}</th>'
        f'<th scope="col">{w["c_attribution"]}</th></tr></thead>'
        f"<tbody>{rows}</tbody></table><p>{w['oruk']}</p>")
    return Page(Site.tr("About and credits"), body, current="about.html", site_title=meta["title"])


def hoods_page(data: ProfileData, meta: dict) -> Page:
    by_ward: dict[str, list] = {}
    for a in data.neighbourhood_areas():
        by_ward.setdefault(data.ward_of.get(a.key, ""), []).append(a)
    wards = {w.key: w for w in data.wards}
    title, whole = Site.tr("Neighbourhoods"), Site.tr("Profile of the whole map")
    together = Site.tr("(every neighbourhood together)")
    parts = [f'<h1>{e(title)}</h1><p><a href="{area_href("", data.everything())}">{e(whole)}</a> {e(together)}.</p>']
    if data.districts:
        lis = "".join(f'<li><a href="{area_href("", d)}">{e(d.name)}</a></li>' for d in data.districts)
        districts = Site.tr(CHILDREN_TITLES["all"])
        parts.append(f'<section><h2>{e(districts)}</h2><ul class="columns">{lis}</ul></section>')
    for key in sorted(by_ward, key=lambda k: (k == "", wards[k].name.lower() if k in wards else "")):
        ward = wards.get(key)
        ward_words = arg(Site.tr("%1 ward"), ward.name) if ward else ""
        heading = (f'<a href="{area_href("", ward)}">{e(ward_words)}</a>' if ward else
                   e(Site.tr("Neighbourhoods without a ward")))
        lis = "".join(f'<li><a href="{area_href("", a)}">{e(a.name)}</a></li>' for a in by_ward[key])
        parts.append(f'<section><h2>{heading}</h2><ul class="columns">{lis}</ul></section>')
    return Page(title, "".join(parts), current="neighbourhoods.html", site_title=meta["title"])


def asset_page(a: dict, data: ProfileData, meta: dict, groups: dict[str, str]) -> Page:
    tx = taxonomy()
    root = "../../"
    hood = data.hood_by_id.get(a["neighbourhood"])
    website = attr_url(a["website"])
    email = a["contact_email"] if a["contact_email"] and "@" in a["contact_email"] else None
    rows = [(Site.tr(label), value) for label, value in (
        (QT_TRANSLATE_NOOP("Site", "Kind"), e(tx.label("asset_kinds", a["kind"] or ""))),
        (QT_TRANSLATE_NOOP("Site", "Category"), e(tx.label("categories", a["category"] or ""))),
        (QT_TRANSLATE_NOOP("Site", "Status"), e(tx.label("asset_statuses", a["status"] or "active"))),
        (QT_TRANSLATE_NOOP("Site", "About"),
         f'<span class="pre">{e(a["description"])}</span>' if a["description"] else ""),
        (QT_TRANSLATE_NOOP("Site", "Address"), e(a["address"])), (QT_TRANSLATE_NOOP("Site", "Postcode"), e(a["postcode"])),
        (QT_TRANSLATE_NOOP("Site", "Neighbourhood"),
         f'<a href="{root}n/{e(hood["uuid"])}.html">{e(hood["name"])}</a>' if hood else ""),
        (QT_TRANSLATE_NOOP("Site", "Open"),
         f'<span class="pre">{e(a["opening_times"])}</span>' if a["opening_times"] else ""),
        (QT_TRANSLATE_NOOP("Site", "Cost"), e(a["cost"])), (QT_TRANSLATE_NOOP("Site", "Who it is for"), e(a["audience"])),
        (QT_TRANSLATE_NOOP("Site", "Accessibility"), e(a["accessibility"])),
        (QT_TRANSLATE_NOOP("Site", "Phone"), e(a["contact_phone"])),
        (QT_TRANSLATE_NOOP("Site", "Email"), f'<a href="mailto:{e(email)}">{e(email)}</a>' if email else ""),
        (QT_TRANSLATE_NOOP("Site", "Website"), f'<a href="{e(website)}">{e(a["website"])}</a>' if website else ""),
        (QT_TRANSLATE_NOOP("Site", "Principles"), e(", ".join(tx.label("principles", p) for p in a["principles"]))),
        (QT_TRANSLATE_NOOP("Site", "Run by"), e(groups.get(a["run_by"]))),
        (QT_TRANSLATE_NOOP("Site", "Last checked"), e(a["last_checked"])),
    )]
    place = ({"lon": a["lon"], "lat": a["lat"], "colour": tx.colour(a["kind"] or "")}
             if a["lon"] is not None else None)
    name = a["name"] or Site.tr("(unnamed)")
    where, back, listed = Site.tr("Map showing where it is"), Site.tr("Back to the map"), Site.tr("List of assets")
    body = (f'<p class="kicker">{e(tx.label("asset_kinds", a["kind"] or ""))}</p><h1>{e(name)}</h1>'
            + definition_list(rows)
            + (f'<div id="mini" class="mini-map" dir="ltr" role="region" aria-label="{e(where)}"></div>'
               if place else "")
            + f'<p><a href="{root}index.html">{e(back)}</a> \u00b7 <a href="{root}list.html">{e(listed)}</a></p>')
    return Page(name, body, root=root,
                scripts=(SCRIPTS if place else ()), data={"mode": "asset", "place": place} if place else None,
                head_extra=LEAFLET_CSS.format(root=root) if place else "", site_title=meta["title"])


def write_pages(w, data: ProfileData, meta: dict) -> None:
    w.text("index.html", render(map_page(meta)))
    w.text("list.html", render(list_page(meta)))
    w.text("about.html", render(about_page(meta)))
    w.text("neighbourhoods.html", render(hoods_page(data, meta)))
    for area in data.areas():
        root = area_root(area)
        parents = [(Site.tr(LEVEL_NAMES[p.level]), p) for p in data.parents(area)]
        body = profile_body(data.profile(area), root=root, parents=parents, children=data.children(area))
        page = Page(arg(Site.tr("%1 profile"), area_name(area)), body, root=root, scripts=("web/site/site.js",),
                    data={"mode": "profile"}, site_title=meta["title"])
        w.text(area_href("", area), render(page))
    groups = {g["uuid"]: g["name"] for g in data.groups}
    for a in data.assets:
        w.text(asset_href("", a["uuid"]), render(asset_page(a, data, meta, groups)))
