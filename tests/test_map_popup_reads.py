"""A popup reads as a short card: wide enough that words are not broken inside (the map's 300-pixel card,
or the map's width less a margin), in the map's own type size, and with labels, not codes."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from mapper.domain.records import Asset  # noqa: E402
from tests.map_helpers import js, load, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture

pytestmark = pytest.mark.web


def test_an_ordinary_popup_is_a_card_wide_enough_for_its_words_with_labels_not_codes(qtbot, widget, project):
    w = widget
    asset = project.add(Asset(name="Archives Library", description="Hub library (Council). Real open data.",
                              kind="shared_space", category="library", status="active",
                              address="52 Shoreham Street, Sheffield", postcode="S1 4SP", location=(-1.4662, 53.3764)))
    load(qtbot, w, project)
    js(qtbot, w, "MapperApp.map.setView([53.3764, -1.4662], 15, {animate: false}); 1")
    js(qtbot, w, f"MapperApp.select({json.dumps(asset.uuid)}); 1")
    wait_js(qtbot, w, "document.querySelectorAll('.nm-popup dd').length >= 4")
    width = js(qtbot, w, "document.querySelector('.leaflet-popup-content').getBoundingClientRect().width")
    assert width >= 280, width  # a card, not a 160-pixel strip that breaks "Library" into "Librar / y"
    # no value is broken inside a word: each short value is on one line, the address on at most two
    lines = js(qtbot, w, "[...document.querySelectorAll('.nm-popup dd')].map(d => "
                         "[d.textContent, Math.round(d.getBoundingClientRect().height / "
                         "parseFloat(getComputedStyle(d).lineHeight))])")
    assert all(n <= (2 if "Street" in text else 1) for text, n in lines), lines
    sizes = js(qtbot, w, "['.nm-popup-desc', '.nm-popup dd', '.nm-popup dt'].map(s => "
                         "parseFloat(getComputedStyle(document.querySelector(s)).fontSize))")
    assert all(12 <= s <= 14.5 for s in sizes), sizes  # the map's 13px type (Leaflet: 1.083em), not 17px
    values = [text for text, _ in lines]
    assert "Active" in values and "active" not in values, values  # the status's label, as in the form
