"""Two windows on one project file: each shows what the other saved, and says so."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from mapper.domain.records import Asset  # noqa: E402
from mapper.store.geometry import register_functions  # noqa: E402
from mapper.store.project import Project  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402


def _window(qtbot, path) -> MainWindow:
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(path, wait=True)
    w.show()
    return w


def test_an_edit_in_one_window_shows_in_the_other(qtbot, tmp_path):
    settings.set_mapper_name("Sam Tester")
    path = tmp_path / "shared.gpkg"
    with Project.create(path) as p:
        library = p.add(Asset(name="Library", kind="shared_space", category="library"))
    first, second = _window(qtbot, path), _window(qtbot, path)
    second.show_record("assets", library.uuid)
    # a new asset typed in the first window
    first.act_new_asset.trigger()
    name = first.asset_form.widgets["name"]
    qtbot.keyClicks(name, "Tuesday lunch club")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    # and the library renamed there
    first.show_record("assets", library.uuid)
    field = first.asset_form.widgets["name"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Central Library")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert first.project.get("assets", library.uuid).name == "Central Library"
    # the second window shows both without being asked, and says why its lists changed
    qtbot.waitUntil(lambda: second.assets.model.total == 2, timeout=5000)
    qtbot.waitUntil(lambda: second.asset_form.widgets["name"].text() == "Central Library", timeout=5000)
    assert "Another window or program changed this file" in second.statusBar().currentMessage()
    # its own edits still go on, after the other's, with later versions
    field = second.asset_form.widgets["name"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Central Library (Surrey St)")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first.asset_form.widgets["name"].text() == "Central Library (Surrey St)", timeout=5000)
    with Project.open(path, readonly=True) as p:
        history = [h for h in p.history("assets", library.uuid) if h["field"] == "name"]
        assert [h["new"] for h in history][-2:] == ["Central Library", "Central Library (Surrey St)"]
        assert history[-1]["version"] > history[-2]["version"]


def test_another_program_writing_the_file_is_noticed(qtbot, tmp_path):
    path = tmp_path / "qgis.gpkg"
    with Project.create(path) as p:
        p.add(Asset(name="Library", kind="shared_space", category="library"))
    w = _window(qtbot, path)
    qtbot.wait(1200)
    assert "Another window" not in w.statusBar().currentMessage()  # our own opening is not "another program"
    conn = sqlite3.connect(path)
    register_functions(conn)  # the ST_* functions GeoPackage tools (QGIS, GDAL) provide
    conn.execute("UPDATE assets SET name = 'Library (edited in QGIS)'")
    conn.commit()
    conn.close()
    qtbot.waitUntil(lambda: w.assets.model.total == 1 and "QGIS" in (w.assets.model.index(0, 0).data() or ""),
                    timeout=5000)
    assert "Another window or program changed this file" in w.statusBar().currentMessage()
