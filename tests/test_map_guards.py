"""The map page is not trusted, and the guards are the product's: MapWidget's own profile blocks (and counts)
every request outside the app, its page carries a Content-Security-Policy, the QWebChannel bridge ignores any
message that is not a known asset, an editable map and a real place, and a basemap's metadata is text."""

from __future__ import annotations

import json
import sqlite3

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QUrl  # noqa: E402

from mapper.domain.records import Asset  # noqa: E402
from mapper.ui.map_widget import MapWidget, OfflineGuard  # noqa: E402
from tests.map_helpers import js, load, wait_js, widget_fixture  # noqa: E402,F401 - the widget fixture
from tests.test_ui_shell import real_window  # noqa: E402,F401 - the window as the app builds it

pytestmark = pytest.mark.web


def policy_refusals(w) -> list[str]:
    return [m for _, m, _, _ in w.page().console if "Content Security Policy" in m]


def test_the_widget_installs_its_own_offline_guard(qtbot):
    w = MapWidget()
    qtbot.addWidget(w)
    assert isinstance(w.guard, OfflineGuard)
    assert w.guard.parent() is w.profile  # on the widget's own profile, not the default one
    w.deleteLater()  # the page goes before its profile
    qtbot.wait(50)


def test_requests_outside_the_app_are_blocked_by_the_products_guard_and_counted(qtbot, widget, project):
    project.add(Asset(name="Here", kind="shared_space", category="park", location=(-1.47, 53.38)))
    load(qtbot, widget, project)
    assert widget.guard.blocked_count == 0 and widget.guard.allowed > 0
    # a page without the map's policy (as if it had been left out): only the guard stands between it and
    # the network
    with qtbot.waitSignal(widget.loadFinished, timeout=10000):
        widget.page().setHtml(
            "<html><body><img src='https://example.invalid/pixel.png'>"
            "<script>fetch('http://example.invalid/data.json').catch(() => 0);"
            "fetch('file:///etc/passwd').catch(() => 0);</script></body></html>", QUrl("mapper://app/probe.html"))
    qtbot.waitUntil(lambda: widget.guard.blocked_count >= 3, timeout=5000)
    blocked = list(widget.guard.blocked)
    assert any(u.startswith("http://example.invalid/data.json") for u in blocked)
    assert any(u.startswith("https://example.invalid/pixel.png") for u in blocked)
    assert any(u.startswith("file:///etc/passwd") for u in blocked)
    assert widget.guard.blocked_count == 3
    # the map still loads: the app's own requests pass
    assert load(qtbot, widget, project) == 1
    assert widget.guard.blocked_count == 3


def test_the_pages_policy_refuses_remote_loads_and_injected_scripts(qtbot, widget, project):
    load(qtbot, widget, project)
    js(qtbot, widget, "fetch('http://example.invalid/x').catch(() => 0);"
                      "const i = new Image(); i.src = 'http://example.invalid/i.png'; document.body.appendChild(i);"
                      "const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                      "document.head.appendChild(s);"
                      "const d = document.createElement('div'); d.innerHTML = '<img src=x onerror=\"window.__ran=2\">';"
                      "document.body.appendChild(d); 1")
    qtbot.waitUntil(lambda: len(policy_refusals(widget)) >= 3, timeout=5000)
    qtbot.wait(200)
    assert js(qtbot, widget, "window.__ran === undefined")
    refusals = " ".join(policy_refusals(widget))
    assert "example.invalid/x" in refusals and "example.invalid/i.png" in refusals and "inline" in refusals
    assert widget.guard.blocked_count == 0  # refused before any request was made


def test_exported_and_app_pages_carry_a_strict_policy(demo, tmp_path):
    from mapper.mapview.html_export import export_html
    from mapper.mapview.page import content_policy
    from mapper.mapview.server import MapServer

    app = content_policy(MapServer(project=demo).page())
    exported = content_policy(export_html(demo, tmp_path / "m.html").path.read_text(encoding="utf-8"))
    for policy in (app, exported):
        assert "default-src 'none'" in policy and "'unsafe-eval'" not in policy
        script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script_src and "'sha256-" in script_src
        assert "http" not in policy and "*" not in policy
    assert "connect-src 'none'" in exported and "'self'" not in exported


# ---- the bridge ---------------------------------------------------------------------------------
@pytest.fixture
def app_window(qtbot, real_window):  # noqa: F811 - the imported fixture
    """The window as the app builds it (the real MapWidget), on the demo, its map drawn."""
    qtbot.waitUntil(lambda: real_window.map.ready, timeout=30000)
    return real_window


def send(qtbot, w, call: str) -> None:
    """The page sends a message over the bridge, as any script in it could."""
    js(qtbot, w.map, f"MapperApp.bridge.{call}; 1")
    qtbot.wait(150)


