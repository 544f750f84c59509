"""The map page: Folium lays out a skeleton (map, scale bar, layer groups, layer control) and every library
is vendored (no CDN URL is left in it).

Data is never code: Folium renders through Jinja2, so nothing that comes from a record, a file or a caller
is ever handed to it. The skeleton is rendered from constants only; afterwards ``build_page`` adds, as
plain strings, the config and any inlined data as JSON in ``<script type="application/json">`` (with
``<``, ``>`` and ``&`` escaped), the escaped title and a Content-Security-Policy whose script hashes are
those of the page's own inline scripts (an injected script would not run). ``mapper.js``
(resources/web/mapper/) reads the JSON and fills the groups, putting text in with ``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapper.domain import i18n
from mapper.domain.i18n import translate
from mapper.domain.resources import RESOURCES
from mapper.mapview.data import kinds, script_json

WEB = RESOURCES / "web"
SHEFFIELD = [[53.30, -1.80], [53.50, -1.32]]  # a fallback view for an empty project
LIBRARIES_JS = ("leaflet/leaflet.js", "supercluster/supercluster.min.js", "mapper/dots.js", "mapper/mapper.js")
LIBRARIES_CSS = ("leaflet/leaflet.css", "mapper/mapper.css")
# What the app's own page may load: only its own scheme (mapper://app), plus data:/blob: images.
APP_POLICY = ("default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
              "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; "
              "form-action 'none'; frame-src 'none'; object-src 'none'")
# An exported page loads nothing at all: its own inline scripts (by hash), styles and data: images only.
EXPORT_POLICY = ("default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data: blob:; "
                 "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; "
                 "object-src 'none'")
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>', re.S)


def layer_names() -> dict[str, str]:
    return {"neighbourhoods": translate("MapPage", "Neighbourhoods"),
            "names": translate("MapPage", "Neighbourhood names"), "wards": translate("MapPage", "Wards"),
            "assets": translate("MapPage", "Assets")}


def needs_layer_name() -> str:
    return translate("MapPage", "Care needs (counts)")


def page_strings() -> dict[str, str]:
    """The page's own words, in the chosen language: given to mapper.js as JSON strings (it puts them in
    with textContent, never as HTML)."""
    return {
        "category": translate("MapPage", "Category"), "status": translate("MapPage", "Status"),
        "address": translate("MapPage", "Address"), "postcode": translate("MapPage", "Postcode"),
        "opening_times": translate("MapPage", "Open"), "cost": translate("MapPage", "Cost"),
        "audience": translate("MapPage", "For"), "website": translate("MapPage", "Website"),
        "legendTitle": translate("MapPage", "Assets by kind"),
        "cluster": translate("MapPage", "Several assets (click to zoom)"),
        "needsTitle": translate("MapPage", "Care needs (published counts)"),
        "loading": translate("MapPage", "Loading…"),
        "needCategory": translate("MapPage", "Care need category"),
        "allNeeds": translate("MapPage", "All care needs"),
        "needsFailed": translate("MapPage", "Counts could not be loaded."),
        "publicNote": translate("MapPage", "Neighbourhood Mapper: public map of community assets (no basemap)."),
        "aboutMap": translate("MapPage", "About this map"),
        "noBasemapTitle": translate("MapPage", "No basemap"),
        "noBasemap": translate("MapPage", "No basemap: to add one, choose File → Add basemap and pick an "
                                          ".mbtiles file."),
        "shadingLayer": translate("MapPage", "Shading (indicator)"),
        "layers": translate("MapPage", "Layers"),
        "noAssetNear": translate("MapPage", "No asset near the centre of the map. Move the map with the arrow keys."),
        "clusterZoomed": translate("MapPage", "%1 assets here: zoomed in."),
        "detailsOpen": translate("MapPage", "%1: details open. Escape closes them."),
        "mapKeys": translate("MapPage", "Map. Arrow keys move it, plus and minus zoom, Enter opens the asset nearest "
                                        "the centre."),
        "assetDetails": translate("MapPage", "Asset details"),
        "shadeBy": translate("MapPage", "Shade neighbourhoods by"),
        "indicator": translate("MapPage", "Indicator"),
    }


class _Start(MacroElement):
    """Calls ``MapperApp.start`` once Folium has made the map, the groups and the layer control.
    Only generated variable names pass through the template; the config is read from the page's JSON."""

    _template = Template("""
{% macro script(this, kwargs) %}
MapperApp.start({{ this._parent.get_name() }}, {
{%- for key, group in this.groups.items() %}
  {{ key }}: {{ group.get_name() }},
{%- endfor %}
}, {{ this.control.get_name() }});
{% endmacro %}
""")

    def __init__(self, groups: dict[str, folium.FeatureGroup], control: folium.LayerControl):
        super().__init__()
        self._name = "MapperStart"
        self.groups = groups
        self.control = control


