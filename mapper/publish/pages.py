"""The published site's pages: map, list, about, neighbourhood index, profiles and one page per asset."""

from __future__ import annotations

from mapper.domain.taxonomy import taxonomy
from mapper.formats.profiles import ProfileData
from mapper.publish.html import Page, attr_url, definition_list, e, render
from mapper.publish.profile_pages import (
    CHILDREN_TITLES,
    LEVEL_NAMES,
    area_href,
    area_root,
    asset_href,
    profile_body,
)

SCRIPTS = ("web/leaflet/leaflet.js", "web/supercluster/supercluster.min.js", "web/site/site.js")
LEAFLET_CSS = '<link rel="stylesheet" href="{root}web/leaflet/leaflet.css">'

# Credits the open data's licences require (see sample_data/README.md and /shared/data/README.md).
CREDITS = (
    ("Neighbourhood boundaries", "Data For Action, Sheffield neighbourhoods boundaries", "CC BY 4.0",
     "Partly compiled from OpenStreetMap: \u00a9 OpenStreetMap contributors, ODbL."),
    ("Ward boundaries", "Sheffield City Council open data", "Open Government Licence v3.0",
     "Contains OS data \u00a9 Crown copyright and database right."),
    ("District boundaries; Barnsley, Doncaster and Rotherham ward boundaries (2013)",
     "Office for National Statistics, via Martin Chorley's UK-GeoJSON", "CC BY 4.0; Open Government Licence v3.0",
     "Contains Ordnance Survey, Office for National Statistics data \u00a9 Crown copyright and database right 2016."),
    ("Postcode search", "OS Code-Point Open (August 2014)", "Open Government Licence v3.0",
     "Contains OS data \u00a9 Crown copyright and database right 2014; Contains Royal Mail data \u00a9 Royal Mail "
     "copyright and database right 2014; Contains National Statistics data \u00a9 Crown copyright and database "
     "right 2014."),
    ("Libraries", "Sheffield City Council open data", "Open Government Licence v3.0", ""),
    ("Service types in the Open Referral UK data", "Local Government Association, Local Government Service List "
     "(standards.esd.org.uk)", "Open Government Licence v3.0",
     "Contains public sector information licensed under the Open Government Licence v3.0, attributed to the "
     "LG Inform Plus (esd-toolkit) programme."),
    ("Map software", "Leaflet 1.9.4 (BSD 2-Clause), Supercluster 9 and KDBush (ISC)", "see web/*/LICENSE", ""),
)


def _options(items: list[tuple[str, str]], all_label: str) -> str:
    return f'<option value="">{e(all_label)}</option>' + "".join(
        f'<option value="{e(v)}">{e(label)}</option>' for v, label in items)


def finder(meta: dict, *, list_page: bool) -> str:
    """The search and filter form shared by the map and the list."""
    tx = taxonomy()
    kinds = _options([(k["code"], k["label"]) for k in meta["kinds"]], "All kinds")
    cats = "".join(
        f'<optgroup label="{e(tx.label("asset_kinds", k))}">'
        + "".join(f'<option value="{e(c)}">{e(tx.label("categories", c))}</option>' for c in tx.categories_of(k))
        + "</optgroup>" for k in tx.kinds)
    principles = _options([(p, p) for p in meta["principles"]], "All principles")
    target = "list" if list_page else "map"
    return (
        f'<form id="finder" class="finder" role="search" aria-label="Find assets on the {target}" action="#">'
        '<div class="field wide"><label for="q">Search by name, category or postcode</label>'
        '<input id="q" name="q" type="search" autocomplete="off" aria-describedby="q-hint">'
        '<p id="q-hint" class="hint">For example: library, coffee morning or S10 1TD</p></div>'
        f'<div class="field"><label for="kind">Kind</label><select id="kind" name="kind">{kinds}</select></div>'
        f'<div class="field"><label for="category">Category</label><select id="category" name="category">'
        f'<option value="">All categories</option>{cats}</select></div>'
        f'<div class="field"><label for="principle">Principle</label><select id="principle" name="principle">'
        f"{principles}</select></div>"
        '<div class="field buttons"><button type="submit">Search</button> '
        '<button type="reset" class="secondary">Clear</button></div></form>'
        '<p id="status" class="status" role="status" aria-live="polite"></p>')


