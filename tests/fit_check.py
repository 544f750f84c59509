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
from PySide6.QtGui import QFont
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