def test_bridge_ignores_moves_that_are_not_a_known_asset_on_an_editable_map_at_a_real_place(qtbot, app_window):
    w = app_window
    uuid = w.project.conn.execute("SELECT uuid FROM assets WHERE geom IS NOT NULL LIMIT 1").fetchone()[0]
    before = w.project.find("assets", uuid).location
    bad = ["onAssetMoved('00000000-0000-4000-8000-000000000000', -1.47, 53.38)",  # not an asset
           f"onAssetMoved({json.dumps(uuid)}, NaN, 53.38)", f"onAssetMoved({json.dumps(uuid)}, Infinity, 53.38)",
           f"onAssetMoved({json.dumps(uuid)}, -1.47, 91)", f"onAssetMoved({json.dumps(uuid)}, 200, 53.38)",
           f"onAssetMoved({json.dumps(uuid)}, '-1.47', '53.38')", f"onAssetMoved({json.dumps(uuid)}, null, null)",
           "onAssetMoved({}, -1.47, 53.38)", "onAssetMoved(\"'; DROP TABLE assets; --\", -1.47, 53.38)",
           "onMapClicked(NaN, 1)", "onMapClicked('x', 'y')", "onAssetClicked('not-an-asset')"]
    for call in bad:
        send(qtbot, w, call)
    assert w.undo_stack.count() == 0
    assert w.project.find("assets", uuid).location == before
    assert w.map.bridge.ignored == len(bad)
    # not editable (a read-only view): a real move of a real asset is ignored too
    w.map.set_editable(False)
    send(qtbot, w, f"onAssetMoved({json.dumps(uuid)}, -1.4701, 53.3801)")
    send(qtbot, w, "onMapClicked(-1.47, 53.38)")
    assert w.undo_stack.count() == 0 and w.project.find("assets", uuid).location == before
    assert w.map.bridge.ignored == len(bad) + 2
    assert js(qtbot, w.map, "MapperApp.setEditable(MapperApp.setEditable(false))") is False
    # editable again: the same message is one undoable move
    w.map.set_editable(True)
    send(qtbot, w, f"onAssetMoved({json.dumps(uuid)}, -1.4701, 53.3801)")
    assert w.undo_stack.count() == 1
    assert w.project.find("assets", uuid).location == pytest.approx((-1.4701, 53.3801))
    w.undo_stack.undo()
    assert w.project.find("assets", uuid).location == pytest.approx(before)


def test_a_read_only_project_gives_a_map_that_cannot_edit(qtbot, widget, project):
    project.readonly = True
    load(qtbot, widget, project)
    assert widget.editable is False and js(qtbot, widget, "typeof MapperApp.setEditable") == "function"
    assert js(qtbot, widget, "JSON.parse(document.getElementById('nm-config').textContent).editable") is False


# ---- basemap metadata is text ---------------------------------------------------------------------
HOSTILE = "<img src=x onerror=\"window.__xss=1\"><b>bold</b>"


def test_basemap_name_attribution_and_description_are_text(qtbot, widget, project, tmp_path):
    path = tmp_path / "hostile.mbtiles"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [
        ("name", "Name " + HOSTILE), ("attribution", "Attribution " + HOSTILE),
        ("description", "Description " + HOSTILE), ("format", "png")])
    conn.commit()
    conn.close()
    load(qtbot, widget, project)
    widget.add_basemap(path)
    wait_js(qtbot, widget, "document.querySelectorAll('.leaflet-control-layers-base label').length === 1")
    label = js(qtbot, widget, "document.querySelector('.leaflet-control-layers-base label').textContent.trim()")
    assert label == "Name " + HOSTILE
    attribution = js(qtbot, widget, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "Attribution " + HOSTILE in attribution
    # and when the page is built with the basemap already known (the next start)
    load(qtbot, widget, project)
    label = js(qtbot, widget, "document.querySelector('.leaflet-control-layers-base label').textContent.trim()")
    assert label == "Name " + HOSTILE
    qtbot.wait(200)
    assert js(qtbot, widget, "window.__xss === undefined")
    assert js(qtbot, widget, "document.querySelectorAll('.leaflet-container img[src=\"x\"], .leaflet-control b')"
                             ".length") == 0
    assert widget.page().alerts == [] and widget.guard.blocked_count == 0


def test_legend_entries_are_text(qtbot, widget, project, monkeypatch):
    from mapper.mapview import page

    monkeypatch.setattr(page, "kinds", lambda: [{"code": "shared_space", "label": HOSTILE, "colour": "#123456"}])
    load(qtbot, widget, project)
    rows = js(qtbot, widget, "Array.from(document.querySelectorAll('.nm-legend-row')).map(r => r.textContent)")
    assert HOSTILE in rows
    qtbot.wait(200)
    assert js(qtbot, widget, "window.__xss === undefined")
    assert js(qtbot, widget, "document.querySelectorAll('.nm-legend b, .nm-legend img').length") == 0
