"""Offline basemaps: a generated .mbtiles file is served tile by tile with the TMS row flip."""

from __future__ import annotations

import sqlite3

import pytest

from mapper.mapview.mbtiles import BasemapError, MBTiles
from mapper.mapview.server import MapServer


def make_mbtiles(path, tiles: dict[tuple[int, int, int], bytes], fmt="png"):
    """An MBTiles file as QGIS writes it: TMS rows (y from the south), metadata table."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [
        ("name", "Test basemap"), ("format", fmt), ("minzoom", "2"), ("maxzoom", "12"),
        ("bounds", "-1.8,53.3,-1.3,53.5"), ("attribution", "<b>Test</b> tiles")])
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                     [(z, x, row, data) for (z, x, row), data in tiles.items()])
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def mbtiles(tmp_path):
    # z=2 has rows 0..3: XYZ y=0 (north) is TMS row 3. Both rows hold distinct tiles so a missing
    # flip serves the wrong one.
    return make_mbtiles(tmp_path / "base.mbtiles", {
        (2, 1, 3): b"\x89PNG north tile z2 x1 y0",
        (2, 1, 0): b"\x89PNG south tile z2 x1 y3",
        (12, 2031, 4095 - 1326): b"\x89PNG sheffield z12 x2031 y1326",
    })


def test_tile_for_a_known_xyz_comes_from_the_flipped_tms_row(mbtiles):
    tiles = MBTiles(mbtiles)
    assert tiles.tile(2, 1, 0) == b"\x89PNG north tile z2 x1 y0"
    assert tiles.tile(2, 1, 3) == b"\x89PNG south tile z2 x1 y3"
    assert tiles.tile(12, 2031, 1326) == b"\x89PNG sheffield z12 x2031 y1326"
    assert tiles.tile(2, 0, 0) is None
    assert tiles.zoom_range() == (2, 12)
    assert tiles.bounds() == [[53.3, -1.8], [53.5, -1.3]]
    assert tiles.layer_options("u")["attribution"] == "<b>Test</b> tiles"  # as text: the page escapes it


def test_server_serves_tiles_with_their_mime_type(mbtiles):
    server = MapServer()
    server.add_basemap(mbtiles)
    reply = server.handle("/tiles/0/12/2031/1326")
    assert (reply.status, reply.mime, reply.body) == (200, "image/png", b"\x89PNG sheffield z12 x2031 y1326")
    assert server.handle("/tiles/0/2/0/0").status == 404
    assert server.handle("/tiles/1/2/1/0").status == 404  # no second basemap
    assert server.basemap_options()[0]["url"] == "tiles/0/{z}/{x}/{y}"


def test_files_that_are_not_raster_mbtiles_are_refused_with_one_line(tmp_path):
    (tmp_path / "notes.mbtiles").write_text("hello")
    with pytest.raises(BasemapError, match="notes.mbtiles"):
        MBTiles(tmp_path / "notes.mbtiles")
    vector = make_mbtiles(tmp_path / "vector.mbtiles", {}, fmt="pbf")
    with pytest.raises(BasemapError, match="only raster"):
        MBTiles(vector)
    with pytest.raises(BasemapError, match="not found"):
        MBTiles(tmp_path / "missing.mbtiles")


def test_static_files_stay_inside_the_web_folder():
    server = MapServer()
    assert server.handle("/web/leaflet/leaflet.js").status == 200
    assert server.handle("/web/../../mapper/cli.py").status == 404
    assert server.handle("/data/assets.json").status == 404  # no project yet


def test_basemap_in_the_window_is_drawn_from_the_scheme(qtbot, project, tmp_path):
    pytest.importorskip("PySide6.QtWebEngineWidgets")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    from mapper.ui.map_widget import MapWidget

    def png(colour):
        image = QImage(256, 256, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        return bytes(buf.data().data())

    # every z12 tile over central Sheffield, in TMS rows
    tiles = {(12, x, 4095 - y): png("#ff00ff") for x in range(2027, 2037) for y in range(1322, 1332)}
    path = make_mbtiles(tmp_path / "sheffield.mbtiles", tiles)
    w = MapWidget()
    w.resize(600, 400)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.mapReady, timeout=30000):
        w.set_project(project)
    w.add_basemap(path)
    w.run_js("MapperApp.map.setView([53.38, -1.47], 12, {animate: false})")
    qtbot.waitUntil(lambda: any(r.startswith("/tiles/0/12/") for r in w.handler.requests), timeout=10000)
    # the basemap tile is on screen (once Leaflet's fade-in is over)
    qtbot.waitUntil(lambda: w.view.grab().toImage().pixelColor(300, 200).name() == "#ff00ff", timeout=5000)
    # remembered in the project: the next time it opens, the basemap is there
    assert str(path.resolve()) in project.setting("map_basemaps")
    w.close()
    w.deleteLater()
    qtbot.wait(50)
