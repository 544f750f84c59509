"""The neighbourhoods' names on the map (mapper.js, NameLabel): each is centred on its point as Leaflet's
own tooltip centres it, but placing one after a zoom or a pan does not read its size from the page (each read
was a style recalculation of the whole page: 147 of them at the start and the end of every zoom); the size
is read when it changes (the names shown, the page's text size)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests.map_helpers import js, load, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture

# Leaflet's Tooltip._setPosition for direction 'center': the point less half the size, each half rounded
CENTRED = ("MapperApp.namePlaces().filter(p => p.w > 0).map(p => [p.x - (p.at.x - Math.round(p.w / 2)),"
           " p.y - (p.at.y - Math.round(p.h / 2))])")
SETTLED = "!MapperApp.map._animatingZoom && !document.querySelector('.leaflet-zoom-anim')"


def _zoom(qtbot, widget, script):
    views = js(qtbot, widget, "MapperApp.views")
    js(qtbot, widget, script)
    wait_js(qtbot, widget, f"MapperApp.views > {views} && {SETTLED}", timeout=15000)
    qtbot.wait(100)  # a frame or two: a size that changed has been read and the name placed again


def _assert_centred(qtbot, widget):
    offsets = js(qtbot, widget, CENTRED)
    assert offsets, "no name shown"
    assert all(o == [0, 0] for o in offsets), offsets


def test_names_are_centred_as_leaflet_centres_them_after_zooms_and_pans(qtbot, widget, demo):
    load(qtbot, widget, demo)
    assert js(qtbot, widget, "MapperApp.nameSizes")  # the page has a ResizeObserver (else Leaflet's own way)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 12, {animate: false}); 1")
    qtbot.wait(300)
    assert js(qtbot, widget, "MapperApp.map.getContainer().classList.contains('nm-names-hidden')")
    # 12 -> 13: the names are shown (their size was 0 while hidden), then in and out again, and a pan
    for script in ("MapperApp.map.zoomIn(1); 1", "MapperApp.map.zoomIn(1); 1", "MapperApp.map.zoomOut(1); 1",
                   "MapperApp.map.panBy([180, -90], {duration: 0.3}); 1"):
        _zoom(qtbot, widget, script)
        _assert_centred(qtbot, widget)
    assert widget.page().errors() == []


def test_a_zoom_places_the_names_without_reading_their_size(qtbot, widget, demo):
    load(qtbot, widget, demo)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 13, {animate: false}); 1")
    qtbot.wait(400)
    _assert_centred(qtbot, widget)
    # every read of a name's offsetWidth/offsetHeight from now on is counted
    js(qtbot, widget, """(function () {
        var reads = window.__nmReads = {n: 0};
        ['offsetWidth', 'offsetHeight'].forEach(function (key) {
          var d = Object.getOwnPropertyDescriptor(HTMLElement.prototype, key);
          Object.defineProperty(HTMLElement.prototype, key, {configurable: true, get: function () {
            if (this.classList && this.classList.contains('nm-hood-label')) { reads.n += 1; }
            return d.get.call(this);
          }});
        });
        return 1; })()""")
    for script in ("MapperApp.map.zoomIn(1); 1", "MapperApp.map.zoomOut(1); 1",
                   "MapperApp.map.panBy([200, 100], {duration: 0.3}); 1"):
        _zoom(qtbot, widget, script)
    assert js(qtbot, widget, "window.__nmReads.n") == 0
    _assert_centred(qtbot, widget)


def test_names_follow_the_page_text_size(qtbot, widget, demo):
    load(qtbot, widget, demo)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 13, {animate: false}); 1")
    qtbot.wait(400)
    before = js(qtbot, widget, "MapperApp.namePlaces().map(p => p.w)")
    js(qtbot, widget, "document.documentElement.style.fontSize = '26px'; 1")  # what a larger window text does
    wait_js(qtbot, widget, f"MapperApp.namePlaces().map(p => p.w).join() !== {before!r}.join()", timeout=5000)
    qtbot.wait(100)
    _assert_centred(qtbot, widget)
