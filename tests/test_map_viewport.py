"""The window's map asks the app for what one view shows (mapview/viewport.py), never for every asset: the
page holds clusters and the few assets alone in the view, a click on a cluster zooms in until its assets
stand alone, and an asset chosen in the list opens even when the page has it only inside a cluster."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from mapper.domain.records import Asset  # noqa: E402
from tests.map_helpers import js, load, mouse, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture

pytestmark = pytest.mark.web
N = 4_000


@pytest.fixture
def many(project):
    """4,000 assets in a 3 x 1.5 km box in the middle of Sheffield."""
    assets = [Asset(name=f"Asset {i}", kind="shared_space", category="park",
                    location=(-1.49 + (i % 80) * 0.0005, 53.37 + (i // 80) * 0.0003)) for i in range(N)]
    project.bulk_add(assets, derive=False)
    return project, assets


def set_view(qtbot, w, lat: float, lon: float, zoom: int) -> None:
    """Move the map and wait until the app's answer for the new view is drawn."""
    before = js(qtbot, w, "MapperApp.views")
    js(qtbot, w, f"MapperApp.map.setView([{lat}, {lon}], {zoom}, {{animate: false}}); 1")
    wait_js(qtbot, w, f"MapperApp.views > {before}")


def test_the_page_gets_only_what_the_view_shows(qtbot, widget, many):
    project, assets = many
    replies = []
    handle = widget.server.handle
    widget.server.handle = lambda path: replies.append((path, len((r := handle(path)).body))) or r
    assert load(qtbot, widget, project) == N
    set_view(qtbot, widget, 53.3775, -1.47, 12)
    assert js(qtbot, widget, "MapperApp.drawnCount()") == N
    views = [(p, size) for p, size in replies if p.startswith("/data/view/")]
    assert views and all(size < 5_000 for _, size in views)  # a few clusters, not 4,000 names
    assert not any("assets" in p for p, _ in replies)
    assert js(qtbot, widget, "MapperApp.clusters") < 20
    # a real click on a cluster zooms in (to where it splits) and asks for that view
    before = js(qtbot, widget, "MapperApp.views")
    box = js(qtbot, widget, "MapperApp.shown().find(it => it.count > 1)")
    mouse(widget, "press", box["x"], box["y"])
    mouse(widget, "release", box["x"], box["y"])
    wait_js(qtbot, widget, f"MapperApp.map.getZoom() > 12 && MapperApp.views > {before}")
    # zoomed right in, every asset in view is drawn alone, where it is
    set_view(qtbot, widget, 53.3705, -1.4895, 19)
    assert js(qtbot, widget, "MapperApp.clusters") == 0
    alone = js(qtbot, widget, "MapperApp.drawnCount()")
    inside = sum(1 for a in assets if abs(a.location[0] + 1.4895) < 0.0012 and abs(a.location[1] - 53.3705) < 0.0006)
    assert alone >= inside > 0
    first = js(qtbot, widget, f"MapperApp.where({json.dumps(assets[1].uuid)})")
    assert first["lon"] == assets[1].location[0] and first["lat"] == assets[1].location[1]
    assert widget.page().errors() == [] and js(qtbot, widget, "MapperApp.errors") == []


def test_an_asset_inside_a_cluster_opens_when_chosen_in_the_list(qtbot, widget, many):
    project, assets = many
    load(qtbot, widget, project)
    set_view(qtbot, widget, 53.3775, -1.47, 12)
    target = assets[2345]
    assert js(qtbot, widget, f"MapperApp.where({json.dumps(target.uuid)})") is None  # only in a cluster here
    widget.fly_to(target.uuid)
    wait_js(qtbot, widget, f"MapperApp.popupId() === {json.dumps(target.uuid)}", timeout=8000)
    wait_js(qtbot, widget, "(document.querySelector('.nm-popup-title') || {}).textContent === 'Asset 2345'")
    centre = js(qtbot, widget, "MapperApp.map.getCenter()")
    assert centre["lng"] == pytest.approx(target.location[0], abs=2e-3)
    # selected from the page without its place (as a script of the page might): its details say where it is
    other = assets[10]
    js(qtbot, widget, "MapperApp.map.closePopup(); 1")
    set_view(qtbot, widget, 53.3775, -1.47, 12)
    js(qtbot, widget, f"MapperApp.select({json.dumps(other.uuid)}); 1")
    wait_js(qtbot, widget, "(document.querySelector('.nm-popup-title') || {}).textContent === 'Asset 10'")
