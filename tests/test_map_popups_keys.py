"""Map popups and controls a real person can live with: long text scrolls inside a popup that fits the map,
a popup goes when its record is deleted, a narrow map keeps its legends and layer list folded, and the whole
map works from the keyboard (zoom, layers, popups open and close, focus always visible)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from mapper.domain.records import Asset  # noqa: E402
from tests.map_helpers import js, load, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture
from tests.test_ui_shell import real_window  # noqa: E402,F401 - the window as the app builds it

pytestmark = pytest.mark.web
LONG = ("A long description of the hall and everything that happens there. " * 80)[:5000]

RECT = "(s => { const r = document.querySelector(s).getBoundingClientRect(); " \
       "return {l: r.left, t: r.top, r: r.right, b: r.bottom, w: r.width, h: r.height}; })"


def rect(qtbot, w, selector):
    return js(qtbot, w, f"{RECT}({json.dumps(selector)})")


def inside(inner, outer, slack=1):
    return (inner["l"] >= outer["l"] - slack and inner["t"] >= outer["t"] - slack
            and inner["r"] <= outer["r"] + slack and inner["b"] <= outer["b"] + slack)


def key(qtbot, w, k, text=""):
    qtbot.keyClick(w.view.focusProxy(), k)
    qtbot.wait(60)


def active(qtbot, w) -> str:
    return js(qtbot, w, "(e => e.className || e.tagName)(document.activeElement)")


@pytest.fixture
def narrow(widget):
    widget.resize(800, 600)
    return widget


def test_a_5000_character_description_scrolls_inside_a_popup_that_fits_the_map(qtbot, narrow, project):
    w = narrow
    asset = project.add(Asset(name="Hall " + "x" * 300, description=LONG, address="y" * 2000, kind="shared_space",
                              category="community_hub", location=(-1.47, 53.38)))
    load(qtbot, w, project)
    js(qtbot, w, "MapperApp.map.setView([53.38, -1.47], 15, {animate: false}); 1")
    js(qtbot, w, f"MapperApp.select({json.dumps(asset.uuid)}); 1")
    wait_js(qtbot, w, "(document.querySelector('.nm-popup-desc') || {}).textContent === " + json.dumps(LONG))
    qtbot.wait(600)  # the pan that brings the popup into view
    page = rect(qtbot, w, ".leaflet-container")
    popup = rect(qtbot, w, ".leaflet-popup-content-wrapper")
    assert inside(popup, page), (popup, page)
    assert popup["w"] <= 360 and popup["h"] <= 380  # 300 x 320 of content, plus its padding
    content = js(qtbot, w, "(c => ({sh: c.scrollHeight, ch: c.clientHeight, sw: c.scrollWidth, cw: c.clientWidth}))"
                           "(document.querySelector('.leaflet-popup-content'))")
    assert content["sh"] > content["ch"] * 3  # the text is all there and scrolls
    assert content["sw"] <= content["cw"] + 1  # long words wrap: nothing runs off to the side
    # chosen in the window's list, the map flies there and the popup opens inside the map too
    js(qtbot, w, "MapperApp.map.closePopup(); MapperApp.map.setView([53.30, -1.60], 12, {animate: false}); 1")
    w.fly_to(asset.uuid)
    wait_js(qtbot, w, f"MapperApp.popupId() === {json.dumps(asset.uuid)}")  # opens where the flight ends
    wait_js(qtbot, w, "(document.querySelector('.nm-popup-desc') || {}).textContent === " + json.dumps(LONG))
    qtbot.wait(600)
    assert inside(rect(qtbot, w, ".leaflet-popup-content-wrapper"), rect(qtbot, w, ".leaflet-container"))


def test_the_popup_closes_when_its_record_is_deleted(qtbot, real_window):  # noqa: F811 - the fixture
    w = real_window
    qtbot.waitUntil(lambda: w.map.ready, timeout=30000)
    uuid = w.assets.model.uuid_at(0)
    w.show_record("assets", uuid)
    w.map.fly_to(uuid)
    wait_js(qtbot, w.map, f"MapperApp.popupId() === {json.dumps(uuid)}")
    w.act_delete.trigger()
    qtbot.waitUntil(lambda: not w.project.exists("assets", uuid), timeout=5000)
    wait_js(qtbot, w.map, "MapperApp.popupId() === null && !document.querySelector('.leaflet-popup')")
    # undo brings the asset back (its popup stays closed until it is chosen again)
    w.undo_stack.undo()
    wait_js(qtbot, w.map, f"MapperApp.where({json.dumps(uuid)}) !== null")


def test_an_open_popup_follows_its_record_when_it_is_edited(qtbot, widget, project):
    asset = project.add(Asset(name="Before", kind="shared_space", category="park", location=(-1.47, 53.38)))
    load(qtbot, widget, project)
    js(qtbot, widget, f"MapperApp.select({json.dumps(asset.uuid)}); 1")
    wait_js(qtbot, widget, "(document.querySelector('.nm-popup-title') || {}).textContent === 'Before'")
    project.update("assets", asset.uuid, {"name": "After"})
    widget.refresh_asset(asset.uuid)
    wait_js(qtbot, widget, "(document.querySelector('.nm-popup-title') || {}).textContent === 'After'")
    project.update("assets", asset.uuid, {"geom": None})  # taken off the map (an online-only asset)
    widget.refresh_asset(asset.uuid)
    wait_js(qtbot, widget, "MapperApp.popupId() === null")


def covered(qtbot, w) -> float:
    """The share of the map's area under its controls (legends, layer list, zoom, scale, notes)."""
    return js(qtbot, w, "(() => { const m = document.querySelector('.leaflet-container').getBoundingClientRect();"
                        " let a = 0; document.querySelectorAll('.leaflet-control').forEach(c => {"
                        " const r = c.getBoundingClientRect(); a += r.width * r.height; });"
                        " return a / (m.width * m.height); })()")


