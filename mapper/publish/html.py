"""HTML for the published site, built by hand with escaping: every piece of record text goes through
``e()`` (``html.escape``, quotes included) and never through a template engine; data for scripts goes in
``<script type="application/json">`` via ``mapview.data.script_json`` (no raw ``<``, ``>`` or ``&``).
The site's own words are ``Site.tr(...)``: the language ``publish_site`` was asked for (``lang`` and, for
Urdu and Arabic, ``dir="rtl"`` on the page); record text is never translated.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from mapper.domain.i18n import QT_TRANSLATE_NOOP, Context, current
from mapper.mapview.data import script_json

Site = Context("Site")
NAV = (("index.html", QT_TRANSLATE_NOOP("Site", "Map")), ("list.html", QT_TRANSLATE_NOOP("Site", "List of assets")),
       ("neighbourhoods.html", QT_TRANSLATE_NOOP("Site", "Neighbourhoods")),
       ("about.html", QT_TRANSLATE_NOOP("Site", "About and credits")))


def language_attributes() -> str:
    """``lang`` (and ``dir`` for a right-to-left language) of the site's language."""
    cat = current()
    lang = "en-GB" if cat.language == "en" else cat.language
    return f'lang="{lang}"' + (' dir="rtl"' if cat.rtl else "")


def e(text) -> str:
    """Text as HTML (``None`` is empty)."""
    return "" if text is None else html.escape(str(text), quote=True)


def attr_url(url: str | None) -> str | None:
    """A link target only when it is an http(s) address (never ``javascript:`` or the like)."""
    if not url:
        return None
    u = url.strip()
    if not u.lower().startswith(("http://", "https://")):
        u = "https://" + u if "." in u and " " not in u and ":" not in u else ""
    return u or None


@dataclass
class Page:
    title: str  # plain text
    body: str  # HTML, already escaped
    root: str = ""  # relative path to the site's top ("", "../", "../../")
    current: str | None = None  # the NAV entry this page is
    scripts: tuple[str, ...] = ()  # site-relative script paths
    data: dict | None = None  # JSON for the page's script (id "nm-page")
    head_extra: str = ""
    site_title: str = ""


def render(page: Page) -> str:
    r = page.root
    current = ' aria-current="page"'
    nav = "".join(f'<li><a href="{r}{href}"{current if href == page.current else ""}>{e(Site.tr(label))}</a></li>'
                  for href, label in NAV)
    scripts = "".join(f'<script src="{r}{s}"></script>' for s in page.scripts)
    data = (f'<script type="application/json" id="nm-page">{script_json(page.data)}</script>'
            if page.data is not None else "")
    title = page.title if page.title == page.site_title else f"{page.title} \u2013 {page.site_title}"
    skip, site = Site.tr("Skip to main content"), Site.tr("Site")
    credits = Site.tr("Open data: boundaries © Data For Action (CC BY 4.0) and © OpenStreetMap contributors "
                      "(ODbL); wards and postcodes contain OS data © Crown copyright and database right.")
    all_credits = Site.tr("All credits and licences")
    return (
        f'<!DOCTYPE html>\n<html {language_attributes()}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(title)}</title>"
        f'<link rel="stylesheet" href="{r}web/site/site.css">{page.head_extra}</head>'
        f'<body><a class="skip" href="#main">{e(skip)}</a>'
        f'<header class="site"><p class="site-title"><a href="{r}index.html">{e(page.site_title)}</a></p>'
        f'<nav aria-label="{e(site)}"><ul>{nav}</ul></nav></header>'
        f'<main id="main" tabindex="-1">{page.body}</main>'
        f'<footer class="site"><p>{e(credits)} <a href="{r}about.html#credits">{e(all_credits)}</a>.</p></footer>'
        f"{data}{scripts}</body></html>\n")


def definition_list(rows: list[tuple[str, str]]) -> str:
    """``rows`` of (label text, value HTML already escaped)."""
    items = "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f'<dl class="fields">{items}</dl>' if items else ""


def table(caption: str, headers: list[str], rows: list[list[str]], *, numeric_from: int = 1) -> str:
    """An accessible table; ``rows`` cells are escaped HTML; the first cell of each row is its header."""
    num = ' class="num"'
    head = "".join(f'<th scope="col"{num if i >= numeric_from else ""}>{e(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(
        (f'<th scope="row">{c}</th>' if i == 0 else f'<td{num if i >= numeric_from else ""}>{c}</td>')
        for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><caption>{e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