def map_page(meta: dict) -> Page:
    indicators = _options([(i["code"], i["label"]) for i in meta["indicators"]], "No shading")
    body = (
        f"<h1>{e(meta['title'])}</h1>"
        "<p>Places, groups and help in your neighbourhood, recorded by Citizen Mappers. "
        'The <a href="list.html">list of assets</a> shows the same as a table.</p>'
        + finder(meta, list_page=False)
        + '<div class="layout"><div id="map" class="map" role="region" aria-label="Map of assets" '
        'aria-describedby="map-help"></div>'
        '<section class="results" aria-labelledby="results-h"><h2 id="results-h">Results</h2>'
        '<ol id="results"></ol></section></div>'
        '<p id="map-help" class="hint">Use the arrow keys to move the map and + or - to zoom once the map has '
        'focus. Every asset is also in the list of assets.</p>'
        '<section class="shade" aria-labelledby="shade-h"><h2 id="shade-h">Shade neighbourhoods</h2>'
        f'<label for="shade">Shade neighbourhoods by</label> <select id="shade">{indicators}</select>'
        '<div id="legend" class="legend" aria-live="polite"></div></section>')
    return Page(meta["title"], body, current="index.html", scripts=SCRIPTS, data={"mode": "map", **meta},
                head_extra=LEAFLET_CSS.format(root=""), site_title=meta["title"])


def list_page(meta: dict) -> Page:
    body = (
        "<h1>List of assets</h1><p>Every published asset, in name order. Search and filter as on the map; "
        "each name opens the asset's page.</p>" + finder(meta, list_page=True)
        + '<table id="list" class="list"><caption id="list-caption">Assets</caption><thead><tr>'
        '<th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Category</th>'
        '<th scope="col">Neighbourhood</th><th scope="col">Postcode</th></tr></thead><tbody></tbody></table>'
        '<nav class="pager" aria-label="Pages of the list"><button type="button" id="prev">Previous page</button> '
        '<span id="page-of"></span> <button type="button" id="next">Next page</button></nav>'
        '<noscript><p>The list needs JavaScript; every asset also has its own page, linked from the '
        'neighbourhood profiles.</p></noscript>')
    return Page("List of assets", body, current="list.html", scripts=SCRIPTS[2:], data={"mode": "list", **meta},
                site_title=meta["title"])


def about_page(meta: dict) -> Page:
    tx = taxonomy()
    rows = "".join(f"<tr><th scope=\"row\">{e(what)}</th><td>{e(src)}</td><td>{e(lic)}</td><td>{e(note)}</td></tr>"
                   for what, src, lic, note in CREDITS)
    body = (
        "<h1>About this map</h1>"
        "<p>Neighbourhoods of Care maps what helps people look after each other: shared spaces, groups and "
        "activities, shared skills and resources, everyday help and services. Citizen Mappers record them; "
        "a coordinator checks them and publishes only what each asset has agreed may be published.</p>"
        "<p>Nothing personal is published: no care needs, and no mapper's name.</p>"
        "<h2>The kinds of asset</h2><ul>"
        + "".join(f"<li>{e(k['label'])}</li>" for k in meta["kinds"]) + "</ul>"
        "<h2>Neighbourhoods of Care principles</h2><ul>"
        + "".join(f"<li>{e(p)}</li>" for p in tx.principles) + "</ul>"
        '<h2 id="credits">Credits and licences</h2>'
        "<table><caption>Open data and software used by this site</caption><thead><tr><th scope=\"col\">What</th>"
        "<th scope=\"col\">Source</th><th scope=\"col\">Licence</th><th scope=\"col\">Attribution</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        "<p>The same assets are also published as Open Referral UK data, for service directories and "
        "social-prescribing platforms.</p>")
    return Page("About and credits", body, current="about.html", site_title=meta["title"])


