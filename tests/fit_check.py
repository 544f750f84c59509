"""Run in a process of its own (tests/test_ui_small_screens.py): start the window as the app does
(``app.run_app``) on the screen the environment describes (QT_QPA_PLATFORM=offscreen:configfile=…, and
QT_SCALE_FACTOR), optionally with larger text, show a library asset, then a group, and report as JSON
whether the window fits the screen and which controls are cut off. Saves a screenshot of each.

    python -m tests.fit_check PROJECT SHOT_PREFIX TEXT_SCALE
"""

from __future__ import annotations

import json
import sys
import time
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QToolBar,
    QWidget,
)

from mapper.ui import app
from mapper.ui.main_window import MainWindow


def combo_cut(combo: QComboBox) -> bool:
    """The choice shown is wider than the box's text field."""
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width()


def shown(w: QWidget, window: MainWindow) -> bool:
    return w.isVisible() and not w.visibleRegion().isEmpty() and not window.map.isAncestorOf(w)


def cut_controls(window: MainWindow) -> list[str]:
    out = []
    for w in window.findChildren(QWidget):
        if not shown(w, window) or w.objectName().startswith("qt_"):
            continue
        name = f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}"
        if isinstance(w, QComboBox) and combo_cut(w):
            out.append(f"{name}: {w.currentText()!r} does not fit")
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.width() < w.sizeHint().width() - 1:
            out.append(f"{name}: {w.width()} px for {w.sizeHint().width()}")
        elif isinstance(w, QLabel) and w.wordWrap() and w.text() and w.hasHeightForWidth() \
                and w.height() < w.heightForWidth(w.width()) - 1:
            out.append(f"{name}: {w.height()} px high for {w.heightForWidth(w.width())}")
        elif isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QToolBar) and w.text() \
                and w.width() < w.minimumSizeHint().width() - 1:
            out.append(f"{name}: {w.width()} px for {w.minimumSizeHint().width()}")
    return out


def toolbar_hidden(window: MainWindow) -> list[str]:
    """Actions whose toolbar button is not on screen (pushed into the overflow menu)."""
    hidden = []
    for bar in window.toolbars:
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if action.isVisible() and not action.isSeparator() and (button is None or not button.isVisible()):
                hidden.append(action.text())
    return hidden


def form_fields(window: MainWindow, form) -> dict[str, int]:
    """Each field's width in characters of the text size."""
    chars = window.fontMetrics().averageCharWidth()
    return {k: round(w.width() / chars, 1) for k, w in form.widgets.items() if w.isVisible()}


def rows_visible(window: MainWindow) -> int:
    """How many rows of the record list shown (Assets or Groups) are on screen whole."""
    view = window.tabs.currentWidget().view
    height = view.viewport().height()
    return sum(1 for r in range(view.model().rowCount())
               if view.rowViewportPosition(r) >= 0 and view.rowViewportPosition(r) + view.rowHeight(r) <= height)


def status_message(window: MainWindow) -> dict:
    """The status bar's message and whether all of it is on screen: in a label of its own (wrapped: as
    high as its lines need; else as wide as the text), or painted by QStatusBar itself in the room
    left of the widgets beside it."""
    bar = window.statusBar()
    text = bar.currentMessage()
    metrics = bar.fontMetrics()
    label = next((x for x in bar.findChildren(QLabel) if x.isVisible() and x.text() == text), None)
    if label is not None:
        whole = label.height() >= label.heightForWidth(label.width()) - 1 if label.wordWrap() \
            else label.width() >= metrics.horizontalAdvance(text)
        return {"text": text, "whole": whole, "room": [label.width(), label.height()]}
    others = [x.x() for x in bar.findChildren(QWidget) if x.isVisible() and x.parentWidget() is bar and x.x() > 0]
    room = min(others, default=bar.width()) - 2 - 6  # QStatusBar's message rectangle
    return {"text": text, "whole": metrics.horizontalAdvance(text) <= room, "room": [room, bar.height()]}


MAP_PROBE = """(function () {
  function box(node) {
    var r = node.getBoundingClientRect();
    return {cls: node.className, font: parseFloat(getComputedStyle(node).fontSize),
            rect: [r.left, r.top, r.right, r.bottom]};
  }
  var controls = Array.prototype.filter.call(document.querySelectorAll('.leaflet-control'), function (n) {
    var r = n.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  });
  var hint = document.querySelector('.nm-note'), legend = document.querySelector('.nm-kinds-legend');
  return {width: window.innerWidth, hint: hint && box(hint), legend: legend && box(legend),
          controls: controls.map(box)};
})()"""


def map_page(window: MainWindow) -> dict | None:
    """The map page's own text size and where its controls are (from the window's real web view)."""
    answer: dict = {}
    window.map.run_js(f"JSON.stringify({MAP_PROBE})", lambda value: answer.setdefault("value", value))
    for _ in range(500):
        if "value" in answer:
            break
        QApplication.processEvents()
        time.sleep(0.02)
    return json.loads(answer["value"]) if answer.get("value") else None


def settle() -> None:
    """Let the layout finish (some of it runs after the resize that asked for it)."""
    for _ in range(10):
        QApplication.processEvents()
        time.sleep(0.02)


def report(window: MainWindow, what: str, shot: str) -> dict:
    settle()
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    window.grab().save(f"{shot}_{what}.png", "PNG")
    form = window.current_form()
    return {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "fits": screen.contains(frame),
        "cut": cut_controls(window),
        "toolbar_hidden": toolbar_hidden(window),
        "panel_scrolls_sideways": window.scroll.horizontalScrollBar().maximum() > 0,
        "fields_chars": form_fields(window, form) if form is not None else {},
        "columns": window.split.sizes(),
        "rows_visible": rows_visible(window),
        "status": status_message(window),
        "text_px": QFontInfo(window.font()).pixelSize(),
        "map": map_page(window),
    }


def main(project: str, shot: str, text_scale: float) -> int:
    qt = app.application()
    if text_scale != 1:
        font = QFont(qt.font())
        font.setPointSizeF(font.pointSizeF() * text_scale)
        qt.setFont(font)
    results: dict = {}
    tries = {"n": 0}

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0] if windows else None
        ready = window is not None and window.project is not None and getattr(window.map, "ready", True)
        tries["n"] += 1
        if not ready and tries["n"] < 120:
            QTimer.singleShot(250, check)
            return
        try:
            model = window.assets.model
            library = next(i for i in range(len(model.rows)) if model.rows[i][3] == "library")
            window.show_record("assets", model.uuid_at(library))
            results["asset"] = report(window, "asset", shot)
            window.show_record("groups", window.groups.model.uuid_at(0))
            results["group"] = report(window, "group", shot)
            print("RESULT " + json.dumps(results), flush=True)
        except BaseException:  # noqa: BLE001 - said on stdout: the window's error box would wait for a click
            traceback.print_exc(file=sys.stdout)
        window.close()
        qt.quit()

    QTimer.singleShot(500, check)
    return app.run_app(app.Path(project), quit_after_ms=90000)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
