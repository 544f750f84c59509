"""The map in a QWebEngineView (offscreen): offline, no JavaScript errors, every asset drawn, the
QWebChannel bridge (click to add, drag to move, select sync), edits without reloading, XSS-proof text."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from mapper.domain.records import Asset, Neighbourhood  # noqa: E402
from tests.map_helpers import js, load, mouse, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture
from tests.paths import screenshot_path  # noqa: E402

pytestmark = pytest.mark.web
XSS = ["<img src=x onerror=alert(1)>", "<img src=x onerror=\"window.__xss=1\">", "`${window.__xss=1}` `x`",
       "</script><script>window.__xss=1;alert(2)</script>", "\"><svg onload=alert(3)>", "${alert(4)}"]


def located(project) -> int:
    return project.conn.execute("SELECT count(*) FROM assets WHERE geom IS NOT NULL").fetchone()[0]


def test_demo_map_loads_offline_without_errors_and_draws_every_asset(qtbot, widget, demo):
    count = load(qtbot, widget, demo)
    assert count == located(demo) > 300
    # every asset is drawn (in clusters or alone) once the view holds them all
    assert js(qtbot, widget, "MapperApp.drawnCount()") == located(demo)
    assert js(qtbot, widget, "document.querySelectorAll('.nm-legend-row').length") >= 5
    assert js(qtbot, widget, "!!document.querySelector('.leaflet-control-scale')")
    overlays = js(qtbot, widget, "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))"
                                 ".map(l => l.textContent.trim())")
    assert overlays == ["Neighbourhoods", "Neighbourhood names", "Wards", "Assets", "Care needs (counts)",
                        "Shading (indicator)"]
    assert "File → Add basemap" in js(qtbot, widget, "MapperApp.note")
    # the wards layer is off at first; switching it on draws every ward
    assert js(qtbot, widget, "MapperApp.wards") == 0
    js(qtbot, widget, "document.querySelectorAll('.leaflet-control-layers-overlays input')[2].click(); 1")
    wait_js(qtbot, widget, f"MapperApp.wards === {len(demo.wards())}")
    qtbot.wait(200)
    assert widget.guard.blocked_count == 0
    assert "/web/leaflet/leaflet.js" in widget.handler.requests and widget.guard.allowed >= 5
    assert widget.page().errors() == []
    assert js(qtbot, widget, "MapperApp.errors") == []


def test_screenshot_of_the_demo_map(qtbot, widget, demo, tmp_path):
    load(qtbot, widget, demo)
    widget.run_js("document.body.offsetHeight")
    qtbot.wait(700)  # let the canvas and labels paint
    image = widget.view.grab().toImage()
    assert image.width() == 1000
    # not blank: the plain background, boundaries and coloured assets give many distinct colours
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20
    assert image.save(str(screenshot_path("map.png", tmp_path)))


def test_click_on_the_map_asks_to_add_an_asset_there(qtbot, widget, project):
    load(qtbot, widget, project)
    expected = js(qtbot, widget, "(() => { const ll = MapperApp.map.containerPointToLatLng([400, 300]);"
                                 " return [ll.lng, ll.lat]; })()")
    with qtbot.waitSignal(widget.mapClicked, timeout=5000) as clicked:
        mouse(widget, "press", 400, 300)
        mouse(widget, "release", 400, 300)
    lon, lat = clicked.args
    assert lon == pytest.approx(expected[0], abs=1e-4) and lat == pytest.approx(expected[1], abs=1e-4)
    # the window adds the asset and tells the map: it appears without a page reload
    widget.run_js("window.__sameLoad = 1")
    asset = project.add(Asset(name="Added by a click", kind="shared_space", category="community_hub",
                              location=(lon, lat)))
    widget.refresh_asset(asset.uuid)
    wait_js(qtbot, widget, f"MapperApp.where({json.dumps(asset.uuid)}) !== null")
    wait_js(qtbot, widget, "MapperApp.assetCount() === 1 && MapperApp.drawnCount() === 1")  # the app's view again
    assert js(qtbot, widget, "window.__sameLoad") == 1


def test_drag_an_asset_to_move_it(qtbot, widget, project):
    asset = project.add(Asset(name="Drag me", kind="group_activity", category="coffee_morning",
                              location=(-1.47, 53.38)))
    load(qtbot, widget, project)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.47], 16, {animate: false}); 1")
    qtbot.wait(100)
    start = js(qtbot, widget, f"MapperApp.where({json.dumps(asset.uuid)})")
    target = js(qtbot, widget, f"(() => {{ const ll = MapperApp.map.containerPointToLatLng([{start['x'] + 120},"
                               f" {start['y'] + 60}]); return [ll.lng, ll.lat]; }})()")
    with qtbot.waitSignal(widget.assetMoved, timeout=5000) as moved:
        mouse(widget, "press", start["x"], start["y"])
        for step in range(1, 7):
            mouse(widget, "move", start["x"] + 20 * step, start["y"] + 10 * step)
            qtbot.wait(20)
        mouse(widget, "release", start["x"] + 120, start["y"] + 60)
    uuid, lon, lat = moved.args
    assert uuid == asset.uuid
    assert lon == pytest.approx(target[0], abs=2e-4) and lat == pytest.approx(target[1], abs=2e-4)
    # the map did not pan while dragging
    assert js(qtbot, widget, f"MapperApp.where({json.dumps(asset.uuid)}).x") == pytest.approx(start["x"] + 120, abs=3)
    # the window records the move (undoably) and refreshes; undo puts it back without a reload
    project.update("assets", asset.uuid, {"geom": (-1.47, 53.38)})
    widget.refresh_asset(asset.uuid)
    wait_js(qtbot, widget, f"MapperApp.where({json.dumps(asset.uuid)}).lon === -1.47")


def test_select_sync_between_map_and_list(qtbot, widget, project):
    a = project.add(Asset(name="Pick me", kind="everyday_help", category="befriending", location=(-1.50, 53.37)))
    b = project.add(Asset(name="Far away", kind="service", category="other", location=(-1.40, 53.40)))
    hood = project.add(Neighbourhood(name="Test hood", geometry={
        "type": "Polygon", "coordinates": [[[-1.52, 53.36], [-1.48, 53.36], [-1.48, 53.38], [-1.52, 53.38],
                                            [-1.52, 53.36]]]}))
    load(qtbot, widget, project)
    js(qtbot, widget, "MapperApp.map.setView([53.37, -1.50], 15, {animate: false}); 1")
    qtbot.wait(100)
    where = js(qtbot, widget, f"MapperApp.where({json.dumps(a.uuid)})")
    # map → list: clicking the asset selects it
    with qtbot.waitSignal(widget.assetClicked, timeout=5000) as clicked:
        mouse(widget, "press", where["x"], where["y"])
        mouse(widget, "release", where["x"], where["y"])
    assert clicked.args == [a.uuid]
    wait_js(qtbot, widget, "document.querySelector('.nm-popup-title') !== null")
    assert js(qtbot, widget, "document.querySelector('.nm-popup-title').textContent") == "Pick me"
    # list → map: selecting in the list flies there
    widget.fly_to(b.uuid)
    wait_js(qtbot, widget, "MapperApp.selected === " + json.dumps(b.uuid))
    qtbot.waitUntil(lambda: abs(js(qtbot, widget, "MapperApp.map.getCenter().lng") - (-1.40)) < 1e-3, timeout=5000)
    assert js(qtbot, widget, "MapperApp.map.getCenter().lat") == pytest.approx(53.40, abs=1e-3)
    widget.highlight_neighbourhood(hood.uuid)
    wait_js(qtbot, widget, f"MapperApp.highlighted() === {json.dumps(hood.uuid)}")
    widget.highlight_neighbourhood(None)
    wait_js(qtbot, widget, "MapperApp.highlighted() === null")


def test_edits_update_the_map_without_a_reload(qtbot, widget, project):
    assets = [Asset(name=f"A{i}", kind="shared_space", category="community_hub",
                    location=(-1.5 + i * 0.01, 53.38)) for i in range(5)]
    project.bulk_add(assets)
    load(qtbot, widget, project)
    widget.run_js("window.__sameLoad = 1")
    project.update("assets", assets[0].uuid, {"geom": (-1.30, 53.45), "name": "Moved"})
    widget.refresh_asset(assets[0].uuid)
    wait_js(qtbot, widget, f"MapperApp.where({json.dumps(assets[0].uuid)}).lon === -1.3")
    project.delete("assets", assets[1].uuid)
    widget.refresh_asset(assets[1].uuid)  # gone from the project: the map drops it
    wait_js(qtbot, widget, "MapperApp.assetCount() === 4")
    widget.remove_asset(assets[2].uuid)
    wait_js(qtbot, widget, "MapperApp.assetCount() === 3")
    js(qtbot, widget, "MapperApp.map.fitBounds([[53.3, -1.6], [53.5, -1.2]], {animate: false}); 1")
    wait_js(qtbot, widget, "MapperApp.drawnCount() === 3")
    assert js(qtbot, widget, "window.__sameLoad") == 1
    assert widget.page().errors() == []


def test_names_are_text_and_never_run(qtbot, widget, project):
    hood = project.add(Neighbourhood(name=XSS[0], geometry={
        "type": "Polygon", "coordinates": [[[-1.52, 53.36], [-1.48, 53.36], [-1.48, 53.38], [-1.52, 53.38],
                                            [-1.52, 53.36]]]}))
    assets = [Asset(name=name, description=name, kind="shared_space", category="community_hub",
                    address=name, location=(-1.51 + i * 0.004, 53.37)) for i, name in enumerate(XSS)]
    project.bulk_add(assets)
    load(qtbot, widget, project)
    js(qtbot, widget, "MapperApp.map.setView([53.37, -1.50], 15, {animate: false}); 1")
    for asset in assets:
        js(qtbot, widget, f"MapperApp.select({json.dumps(asset.uuid)}); 1")
        wait_js(qtbot, widget, "(document.querySelector('.nm-popup-desc') || {}).textContent === "
                + json.dumps(asset.name))
        assert js(qtbot, widget, "document.querySelector('.nm-popup-title').textContent") == asset.name
    widget.highlight_neighbourhood(hood.uuid)
    labels = js(qtbot, widget, "Array.from(document.querySelectorAll('.nm-hood-label')).map(e => e.textContent)")
    assert labels == [XSS[0]]
    qtbot.wait(300)
    assert js(qtbot, widget, "window.__xss === undefined")
    assert js(qtbot, widget, "document.querySelectorAll('.leaflet-container img[src=\"x\"], svg[onload]').length") == 0
    assert widget.page().alerts == []
    assert widget.guard.blocked_count == 0


def test_picked_neighbourhood_is_zoomed_to_and_the_others_dimmed(qtbot, widget, project):
    def square(x, y, d):
        return {"type": "Polygon", "coordinates": [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]]}

    chosen = project.add(Neighbourhood(name="Chosen", geometry=square(-1.50, 53.37, 0.01)))
    other = project.add(Neighbourhood(name="Other", geometry=square(-1.40, 53.40, 0.01)))
    load(qtbot, widget, project)
    js(qtbot, widget, "MapperApp.map.setView([53.38, -1.45], 10, {animate: false}); 1")
    plain = js(qtbot, widget, f"MapperApp.hoodStyle({json.dumps(other.uuid)})")
    widget.highlight_neighbourhood(chosen.uuid)
    wait_js(qtbot, widget, f"MapperApp.highlighted() === {json.dumps(chosen.uuid)}")
    # zoomed in to the chosen one (it fills the view), not left at the city-wide zoom
    assert js(qtbot, widget, "MapperApp.map.getZoom()") >= 13
    assert js(qtbot, widget, "MapperApp.map.getBounds().contains([[53.37, -1.50], [53.38, -1.49]])")
    assert js(qtbot, widget, "MapperApp.map.getBounds().contains([53.405, -1.395])") is False
    dim = js(qtbot, widget, f"MapperApp.hoodStyle({json.dumps(other.uuid)})")
    assert dim["fillOpacity"] > plain["fillOpacity"] and dim["fillColor"] != plain["fillColor"]
    assert js(qtbot, widget, f"MapperApp.hoodStyle({json.dumps(chosen.uuid)})")["fillOpacity"] < dim["fillOpacity"]
    # All neighbourhoods: nothing dimmed
    widget.highlight_neighbourhood(None)
    wait_js(qtbot, widget, "MapperApp.highlighted() === null")
    assert js(qtbot, widget, f"MapperApp.hoodStyle({json.dumps(other.uuid)})") == plain
