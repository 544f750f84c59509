"""Large text on a small screen, driven as a person would: the list's filters fold under one button
(that says how many are on) rather than leave the list a row or two; the status bar's message is never
cut off; the map page's words grow with the window's. The real start-up at each screen size is
tests/test_ui_small_screens.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from mapper.ui import settings
from mapper.ui.i18n import apply_language
from mapper.ui.main_window import MainWindow, MapPlaceholder
from mapper.ui.record_list import ROWS
from tests.fit_check import rows_visible, status_message
from tests.map_helpers import js, load, wait_js, widget_fixture  # noqa: F401 - the widget fixture


@pytest.fixture
def text_scale(request):
    app = QApplication.instance()
    apply_language("en")  # English and its usual font first (ui/i18n keeps that font as the usual one)
    ordinary = app.font()
    big = QFont(ordinary)
    big.setPointSizeF(ordinary.pointSizeF() * request.param)
    app.setFont(big)
    yield request.param
    app.setFont(ordinary)


def small_window(qtbot, demo_path) -> MainWindow:
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.open_project(demo_path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(50)
    return w


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_with_large_text_the_filters_fold_and_say_how_many_are_on(qtbot, demo_path, text_scale):
    w = small_window(qtbot, demo_path)
    lst = w.assets
    toggle = lst.filter_toggle
    # open, they would leave the list fewer than ROWS rows: folded (the real start-up's rows are counted
    # in tests/test_ui_small_screens.py)
    assert not lst.filter_box.isVisible() and lst.rows_with_filters() < ROWS
    assert toggle.text().endswith("Filters") and not lst.kind.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)  # the person opens them
    assert lst.kind.isVisible() and lst.stale.isVisible()
    lst.kind.setFocus()
    qtbot.keyClick(lst.kind, Qt.Key.Key_Down)  # the first kind, by keyboard
    assert lst.kind.currentData() is not None
    qtbot.keyClick(toggle, Qt.Key.Key_Space)  # and folds them again
    assert not lst.kind.isVisible() and toggle.text().endswith("Filters (1 on)")
    shown = lst.model.total
    w.resize(1024, 599)  # a resize does not undo the person's choice, nor the filter
    qtbot.wait(20)
    assert not lst.kind.isVisible() and lst.model.total == shown


@pytest.mark.parametrize("text_scale", [1.0], indirect=True)
def test_with_ordinary_text_the_filters_are_open(qtbot, demo_path, text_scale):
    w = small_window(qtbot, demo_path)
    assert w.assets.filter_box.isVisible() and w.assets.kind.isVisible()
    assert rows_visible(w) >= ROWS


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_a_long_message_takes_a_second_line_rather_than_being_cut(qtbot, demo_path, text_scale):
    w = small_window(qtbot, demo_path)
    w.sync_actions.last_label.setText("Last sync: 2026-11-30 18:04:11 UTC")
    w.statusBar().showMessage("Deleted “Ashgrove Befriending (demo)”. Ctrl+Z brings it back. <b>not bold</b>")
    qtbot.wait(50)
    state = status_message(w)
    assert state["whole"], state
    assert w.message.textFormat() == Qt.TextFormat.PlainText  # record names are never markup
    w.statusBar().clearMessage()
    assert w.message.text() == ""


def test_the_map_page_text_grows_with_the_window_text(qtbot, widget, demo):
    load(qtbot, widget, demo)
    size = "parseFloat(getComputedStyle(document.querySelector('.nm-note')).fontSize)"
    legend = "parseFloat(getComputedStyle(document.querySelector('.nm-kinds-legend')).fontSize)"
    before, legend_before = js(qtbot, widget, size), js(qtbot, widget, legend)
    big = QFont(widget.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    widget.setFont(big)  # what 200% text does to the window's widgets
    wait_js(qtbot, widget, f"{size} >= {1.8 * before}")
    assert js(qtbot, widget, legend) >= 1.8 * legend_before
