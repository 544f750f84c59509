"""The map's "Care needs (counts)" layer: neighbourhoods shaded by the PUBLISHED care-need counts.

Only the suppressed numbers of :mod:`mapper.privacy.aggregates` ever reach the page (1-9 withheld as
"fewer than 10*", the rest rounded to 5, secondary suppression), and only while the project's care needs
are unlocked. Each feature carries the neighbourhood's id and name, the published count (None when
withheld), the text to show and a band index: never a need's id, notes, categories or any other field.
Built afresh on every request (no cache), so locking takes the counts off the map at the next refresh.
The public HTML export never calls this module.
"""

from __future__ import annotations

from typing import Any

from mapper.domain.errors import PrivacyError
from mapper.domain.i18n import QT_TRANSLATE_NOOP, translate
from mapper.domain.taxonomy import taxonomy
from mapper.mapview.data import display_geometry
from mapper.privacy.aggregates import FOOTNOTE, SUPPRESSED_TEXT, choropleth_geojson
from mapper.privacy.setup import is_protected, is_unlocked

LOCKED_TEXT = QT_TRANSLATE_NOOP("MapPage", "Unlock care needs to see counts.")
UNPROTECTED_TEXT = QT_TRANSLATE_NOOP("MapPage", "Set a care-needs passphrase and unlock care needs to see counts.")
# (label, lowest published count in the band); band 0 is "withheld", band 1 is zero
BANDS = ((QT_TRANSLATE_NOOP("MapPage", "fewer than 10*"), None), ("0", 0), ("10\u201315", 10),
         ("20\u201345", 20), ("50\u201395", 50), (QT_TRANSLATE_NOOP("MapPage", "100 or more"), 100))


def categories() -> list[dict[str, str]]:
    tx = taxonomy()
    return [{"code": c, "label": tx.label("need_categories", c)} for c in tx.codes("need_categories")]


def is_category(code: str) -> bool:
    return code in taxonomy().codes("need_categories")


def band(count: int | None) -> int:
    """The legend band of a published count (None = withheld)."""
    if count is None:
        return 0
    index = 1
    for i, (_, low) in enumerate(BANDS[1:], start=1):
        if count >= low:
            index = i
    return index


def _empty(message: str, category: str | None) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [],
            "properties": {"locked": True, "message": translate("MapPage", message), "category": category}}


def needs_payload(project, category: str | None = None) -> dict[str, Any]:
    """The layer's GeoJSON: suppressed counts when care needs are unlocked, else no features and the reason."""
    if category is not None and not is_category(category):
        raise ValueError(f"unknown care-need category {category!r}")
    if not is_unlocked(project):
        return _empty(LOCKED_TEXT if is_protected(project) else UNPROTECTED_TEXT, category)
    try:
        source = choropleth_geojson(project, category)
    except PrivacyError as exc:  # e.g. a need sealed to a coordinator's key: no partial counts
        return _empty(translate("MapPage", "Counts cannot be shown: %1").replace("%1", str(exc)), category)
    features = []
    for f in source["features"]:
        geometry = display_geometry(f["geometry"])
        if geometry is None:
            continue
        p = f["properties"]
        count = p["count"]
        features.append({"type": "Feature", "id": p["uuid"], "geometry": geometry,
                         "properties": {"id": p["uuid"], "name": p["name"] or "", "count": count,
                                        "label": translate("Aggregates", p["label"]), "suppressed": count is None, "band": band(count)}})
    label = translate("MapPage", "All care needs") if category is None else taxonomy().label("need_categories", category)
    return {"type": "FeatureCollection", "features": features,
            "properties": {"locked": False, "category": category, "categoryLabel": label,
                           "bands": [translate("MapPage", b[0]) for b in BANDS],
                           "footnote": translate("Aggregates", FOOTNOTE),
                           "suppressedText": translate("Aggregates", SUPPRESSED_TEXT)}}
