"""First start never steers real work into the demo: plain choices, the user's own map first, Cancel opens
nothing, and the demo says DEMO (title and banner) wherever it is open."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from mapper.ui import app  # noqa: E402
from mapper.ui.first_start import DEMO, NEW, OPEN, FirstStartDialog  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402


def test_choices_are_plain_and_own_map_comes_first(qtbot, tmp_path):
    d = FirstStartDialog()
    qtbot.addWidget(d)
    texts = [d.buttons[c].text() for c in (NEW, OPEN, DEMO)]
    assert texts[0].startswith("Start mapping my neighbourhood") and texts[1].startswith("Open a file I was given")
    assert texts[2].startswith("Try the demo") and "made-up" in texts[2]
    layout_order = [d.layout().itemAt(i).widget() for i in range(d.layout().count())]
    assert layout_order.index(d.buttons[NEW]) < layout_order.index(d.buttons[DEMO])
    assert d.chosen() == NEW
    d.show()
    qtbot.waitExposed(d)
    d.grab().save(str(screenshot_path("first_start.png", tmp_path)), "PNG")


def test_cancel_on_first_start_opens_nothing(qtbot, monkeypatch, mapper_home):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app.first_start(w) is None
    from mapper.domain.userdirs import default_demo_path

    assert not default_demo_path().exists()  # the demo was not even built


def test_choosing_the_demo_opens_it_marked_demo(qtbot, monkeypatch, mapper_home):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)

    def pick_demo(self):
        self.show()
        qtbot.waitExposed(self)
        qtbot.mouseClick(self.buttons[DEMO], Qt.MouseButton.LeftButton)
        assert self.chosen() == DEMO
        self.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstStartDialog, "exec", pick_demo)
    chosen = app.first_start(w)
    assert chosen is not None and chosen.exists()


def test_the_demo_says_demo_and_a_real_project_does_not(qtbot, demo_path, tmp_path):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.open_project(demo_path, wait=True)
    w.show()
    assert "DEMO" in w.windowTitle()
    assert w.demo_banner.isVisible() and "made up" in w.demo_banner.text()
    w.grab().save(str(screenshot_path("demo_banner.png", tmp_path)), "PNG")
    w.create_project(tmp_path / "real.gpkg")
    qtbot.waitUntil(lambda: w.project is not None and w.project.path.name == "real.gpkg", timeout=10000)
    assert "DEMO" not in w.windowTitle() and not w.demo_banner.isVisible()
