"""Two points of issue 12 the other tests left to the parts below the window: the toolbar's neighbourhood
picker reaches the map (zoom and dim: tests/test_map_widget.py draws it), and file dialogs start in
Documents (or the last folder used), never in the folder the app was started from."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from mapper.ui.new_project import NewProjectDialog  # noqa: E402


class RecordingMap(MapPlaceholder):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.highlighted: list = []

    def highlight_neighbourhood(self, uuid):
        self.highlighted.append(uuid)


def test_the_neighbourhood_picker_highlights_it_on_the_map(qtbot, demo_path):
    w = MainWindow(map_factory=RecordingMap)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    w.show()
    w.hood.setFocus()
    qtbot.keyClick(w.hood, Qt.Key.Key_Down)  # the first neighbourhood, by keyboard
    chosen = w.hood.currentData()
    assert chosen is not None and w.map.highlighted[-1] == chosen
    assert {r[1] for r in w.assets.model.rows} <= {u for (u,) in w.project.conn.execute(
        "SELECT uuid FROM assets WHERE neighbourhood = ?", (chosen,))}
    qtbot.keyClick(w.hood, Qt.Key.Key_Home)  # All neighbourhoods: nothing dimmed
    assert w.map.highlighted[-1] is None


def test_file_dialogs_start_in_documents_not_where_the_app_was_started(qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    started_in = tmp_path / "somewhere-else"
    started_in.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(started_in)
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    seen = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, start, filters, **k: seen.update(open=start) or ("", ""))
    w.act_open.trigger()
    assert seen["open"] == str(home / "Documents") and os.getcwd() == str(started_in)
    dialog = NewProjectDialog(w)
    qtbot.addWidget(dialog)
    assert dialog.path() == home / "Documents" / "my-neighbourhood.gpkg"
