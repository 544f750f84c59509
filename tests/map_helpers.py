"""Helpers for the map tests in a QWebEngineView (offscreen): the ``widget`` fixture (a MapWidget as the app
builds it: its own profile's OfflineGuard blocks and counts any request outside the app), loading a project,
running JavaScript, real mouse events."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mapper.ui.map_widget import MapWidget  # noqa: E402


@pytest.fixture(name="widget")
def widget_fixture(qtbot):
    """A MapWidget on screen, nothing added: ``w.guard`` is the product's own offline guard."""
    w = MapWidget()
    w.resize(1000, 700)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    w.deleteLater()  # the page goes before its profile, while the event loop still runs
    qtbot.wait(50)


def load(qtbot, w, project) -> int:
    with qtbot.waitSignal(w.mapReady, timeout=30000) as ready:
        w.set_project(project)
    return ready.args[0]


def _last_statement(script: str) -> int:
    """Where the script's last top-level statement starts (after its last ``;`` outside brackets/strings)."""
    depth, quote, cut, i = 0, None, 0, 0
    while i < len(script):
        ch = script[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ";" and depth == 0:
            cut = i + 1
        i += 1
    return cut


def js(qtbot, w, script):
    """Run ``script`` in the page and return its last statement's value (through JSON). The page's policy
    forbids eval, so the script runs as the app's own do (runJavaScript) with its last value stringified."""
    cut = _last_statement(script)
    body, last = script[:cut], script[cut:].strip() or "undefined"
    with qtbot.waitCallback(timeout=10000) as cb:
        w.run_js(f"{body}\nJSON.stringify(({last}))", cb)
    return None if cb.args[0] in (None, "") else json.loads(cb.args[0])


def wait_js(qtbot, w, script, timeout=5000):
    """Wait until ``script`` is truthy. (bool(): waitUntil takes a None result, as a script that threw
    gives, for success.)"""
    qtbot.waitUntil(lambda: bool(js(qtbot, w, script)), timeout=timeout)


def mouse(w, kind, x, y, buttons=Qt.MouseButton.LeftButton):
    """A real mouse event on the web view's render widget (what a user's hand makes)."""
    target = w.view.focusProxy()
    types = {"press": QEvent.Type.MouseButtonPress, "move": QEvent.Type.MouseMove,
             "release": QEvent.Type.MouseButtonRelease}
    pos = QPointF(x, y)
    button = Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton
    held = buttons if kind != "release" else Qt.MouseButton.NoButton
    event = QMouseEvent(types[kind], pos, QPointF(target.mapToGlobal(QPoint(int(x), int(y)))), button, held,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