def _inline_css(rel: str) -> str:
    """A vendored stylesheet with its images turned into data: URLs (for the one-file export)."""
    path = WEB / rel
    css = path.read_text(encoding="utf-8")

    def data_url(match: re.Match) -> str:
        target = (path.parent / match.group(1)).resolve()
        if not target.is_file():
            return "none"
        mime = "image/svg+xml" if target.suffix == ".svg" else f"image/{target.suffix.lstrip('.')}"
        return f"url(data:{mime};base64,{base64.b64encode(target.read_bytes()).decode()})"

    return re.sub(r"url\(['\"]?(?!data:)([^'\")]+)['\"]?\)", data_url, css).replace("</style", "<\\/style")


def _inline_js(rel: str) -> str:
    return (WEB / rel).read_text(encoding="utf-8").replace("</script", "<\\/script")


def _skeleton(*, needs: bool, links: list[tuple[str, str]] | None, css: list[tuple[str, str]] | None) -> str:
    """Folium's page from constants only (no data, no caller's text)."""
    m = folium.Map(location=None, tiles=None, control_scale=True, prefer_canvas=True, zoom_start=11,
                   min_zoom=3, max_zoom=19, attribution_control=True)
    # Folium's defaults point at CDNs (leaflet, jquery, bootstrap, awesome-markers, font-awesome): replace
    # them with the vendored copies (links), or nothing when the libraries are inlined after rendering.
    m.default_js, m.default_css = links or [], css or []
    # Leaflet's layer control shows names as HTML: escape them (they are the app's own words)
    groups = {key: folium.FeatureGroup(name=html.escape(label), show=key != "wards")
              for key, label in layer_names().items()}
    if needs:
        # the app's own page only: suppressed care-need counts, off until switched on (never in an export)
        groups["needs"] = folium.FeatureGroup(name=html.escape(needs_layer_name()), show=False)
    for group in groups.values():
        group.add_to(m)
    control = folium.LayerControl(collapsed=False, position="topright")
    control.add_to(m)
    _Start(groups, control).add_to(m)
    return m.get_root().render()


def json_element(key: str, value: Any) -> str:
    """``value`` as a JSON data element the page reads (``mapper.js`` ``load``); never executed."""
    return f'<script type="application/json" id="nm-{key}">{script_json(value)}</script>'


def script_hashes(page: str) -> str:
    """CSP sources for every inline script of ``page`` (data elements are not scripts)."""
    digests = (base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
               for body in _INLINE_SCRIPT.findall(page))
    return " ".join(f"'sha256-{d}'" for d in dict.fromkeys(digests))


def build_page(config: dict[str, Any], *, inline: dict[str, Any] | None = None, web_base: str = "web/",
               extra_js: tuple[str, ...] = (), title: str = "Neighbourhood Mapper") -> str:
    """The page's HTML.

    ``config`` goes to ``MapperApp.start`` (data URLs, basemaps, bounds, whether editing is on).
    ``inline`` (export): data put into the page as JSON, and the libraries themselves instead of links.
    ``extra_js``: more script URLs (the app's ``qwebchannel.js``).
    ``config["needsUrl"]`` (the app only, never with ``inline``) adds the "Care needs (counts)" layer.
    """
    config = {"kinds": kinds(), "strings": page_strings(), "rtl": i18n.current().rtl, **config}
    config["bounds"] = config.get("bounds") or SHEFFIELD
    if inline is None:
        links = [(Path(rel).stem.replace(".", "_"), web_base + rel) for rel in LIBRARIES_JS]
        links += [(Path(url).stem, url) for url in extra_js]
        css = [(Path(rel).stem + "_css", web_base + rel) for rel in LIBRARIES_CSS]
        page = _skeleton(needs=bool(config.get("needsUrl")), links=links, css=css)
        head = ""
    else:
        config["inline"] = True
        page = _skeleton(needs=False, links=None, css=None)
        styles = "\n".join(_inline_css(rel) for rel in LIBRARIES_CSS)
        head = f"<style>{styles}</style>\n" + "\n".join(f"<script>{_inline_js(rel)}</script>"
                                                          for rel in LIBRARIES_JS)
        head += "\n" + "\n".join(json_element(f"data-{key}", value) for key, value in inline.items())
    # From here on only string joins: the rendered skeleton is final and no template sees what follows.
    head = f"<title>{html.escape(title)}</title>\n{head}\n{json_element('config', config)}\n"
    lang = html.escape(i18n.current().language.replace("_", "-"), quote=True)
    page = page.replace("<html>", f'<html lang="{lang}">', 1)  # the map itself stays left to right
    page = _VIEWPORT.sub('<meta name="viewport" content="width=device-width, initial-scale=1.0">', page, count=1)
    start, end = page.index("<head>") + len("<head>"), page.index("</head>")
    page = page[:end] + head + page[end:]
    policy = (EXPORT_POLICY if inline is not None else APP_POLICY).format(hashes=script_hashes(page))
    meta = f'\n<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">'
    return page[:start] + meta + page[start:]


def content_policy(page: str) -> str | None:
    """The policy ``build_page`` put in ``page`` (a ``<meta>``: Qt WebEngine lowercases custom schemes'
    response headers, which would break the script hashes)."""
    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    return html.unescape(found.group(1)) if found else None
