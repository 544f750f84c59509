"""The map's "Care needs (counts)" layer: suppressed counts only while care needs are unlocked, off until
switched on, nothing but published numbers leaves the project, never in the public HTML export."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from mapper.domain.records import CareNeed, Neighbourhood  # noqa: E402
from mapper.domain.taxonomy import taxonomy  # noqa: E402
from mapper.mapview.html_export import export_html  # noqa: E402
from mapper.mapview.needs_layer import LOCKED_TEXT, UNPROTECTED_TEXT  # noqa: E402
from mapper.mapview.page import LIBRARIES_JS, _inline_js  # noqa: E402
from mapper.mapview.server import MapServer  # noqa: E402
from mapper.privacy.aggregates import FOOTNOTE, SUPPRESSED_TEXT, choropleth_geojson  # noqa: E402
from mapper.privacy.setup import lock, set_passphrase, unlock  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.map_helpers import js, load, mouse, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture

PASS = "needs layer passphrase"
MARKER = "NOTE-MARKER-7f3a"
XSS_NAME = "<img src=x onerror=\"window.__xss=1\">`${window.__xss=2}`"
# needs per neighbourhood (categories of each need): empty, small, middling, large, very large
PLAN = [[], [("food",)] * 3, [("food",)] * 12 + [("loneliness",)] * 2, [("loneliness", "food")] * 23,
        [("money",)] * 57, [("loneliness",)] * 104]
FEATURE_KEYS = {"id", "name", "count", "label", "suppressed", "band"}


def square(i: int) -> dict:
    x, y = -1.55 + 0.03 * i, 53.37
    return {"type": "Polygon", "coordinates": [[[x, y], [x + 0.025, y], [x + 0.025, y + 0.025], [x, y + 0.025],
                                                [x, y]]]}


@pytest.fixture
def needs_project(project):
    """A project with sealed care needs (left unlocked) in six neighbourhoods, one with an XSS name."""
    set_passphrase(project, PASS)
    hoods = [project.add(Neighbourhood(name=XSS_NAME if i == 0 else f"Hood {i}", geometry=square(i)))
             for i in range(len(PLAN))]
    needs = [CareNeed(neighbourhood=hood.uuid, categories=cats, consent_by="a", consent_at="2026-01-01",
                      notes=f"{MARKER} {n}")
             for hood, plan in zip(hoods, PLAN) for n, cats in enumerate(plan)]
    project.bulk_add(needs)
    return project


def need_uuids(project) -> list[str]:
    return [u for (u,) in project.conn.execute("SELECT uuid FROM care_needs")]


def expected(project, category=None) -> dict[str, str]:
    return {f["properties"]["uuid"]: f["properties"]["label"]
            for f in choropleth_geojson(project, category)["features"] if f["geometry"] is not None}


def get(server, path) -> tuple[dict, str]:
    reply = server.handle(path)
    assert reply.status == 200 and reply.mime == "application/json"
    text = reply.body.decode("utf-8")
    return json.loads(text), text


def published_ok(label: str) -> bool:
    return label == SUPPRESSED_TEXT or (int(label) == 0 or (int(label) >= 10 and int(label) % 5 == 0))


# ---- the server's endpoint ---------------------------------------------------------------------------------
def test_locked_project_gives_no_counts_and_says_why(needs_project, project):
    server = MapServer(project=needs_project)
    lock(needs_project)
    for path in ("/data/needs.json", "/data/needs/food.json"):
        body, text = get(server, path)
        assert body["features"] == []
        assert body["properties"]["locked"] is True
        assert body["properties"]["message"] == LOCKED_TEXT
        assert SUPPRESSED_TEXT not in text and not any(u in text for u in need_uuids(needs_project))


def test_unprotected_project_gives_no_counts(tmp_path):
    from mapper.store.project import Project

    plain = Project.create(tmp_path / "plain.gpkg", author="t")
    try:
        plain.add(Neighbourhood(name="Hood", geometry=square(0)))
        body, _ = get(MapServer(project=plain), "/data/needs.json")
        assert body["features"] == [] and body["properties"]["message"] == UNPROTECTED_TEXT
    finally:
        plain.close()


@pytest.mark.parametrize("category", [None, "food", "loneliness"])
def test_unlocked_gives_only_the_suppressed_counts(needs_project, category):
    server = MapServer(project=needs_project)
    path = "/data/needs.json" if category is None else f"/data/needs/{category}.json"
    body, text = get(server, path)
    want = expected(needs_project, category)
    assert {f["id"]: f["properties"]["label"] for f in body["features"]} == want
    labels = list(want.values())
    assert SUPPRESSED_TEXT in labels and any(label not in (SUPPRESSED_TEXT, "0") for label in labels)
    for f in body["features"]:
        p = f["properties"]
        assert set(p) == FEATURE_KEYS  # nothing per need: no ids, notes, consent, categories
        assert published_ok(p["label"])
        assert p["suppressed"] == (p["count"] is None) == (p["label"] == SUPPRESSED_TEXT)
        assert p["count"] is None or p["label"] == str(p["count"])
    assert body["properties"]["locked"] is False and body["properties"]["footnote"] == FOOTNOTE
    assert not any(u in text for u in need_uuids(needs_project))
    for secret in (MARKER, "consent", "2026-01-01", "age_band", "urgency", "notes"):
        assert secret not in text
    other_codes = [c for c in taxonomy().codes("need_categories") if c != category]
    assert not any(f'"{c}"' in text for c in other_codes)


def test_never_cached_across_lock_and_unlock(needs_project):
    server = MapServer(project=needs_project)
    first, _ = get(server, "/data/needs.json")
    assert first["features"]
    lock(needs_project)
    assert get(server, "/data/needs.json")[0]["features"] == []
    unlock(needs_project, PASS)
    assert get(server, "/data/needs.json")[0] == first
    hood = first["features"][0]["id"]  # the empty neighbourhood gets 15 needs: its count changes
    needs_project.bulk_add([CareNeed(neighbourhood=hood, categories=("food",), consent_by="a",
                                     consent_at="2026-01-01") for _ in range(15)])
    again, _ = get(server, "/data/needs.json")
    assert {f["id"]: f["properties"]["label"] for f in again["features"]} == expected(needs_project)
    assert again != first


def test_unknown_category_is_not_served(needs_project):
    server = MapServer(project=needs_project)
    assert server.handle("/data/needs/not_a_category.json").status == 404
    assert server.handle("/data/needs/../assets.json").status == 404


@pytest.mark.parametrize("public", [True, False])
def test_html_export_holds_no_care_need_counts_even_when_unlocked(needs_project, tmp_path, public):
    assert MapServer(project=needs_project).handle("/data/needs.json").status == 200  # unlocked now
    app_page = MapServer(project=needs_project).page()
    assert "Care needs (counts)" in app_page and "data/needs.json" in app_page  # the app's page has the layer
    out = tmp_path / "map.html"
    export_html(needs_project, out, public=public)
    html = out.read_text(encoding="utf-8")
    for rel in LIBRARIES_JS:  # the inlined map script knows the layer; the page's config and data must not
        assert _inline_js(rel) in html
        html = html.replace(_inline_js(rel), "")
    for absent in ("Care needs (counts)", "needsUrl", "data/needs", "needCategories", FOOTNOTE,
                   SUPPRESSED_TEXT, '"suppressed"', '"band"', "nm-data-needs", MARKER):
        assert absent not in html, absent
    assert not any(u in html for u in need_uuids(needs_project))


# ---- the layer in the window's map -------------------------------------------------------------------------
OVERLAYS = "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))"
SWITCH = (f"(() => {{ const l = {OVERLAYS}.find(l => l.textContent.trim() === 'Care needs (counts)');"
          " const box = l.querySelector('input'); const was = box.checked; box.click(); return [was, box.checked]; })()")
PATHS = "Array.from(document.querySelectorAll('.leaflet-nmNeeds-pane path')).map(p => p.getAttribute('fill'))"


def switch_on(qtbot, w):
    assert js(qtbot, w, SWITCH) == [False, True]
    wait_js(qtbot, w, "MapperApp.needs.loaded")


def needs_requests(w) -> list[str]:
    return [p for p in w.handler.requests if p.startswith("/data/needs")]


def hover(qtbot, w, x, y, text):
    """Point at (x, y) (nudging by a pixel until the page has seen it) until the counts tooltip shows ``text``."""
    moves = iter(range(10_000))

    def shown():
        mouse(w, "move", x + next(moves) % 2, y, buttons=Qt.MouseButton.NoButton)
        qtbot.wait(30)
        return js(qtbot, w, "(document.querySelector('.nm-needs-tip') || {}).textContent") == text

    qtbot.waitUntil(shown, timeout=5000)


@pytest.mark.web
def test_locked_layer_shows_no_counts_and_the_explanation(qtbot, widget, needs_project):
    lock(needs_project)
    load(qtbot, widget, needs_project)
    assert "Care needs (counts)" in js(qtbot, widget, f"{OVERLAYS}.map(l => l.textContent.trim())")
    qtbot.wait(200)
    assert needs_requests(widget) == []  # off by default, not fetched until switched on
    switch_on(qtbot, widget)
    assert needs_requests(widget) == ["/data/needs.json"]
    assert js(qtbot, widget, "MapperApp.needs.locked") is True
    assert js(qtbot, widget, "MapperApp.needs.shaded") == 0
    assert js(qtbot, widget, PATHS) == []
    assert js(qtbot, widget, "document.querySelector('.nm-needs-legend').textContent").endswith(LOCKED_TEXT)
    assert widget.guard.blocked_count == 0 and widget.page().errors() == []


@pytest.mark.web
def test_unlocked_layer_shades_the_published_counts(qtbot, widget, needs_project):
    load(qtbot, widget, needs_project)
    wait_js(qtbot, widget, "MapperApp.canvasOpaque() === true")  # nothing under the map's canvas yet
    switch_on(qtbot, widget)
    # the shading is under the boundaries' and assets' canvas: it becomes see-through
    wait_js(qtbot, widget, "MapperApp.canvasOpaque() === false")
    want = expected(needs_project)
    assert js(qtbot, widget, "MapperApp.needs.locked") is False
    assert js(qtbot, widget, "MapperApp.needs.labels") == want
    fills = js(qtbot, widget, PATHS)
    assert len(fills) == js(qtbot, widget, "MapperApp.needs.shaded") == len(want)
    assert fills.count("url(#nm-needs-hatch)") == list(want.values()).count(SUPPRESSED_TEXT) > 0
    assert all(published_ok(label) for label in want.values())
    legend = js(qtbot, widget, "document.querySelector('.nm-needs-legend').textContent")
    assert SUPPRESSED_TEXT in legend and FOOTNOTE in legend
    # hovering a neighbourhood shows its published text, as text (a name with markup runs nothing)
    for i, (uuid, label) in enumerate(want.items()):
        hood = needs_project.get("neighbourhoods", uuid)
        js(qtbot, widget, f"MapperApp.map.fitBounds(L.geoJSON({json.dumps(hood.geometry)}).getBounds(),"
                          " {animate: false}); 1")
        x, y = js(qtbot, widget, "(() => { const p = MapperApp.map.getSize(); return [p.x / 2, p.y / 2]; })()")
        hover(qtbot, widget, x + 2 * i, y, f"{hood.name}: {label}")
    assert js(qtbot, widget, "window.__xss === undefined")
    assert js(qtbot, widget, "document.querySelectorAll('.nm-needs-tip img, .nm-needs-legend img').length") == 0
    # another category
    js(qtbot, widget, "(() => { const s = document.querySelector('.nm-needs-category'); s.value = 'food';"
                      " s.dispatchEvent(new Event('change')); return 1; })()")
    wait_js(qtbot, widget, "MapperApp.needs.loaded && MapperApp.needs.category === 'food'")
    assert js(qtbot, widget, "MapperApp.needs.labels") == expected(needs_project, "food")
    assert needs_requests(widget) == ["/data/needs.json", "/data/needs/food.json"]
    assert widget.guard.blocked_count == 0 and widget.page().alerts == [] and widget.page().errors() == []
    assert js(qtbot, widget, "MapperApp.errors") == []


@pytest.mark.web
def test_lock_and_unlock_refresh_the_layer(qtbot, widget, needs_project):
    load(qtbot, widget, needs_project)
    switch_on(qtbot, widget)
    assert js(qtbot, widget, "MapperApp.needs.shaded") == len(expected(needs_project))
    lock(needs_project)
    widget.refresh_needs()
    wait_js(qtbot, widget, "MapperApp.needs.loaded && MapperApp.needs.locked")
    assert js(qtbot, widget, PATHS) == [] and js(qtbot, widget, "MapperApp.needs.labels") == {}
    assert LOCKED_TEXT in js(qtbot, widget, "document.querySelector('.nm-needs-legend').textContent")
    unlock(needs_project, PASS)
    widget.refresh_needs()
    wait_js(qtbot, widget, "MapperApp.needs.loaded && MapperApp.needs.locked === false")
    assert js(qtbot, widget, "MapperApp.needs.labels") == expected(needs_project)
    # switched off: the counts leave the page; a refresh while off fetches nothing
    assert js(qtbot, widget, SWITCH) == [True, False]
    assert js(qtbot, widget, PATHS) == [] and not js(qtbot, widget, "!!document.querySelector('.nm-needs-legend')")
    before = len(needs_requests(widget))
    widget.refresh_needs()
    qtbot.wait(200)
    assert len(needs_requests(widget)) == before
    assert widget.guard.blocked_count == 0 and widget.page().errors() == []


class CountingMap(MapPlaceholder):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.refreshes = 0

    def refresh_needs(self) -> None:
        self.refreshes += 1


def test_window_refreshes_the_map_when_care_needs_lock_or_unlock(qtbot, tmp_path):
    from mapper.store.project import Project

    path = tmp_path / "w.gpkg"
    p = Project.create(path, author="t")
    set_passphrase(p, PASS)
    p.close()
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=CountingMap)
    qtbot.addWidget(w)
    w.open_project(path, wait=True)
    panel = w.care_panel
    assert w.map.refreshes == 0
    panel.pass_edit.setText(PASS)
    panel.unlock()
    assert w.map.refreshes == 1
    panel.lock()
    assert w.map.refreshes == 2
