"""The window map's "Shading" layer: neighbourhoods shaded by a chosen indicator (assets per kind,
staleness, gaps against the city; ``formats.profiles.INDICATORS``), with a legend. The same numbers shade
the published site's map. In the window it counts every asset (the coordinator's own view: published or
not); a mapper's name, care needs and any other record text never reach it.

``/data/indicator/<code>.json`` (mapview/server.py) answers ``indicator_payload``; ``indicators.js``
(resources/web/mapper/) draws it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from mapper.domain.i18n import Context, arg, translate
from mapper.domain.taxonomy import taxonomy
from mapper.formats.profiles import INDICATORS, ProfileData, indicator_layer
from mapper.mapview.data import display_geometry
from mapper.store.source import FileSource

PALETTE = ("#f7f7f7", "#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
SCRIPT = "mapper/indicators.js"
Shading = Context("Shading")


def label_of(code: str) -> str:
    """An indicator's name in the chosen language."""
    if code.startswith("kind:"):
        return arg(Shading.tr("Assets: %1"), taxonomy().label("asset_kinds", code[5:]))
    return translate("Shading", dict(INDICATORS)[code])


def indicators() -> list[dict[str, str]]:
    return [{"code": c, "label": label_of(c)} for c, _ in INDICATORS]


def code_from_path(text: str) -> str | None:
    code = unquote(text)
    return code if code in dict(INDICATORS) else None


def indicator_payload(project, code: str) -> dict[str, Any]:
    """GeoJSON of the neighbourhoods with ``value`` and ``band`` (0 = none), and the legend."""
    data = ProfileData(FileSource(project, public=False))
    layer = indicator_layer(data, code, Shading.tr("%1 or more"))
    features = []
    for h in data.hoods:
        geometry = display_geometry(h["geometry"], tolerance=0.00005)
        if geometry is None:
            continue
        v = layer["values"][h["uuid"]]
        features.append({"type": "Feature", "id": h["uuid"], "geometry": geometry,
                         "properties": {"id": h["uuid"], "name": h["name"], "value": v["value"], "band": v["band"]}})
    return {"type": "FeatureCollection", "features": features,
            "properties": {"code": code, "label": label_of(code), "legend": layer["legend"],
                           "colours": list(PALETTE[:len(layer["legend"])])}}