def hoods_page(data: ProfileData, meta: dict) -> Page:
    by_ward: dict[str, list] = {}
    for a in data.neighbourhood_areas():
        by_ward.setdefault(data.ward_of.get(a.key, ""), []).append(a)
    wards = {w.key: w for w in data.wards}
    parts = [f'<h1>Neighbourhoods</h1><p><a href="{area_href("", data.everything())}">Profile of the whole map</a>'
             " (every neighbourhood together).</p>"]
    if data.districts:
        lis = "".join(f'<li><a href="{area_href("", d)}">{e(d.name)}</a></li>' for d in data.districts)
        parts.append(f'<section><h2>{e(CHILDREN_TITLES["all"])}</h2><ul class="columns">{lis}</ul></section>')
    for key in sorted(by_ward, key=lambda k: (k == "", wards[k].name.lower() if k in wards else "")):
        ward = wards.get(key)
        heading = (f'<a href="{area_href("", ward)}">{e(ward.name)} ward</a>' if ward else
                   e("Neighbourhoods without a ward"))
        lis = "".join(f'<li><a href="{area_href("", a)}">{e(a.name)}</a></li>' for a in by_ward[key])
        parts.append(f'<section><h2>{heading}</h2><ul class="columns">{lis}</ul></section>')
    return Page("Neighbourhoods", "".join(parts), current="neighbourhoods.html", site_title=meta["title"])


def asset_page(a: dict, data: ProfileData, meta: dict, groups: dict[str, str]) -> Page:
    tx = taxonomy()
    root = "../../"
    hood = data.hood_by_id.get(a["neighbourhood"])
    website = attr_url(a["website"])
    email = a["contact_email"] if a["contact_email"] and "@" in a["contact_email"] else None
    rows = [
        ("Kind", e(tx.label("asset_kinds", a["kind"] or ""))),
        ("Category", e(tx.label("categories", a["category"] or ""))),
        ("Status", e(tx.label("asset_statuses", a["status"] or "active"))),
        ("About", f'<span class="pre">{e(a["description"])}</span>' if a["description"] else ""),
        ("Address", e(a["address"])), ("Postcode", e(a["postcode"])),
        ("Neighbourhood", f'<a href="{root}n/{e(hood["uuid"])}.html">{e(hood["name"])}</a>' if hood else ""),
        ("Open", f'<span class="pre">{e(a["opening_times"])}</span>' if a["opening_times"] else ""),
        ("Cost", e(a["cost"])), ("Who it is for", e(a["audience"])), ("Accessibility", e(a["accessibility"])),
        ("Phone", e(a["contact_phone"])),
        ("Email", f'<a href="mailto:{e(email)}">{e(email)}</a>' if email else ""),
        ("Website", f'<a href="{e(website)}">{e(a["website"])}</a>' if website else ""),
        ("Principles", e(", ".join(a["principles"]))),
        ("Run by", e(groups.get(a["run_by"]))),
        ("Last checked", e(a["last_checked"])),
    ]
    place = ({"lon": a["lon"], "lat": a["lat"], "colour": tx.colour(a["kind"] or "")}
             if a["lon"] is not None else None)
    body = (f'<p class="kicker">{e(tx.label("asset_kinds", a["kind"] or ""))}</p><h1>{e(a["name"] or "(unnamed)")}</h1>'
            + definition_list(rows)
            + ('<div id="mini" class="mini-map" role="region" aria-label="Map showing where it is"></div>'
               if place else "")
            + f'<p><a href="{root}index.html">Back to the map</a> \u00b7 <a href="{root}list.html">List of assets</a></p>')
    return Page(a["name"] or "(unnamed)", body, root=root,
                scripts=(SCRIPTS if place else ()), data={"mode": "asset", "place": place} if place else None,
                head_extra=LEAFLET_CSS.format(root=root) if place else "", site_title=meta["title"])


def write_pages(w, data: ProfileData, meta: dict) -> None:
    w.text("index.html", render(map_page(meta)))
    w.text("list.html", render(list_page(meta)))
    w.text("about.html", render(about_page(meta)))
    w.text("neighbourhoods.html", render(hoods_page(data, meta)))
    for area in data.areas():
        root = area_root(area)
        parents = [(LEVEL_NAMES[p.level], p) for p in data.parents(area)]
        body = profile_body(data.profile(area), root=root, parents=parents, children=data.children(area))
        page = Page(f"{area.name} profile", body, root=root, scripts=("web/site/site.js",),
                    data={"mode": "profile"}, site_title=meta["title"])
        w.text(area_href("", area), render(page))
    groups = {g["uuid"]: g["name"] for g in data.groups}
    for a in data.assets:
        w.text(asset_href("", a["uuid"]), render(asset_page(a, data, meta, groups)))
