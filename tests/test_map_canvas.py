"""The map's one canvas (resources/web/mapper/dots.js): the boundaries and the view's assets are painted on
the same canvas (one layer for Chromium's compositor), a move paints it once when its view is here (not at
the move's end and again), and several changes in one animation frame paint it once."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests.map_helpers import js, load, mouse, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture


def _paints_after(qtbot, widget, script: str, until: str = "true") -> int:
    """How many times the canvas was painted whole for ``script``: once ``until`` holds and at least one
    paint came, and then a while longer than a canvas waits for its view (a second paint would be in)."""
    before = js(qtbot, widget, "MapperApp.paints()")
    js(qtbot, widget, script)
    wait_js(qtbot, widget, f"MapperApp.paints() > {before} && ({until})", timeout=15000)
    qtbot.wait(600)
    return js(qtbot, widget, "MapperApp.paints()") - before


def test_boundaries_and_assets_share_one_canvas(qtbot, widget, demo):
    load(qtbot, widget, demo)
    wait_js(qtbot, widget, "MapperApp.drawnCount() > 0")
    canvases = js(qtbot, widget, "Array.from(document.querySelectorAll('.leaflet-container canvas'))"
                                 ".map(c => c.parentNode.className)")
    assert len(canvases) == 1 and "nmAssets" in canvases[0]
    # the neighbourhoods are paths of that canvas's renderer (and the wards, once switched on)
    assert js(qtbot, widget, "Object.values(MapperApp.map._layers).filter(l => l._renderer && l.feature)"
                             ".every(l => l._renderer._container === document.querySelector('canvas'))")


def test_a_move_paints_the_canvas_once_when_its_view_is_here(qtbot, widget, demo):
    load(qtbot, widget, demo)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 14, {animate: false}); 1")
    qtbot.wait(700)
    for move in ("MapperApp.map.panBy([250, 120], {duration: 0.3}); 1", "MapperApp.map.zoomIn(1); 1",
                 "MapperApp.map.zoomOut(1); 1"):
        views = js(qtbot, widget, "MapperApp.views")
        assert _paints_after(qtbot, widget, move, until=f"MapperApp.views > {views}") == 1, move
        assert js(qtbot, widget, "MapperApp.views") == views + 1
    # what was painted is where the map is now: a click on an asset drawn alone still finds it
    single = js(qtbot, widget, "MapperApp.shown().find(s => s.id && s.x > 20 && s.y > 20 && s.x < 980 && s.y < 680)")
    assert single is not None
    with qtbot.waitSignal(widget.assetClicked, timeout=5000) as clicked:
        mouse(widget, "press", single["x"], single["y"])
        mouse(widget, "release", single["x"], single["y"])
    assert clicked.args == [single["id"]]


def test_changes_in_one_frame_paint_once_and_a_lost_view_still_paints(qtbot, widget, demo):
    load(qtbot, widget, demo)
    qtbot.wait(300)
    some = json.dumps(js(qtbot, widget, "MapperApp.shown().map(s => s.id).filter(Boolean).slice(0, 3)"))
    assert _paints_after(qtbot, widget, f"{some}.forEach(id => MapperApp.select(id)); MapperApp.select(null); 1") == 1
    # a move whose view never comes (the app failed to answer) is painted all the same, a moment later
    widget.server.handle = lambda path, handle=widget.server.handle: (
        handle("/data/none") if path.startswith("/data/view/") else handle(path))
    views = js(qtbot, widget, "MapperApp.views")
    assert _paints_after(qtbot, widget, "MapperApp.map.panBy([200, 0], {duration: 0.2}); 1") == 1
    assert js(qtbot, widget, "MapperApp.views") == views