def test_on_a_narrow_map_legends_and_layers_fold_away_and_open_on_demand(qtbot, narrow, demo):
    w = narrow
    load(qtbot, w, demo)
    assert js(qtbot, w, "MapperApp.map.getSize().x") == 800
    assert covered(qtbot, w) < 0.06
    assert not js(qtbot, w, "document.querySelector('details.nm-kinds-legend').open")
    assert not js(qtbot, w, "document.querySelector('.leaflet-control-layers')"
                            ".classList.contains('leaflet-control-layers-expanded')")
    # opened by a click on its summary, the legend shows every kind
    js(qtbot, w, "document.querySelector('details.nm-kinds-legend > summary').click(); 1")
    assert js(qtbot, w, "document.querySelector('details.nm-kinds-legend').open")
    assert js(qtbot, w, "document.querySelectorAll('.nm-kinds-legend .nm-legend-row').length") >= 5
    # a wide map shows them open (and a window whose splitter widens the map unfolds them)
    w.resize(1200, 700)
    wait_js(qtbot, w, "document.querySelector('.leaflet-control-layers')"
                      ".classList.contains('leaflet-control-layers-expanded')")
    assert js(qtbot, w, "document.querySelector('details.nm-kinds-legend').open")


def tab_to(qtbot, w, test: str, limit=30) -> bool:
    for _ in range(limit):
        key(qtbot, w, Qt.Key.Key_Tab)
        if js(qtbot, w, f"(e => {test})(document.activeElement)"):
            return True
    return False


