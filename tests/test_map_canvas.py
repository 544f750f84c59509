"""The map's one canvas (resources/web/mapper/dots.js): the boundaries and the view's assets are painted on
the same canvas (one layer for Chromium's compositor), a move paints it once when its view is here (not at
the move's end and again), a pan paints only the strips it uncovered, several changes in one animation frame
paint it once, the canvas is opaque when nothing is under it, and an animated pan moves by whole pixels."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from tests.map_helpers import js, load, mouse, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture


PAINTED = "MapperApp.paints() + MapperApp.strips()"


def _paints_after(qtbot, widget, script: str, until: str = "true", strips: bool = False):
    """How many times the canvas was painted whole for ``script`` (and, with ``strips``, how many times only
    the strips a pan uncovered): once ``until`` holds and at least one paint came, and then a while longer
    than a canvas waits for its view (a second paint would be in)."""
    before = js(qtbot, widget, "[MapperApp.paints(), MapperApp.strips()]")
    js(qtbot, widget, script)
    wait_js(qtbot, widget, f"{PAINTED} > {sum(before)} && ({until})", timeout=15000)
    qtbot.wait(600)
    whole, strip = (a - b for a, b in zip(js(qtbot, widget, "[MapperApp.paints(), MapperApp.strips()]"), before))
    return (whole, strip) if strips else whole + strip


def test_boundaries_and_assets_share_one_canvas(qtbot, widget, demo):
    load(qtbot, widget, demo)
    wait_js(qtbot, widget, "MapperApp.drawnCount() > 0")
    canvases = js(qtbot, widget, "Array.from(document.querySelectorAll('.leaflet-container canvas'))"
                                 ".map(c => c.parentNode.className)")
    assert len(canvases) == 1 and "nmAssets" in canvases[0]
    # the neighbourhoods are paths of that canvas's renderer (and the wards, once switched on)
    assert js(qtbot, widget, "Object.values(MapperApp.map._layers).filter(l => l._renderer && l.feature)"
                             ".every(l => l._renderer._container === document.querySelector('canvas'))")


def _click_an_asset_alone(qtbot, widget):
    """A click (the mouse, on screen) on an asset drawn alone selects that asset."""
    single = js(qtbot, widget, "MapperApp.shown().find(s => s.id && s.x > 20 && s.y > 20 && s.x < 980 && s.y < 680)")
    assert single is not None
    with qtbot.waitSignal(widget.assetClicked, timeout=5000) as clicked:
        mouse(widget, "press", single["x"], single["y"])
        mouse(widget, "release", single["x"], single["y"])
    assert clicked.args == [single["id"]]


def test_a_move_paints_the_canvas_once_when_its_view_is_here(qtbot, widget, demo):
    load(qtbot, widget, demo)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 14, {animate: false}); 1")
    qtbot.wait(700)
    # a pan keeps the picture and paints only what it uncovered; a zoom paints it all
    for move, painted in (("MapperApp.map.panBy([250, 120], {duration: 0.3}); 1", (0, 1)),
                          ("MapperApp.map.zoomIn(1); 1", (1, 0)), ("MapperApp.map.zoomOut(1); 1", (1, 0))):
        views = js(qtbot, widget, "MapperApp.views")
        assert _paints_after(qtbot, widget, move, until=f"MapperApp.views > {views}", strips=True) == painted, move
        assert js(qtbot, widget, "MapperApp.views") == views + 1
    # what was painted is where the map is now: a click on an asset drawn alone still finds it
    _click_an_asset_alone(qtbot, widget)


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


# the whole canvas as bytes, base64 (what is on it, pixel for pixel)
PIXELS = ("(function () { var c = document.querySelector('.leaflet-container canvas');"
          " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, s = '';"
          " for (var i = 0; i < d.length; i += 8192) { s += String.fromCharCode.apply(null, d.subarray(i, i + 8192)); }"
          " return [c.width, c.height, btoa(s)]; })()")


def _pixels(qtbot, widget):
    import base64

    width, height, data = js(qtbot, widget, PIXELS)
    return width, height, base64.b64decode(data)


def test_a_pan_moves_the_picture_and_paints_only_the_strips_it_uncovered(qtbot, widget, demo):
    load(qtbot, widget, demo)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 14, {animate: false}); 1")
    qtbot.wait(700)
    for pan in ([230, 0], [0, -170], [-140, 95]):
        views = js(qtbot, widget, "MapperApp.views")
        assert _paints_after(qtbot, widget, f"MapperApp.map.panBy({pan}, {{duration: 0.25}}); 1",
                             until=f"MapperApp.views > {views}", strips=True) == (0, 1), pan
        width, height, moved = _pixels(qtbot, widget)
        # the same canvas painted whole from scratch: the moved picture and its strips are that picture
        js(qtbot, widget, "MapperApp.map.options.renderer._full = true; MapperApp.map.options.renderer._redraw(); 1")
        assert js(qtbot, widget, "MapperApp.paints()") > 0
        _, _, whole = _pixels(qtbot, widget)
        assert len(moved) == len(whole) == width * height * 4
        differ = sum(1 for a, b in zip(moved[::4], whole[::4]) if abs(a - b) > 8)
        # a boundary clipped afresh for the strip may be simplified a pixel differently at the strip's edge
        assert differ <= width * height // 500, (pan, differ)
    # drawn where the map put them: a click on an asset alone still finds it
    _click_an_asset_alone(qtbot, widget)


def test_a_pan_after_an_edit_paints_the_whole_canvas(qtbot, widget, demo):
    load(qtbot, widget, demo)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 15, {animate: false}); 1")
    qtbot.wait(700)
    single = js(qtbot, widget, "MapperApp.shown().find(s => s.id && s.x > 300 && s.y > 200 && s.x < 700 && s.y < 500)")
    assert single is not None
    # another window moved the asset (the app's index has it; the page does not know yet): the next pan's
    # view differs where the old picture is, so the picture is not kept
    lon, lat = js(qtbot, widget, f"(function () {{ var p = MapperApp.map.containerPointToLatLng([{single['x']} + 60,"
                                 f" {single['y']} + 40]); return [p.lng, p.lat]; }})()")
    demo.update("assets", single["id"], {"geom": (lon, lat)})
    widget.server.asset_changed(single["id"])
    views = js(qtbot, widget, "MapperApp.views")
    assert _paints_after(qtbot, widget, "MapperApp.map.panBy([120, 0], {duration: 0.25}); 1",
                         until=f"MapperApp.views > {views}", strips=True) == (1, 0)
    where = js(qtbot, widget, f"MapperApp.where({json.dumps(single['id'])})")
    assert where is not None and abs(where["lon"] - lon) < 1e-6


def _colour(qtbot, widget, x, y):
    return js(qtbot, widget, "(function () { var c = document.querySelector('.leaflet-container canvas');"
                             " var p = MapperApp.map.options.renderer._bounds.min, q = MapperApp.map.containerPointToLayerPoint"
                             f"([{x}, {y}]); return Array.from(c.getContext('2d').getImageData(q.x - p.x, q.y - p.y, 1, 1).data); }})()")


def test_the_canvas_is_opaque_on_the_bare_map_and_see_through_over_a_basemap(qtbot, widget, demo, tmp_path):
    from tests.test_map_tiles import make_mbtiles

    load(qtbot, widget, demo)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 12, {animate: false}); 1")
    qtbot.wait(700)
    assert js(qtbot, widget, "MapperApp.canvasOpaque()") is True
    # the Assets layer off (its box in the layer control): only the boundaries are painted
    js(qtbot, widget, "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))"
                      ".find(l => l.textContent.trim() === 'Assets').querySelector('input').click(); 1")
    qtbot.wait(200)
    # a neighbourhood's see-through fill over the map's background, mixed beforehand: the same colour
    hood = js(qtbot, widget, "(function () { var m = MapperApp.map, out = null;"
                             " m.eachLayer(function (l) { if (!out && l.feature && l._pxBounds) {"
                             " var p = m.layerPointToContainerPoint(l._pxBounds.getCenter());"
                             " if (p.x > 0 && p.y > 0 && p.x < 1000 && p.y < 700 && l._containsPoint(l._pxBounds.getCenter())) {"
                             " out = [p.x, p.y]; } } }); return out; })()")
    assert hood is not None
    seen = _colour(qtbot, widget, *hood)
    bg = (242, 240, 235)  # mapper.css: .leaflet-container
    fill, alpha = (0x9E, 0xC3, 0xD8), 0.12  # mapper.js: HOOD
    assert seen[3] == 255
    assert all(abs(s - (f * alpha + b * (1 - alpha))) <= 2 for s, f, b in zip(seen, fill, bg)), seen
    # a basemap under it: the canvas lets it through (transparent where nothing is drawn)
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    tile = bytes(buf.data().data())
    path = make_mbtiles(tmp_path / "base.mbtiles", {(12, x, 4095 - y): tile for x in range(2027, 2037) for y in range(1322, 1332)})
    widget.add_basemap(path)
    wait_js(qtbot, widget, "MapperApp.canvasOpaque() === false")
    seen = _colour(qtbot, widget, *hood)
    # (read back unpremultiplied: the fill's own colour at its own opacity, blended by the compositor)
    assert abs(seen[3] - alpha * 255) <= 1 and all(abs(s - f) <= 8 for s, f in zip(seen, fill)), seen
    # and on screen the basemap shows through the neighbourhood's fill
    qtbot.waitUntil(lambda: widget.view.grab().toImage().pixelColor(int(hood[0]), int(hood[1])).red() > 200, timeout=5000)


def test_an_animated_pan_moves_the_map_by_whole_pixels(qtbot, widget, demo):
    """Arrow keys pan with Leaflet's animation: every frame of it puts the map at a whole pixel."""
    from PySide6.QtCore import Qt

    from tests.keys import press

    load(qtbot, widget, demo)
    js(qtbot, widget, "(function () { var pane = MapperApp.map.getPane('mapPane'), out = window.__nmPan = [];"
                      " (function tick() { var p = L.DomUtil.getPosition(pane); out.push([p.x, p.y]);"
                      " if (out.length < 90) { requestAnimationFrame(tick); } })(); return 1; })()")
    widget.view.setFocus()
    js(qtbot, widget, "MapperApp.map.getContainer().focus(); 1")
    press(qtbot, Qt.Key.Key_Right)
    qtbot.wait(300)
    press(qtbot, Qt.Key.Key_Down)
    wait_js(qtbot, widget, "window.__nmPan.length >= 90", timeout=10000)
    seen = js(qtbot, widget, "window.__nmPan")
    assert len({tuple(p) for p in seen}) > 4, seen  # the pans were animated (several places between)
    assert all(float(v).is_integer() for p in seen for v in p), seen
