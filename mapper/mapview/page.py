"""The map page, composed by Folium, with every library vendored (no CDN URL is left in it).

Folium writes the Leaflet map, the scale bar, the layer groups and the layer control; ``mapper.js``
(resources/web/mapper/) fills the groups with data it fetches from the app's URL scheme, or, in a
self-contained export, reads from JSON inlined in the page. User text never passes through Folium.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from mapper.domain import i18n
from mapper.domain.i18n import translate
from mapper.domain.resources import RESOURCES
from mapper.mapview.data import kinds, script_json

WEB = RESOURCES / "web"
SHEFFIELD = [[53.30, -1.80], [53.50, -1.32]]  # a fallback view for an empty project
LIBRARIES_JS = ("leaflet/leaflet.js", "supercluster/supercluster.min.js", "mapper/mapper.js")
LIBRARIES_CSS = ("leaflet/leaflet.css", "mapper/mapper.css")


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
        "noBasemap": translate("MapPage", "No basemap: to add one, choose File → Add basemap and pick an "
                                          ".mbtiles file."),
    }


class _Start(MacroElement):
    """Calls ``MapperApp.start`` once Folium has made the map, the groups and the layer control."""

    _template = Template("""
{% macro script(this, kwargs) %}
MapperApp.start({{ this._parent.get_name() }}, {
{%- for key, group in this.groups.items() %}
  {{ key }}: {{ group.get_name() }},
{%- endfor %}
}, {{ this.control.get_name() }}, {{ this.config }});
{% endmacro %}
""")

    def __init__(self, groups: dict[str, folium.FeatureGroup], control: folium.LayerControl, config: dict):
        super().__init__()
        self._name = "MapperStart"
        self.groups = groups
        self.control = control
        self.config = script_json(config)


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

    return re.sub(r"url\(['\"]?(?!data:)([^'\")]+)['\"]?\)", data_url, css)


def _inline_js(rel: str) -> str:
    return (WEB / rel).read_text(encoding="utf-8").replace("</script", "<\\/script")


def build_page(config: dict[str, Any], *, inline: dict[str, Any] | None = None, web_base: str = "web/",
               extra_js: tuple[str, ...] = (), title: str = "Neighbourhood Mapper") -> str:
    """The page's HTML.

    ``config`` goes to ``MapperApp.start`` (data URLs, basemaps, bounds, whether editing is on).
    ``inline`` (export): data put into the page as JSON, and the libraries themselves instead of links.
    ``extra_js``: more script URLs (the app's ``qwebchannel.js``).
    ``config["needsUrl"]`` (the app only, never with ``inline``) adds the "Care needs (counts)" layer.
    """
    config = {"kinds": kinds(), "bounds": config.get("bounds") or SHEFFIELD, "strings": page_strings(),
              "rtl": i18n.current().rtl, **config}
    config["bounds"] = config["bounds"] or SHEFFIELD
    m = folium.Map(location=None, tiles=None, control_scale=True, prefer_canvas=True, zoom_start=11,
                   min_zoom=3, max_zoom=19, attribution_control=True)
    m.fit_bounds(config["bounds"])
    # Folium's defaults point at CDNs (leaflet, jquery, bootstrap, awesome-markers, font-awesome): replace
    # them with the vendored copies; the rest is not used by this page.
    root = m.get_root()
    if inline is None:
        m.default_js = [(Path(rel).stem.replace(".", "_"), web_base + rel) for rel in LIBRARIES_JS]
        m.default_js += [(Path(url).stem, url) for url in extra_js]
        m.default_css = [(Path(rel).stem + "_css", web_base + rel) for rel in LIBRARIES_CSS]
    else:
        m.default_js, m.default_css = [], []
        styles = "\n".join(_inline_css(rel) for rel in LIBRARIES_CSS)
        scripts = "\n".join(f"<script>{_inline_js(rel)}</script>" for rel in LIBRARIES_JS)
        root.header.add_child(Element(f"<style>{styles}</style>\n{scripts}"), name="mapper_libraries")
        data = "\n".join(f'<script type="application/json" id="nm-data-{key}">{script_json(value)}</script>'
                         for key, value in inline.items())
        root.html.add_child(Element(data), name="mapper_data")
        config["inline"] = True
    root.header.add_child(Element(f"<title>{_text(title)}</title>"), name="mapper_title")
    # Leaflet's layer control puts a layer's name in as HTML: the (translated) names go in escaped
    groups = {key: folium.FeatureGroup(name=_text(label), show=key != "wards")
              for key, label in layer_names().items()}
    if inline is None and config.get("needsUrl"):
        # the app's own page only: suppressed care-need counts, off until switched on (never in an export)
        groups["needs"] = folium.FeatureGroup(name=_text(needs_layer_name()), show=False)
    for group in groups.values():
        group.add_to(m)
    control = folium.LayerControl(collapsed=False, position="topright")
    control.add_to(m)
    _Start(groups, control, config).add_to(m)
    return root.render()


def _text(value: str) -> str:
    import html

    return html.escape(value, quote=True)