def test_the_map_works_from_the_keyboard(qtbot, narrow, project):
    w = narrow
    asset = project.add(Asset(name="Keyboard hall", kind="shared_space", category="community_hub",
                              location=(-1.47, 53.38)))
    project.add(Asset(name="Elsewhere", kind="service", category="other", location=(-1.40, 53.42)))
    load(qtbot, w, project)
    js(qtbot, w, "MapperApp.map.setView([53.38, -1.47], 14, {animate: false}); 1")
    w.view.setFocus()
    # Tab reaches the map itself; its focus is visible
    assert tab_to(qtbot, w, "e.classList.contains('leaflet-container')")
    outline = js(qtbot, w, "(s => [s.outlineStyle, parseFloat(s.outlineWidth)])"
                           "(getComputedStyle(document.activeElement))")
    assert outline[0] != "none" and outline[1] >= 2
    # + and - zoom
    key(qtbot, w, Qt.Key.Key_Plus)
    wait_js(qtbot, w, "MapperApp.map.getZoom() === 15 && !MapperApp.map._animatingZoom")
    qtbot.wait(300)
    key(qtbot, w, Qt.Key.Key_Minus)
    wait_js(qtbot, w, "MapperApp.map.getZoom() === 14 && !MapperApp.map._animatingZoom")
    qtbot.wait(300)
    # Enter opens the asset nearest the centre, focus goes into its popup; Escape closes it, focus returns
    with qtbot.waitSignal(w.assetClicked, timeout=5000) as clicked:
        key(qtbot, w, Qt.Key.Key_Return)
    assert clicked.args == [asset.uuid]
    wait_js(qtbot, w, "(document.querySelector('.nm-popup-title') || {}).textContent === 'Keyboard hall'")
    wait_js(qtbot, w, "document.activeElement.classList.contains('leaflet-popup-content')")
    assert "Keyboard hall" in js(qtbot, w, "MapperApp.said")
    key(qtbot, w, Qt.Key.Key_Escape)
    wait_js(qtbot, w, "MapperApp.popupId() === null")
    assert js(qtbot, w, "document.activeElement.classList.contains('leaflet-container')")
    # the popup's close button is reachable by Tab and works with Enter
    key(qtbot, w, Qt.Key.Key_Return)
    wait_js(qtbot, w, "MapperApp.popupId() !== null")
    assert tab_to(qtbot, w, "e.classList.contains('leaflet-popup-close-button')", limit=3)
    key(qtbot, w, Qt.Key.Key_Return)
    wait_js(qtbot, w, "MapperApp.popupId() === null")
    # away from any asset, Enter says so
    js(qtbot, w, "MapperApp.map.setView([53.30, -1.70], 14, {animate: false}); MapperApp.map.getContainer().focus(); 1")
    key(qtbot, w, Qt.Key.Key_Return)
    assert "No asset near the centre" in js(qtbot, w, "MapperApp.said")
    # the layer list: its button opens it with Enter, its boxes toggle with Space, Escape folds it again
    assert tab_to(qtbot, w, "e.classList.contains('leaflet-control-layers-toggle')")
    key(qtbot, w, Qt.Key.Key_Return)
    wait_js(qtbot, w, "document.querySelector('.leaflet-control-layers')"
                      ".classList.contains('leaflet-control-layers-expanded')")
    assert tab_to(qtbot, w, "e.type === 'checkbox' && e.parentNode.textContent.trim() === 'Wards'", limit=8)
    key(qtbot, w, Qt.Key.Key_Space)
    wait_js(qtbot, w, "document.activeElement.checked === true")  # the Wards layer is on
    key(qtbot, w, Qt.Key.Key_Escape)
    wait_js(qtbot, w, "!document.querySelector('.leaflet-control-layers')"
                      ".classList.contains('leaflet-control-layers-expanded')")
    assert active(qtbot, w) == "leaflet-control-layers-toggle"
    # the legend opens from the keyboard too (a native summary button)
    assert tab_to(qtbot, w, "e.tagName === 'SUMMARY' && e.textContent === 'Assets by kind'")
    key(qtbot, w, Qt.Key.Key_Return)
    assert js(qtbot, w, "document.querySelector('details.nm-kinds-legend').open")
    assert w.page().errors() == []
