"""Driving the window with the keyboard alone, as a person would: keys go to whatever has the keyboard focus;
modal dialogs (file dialogs, questions) are answered from inside their own event loops, one step per dialog,
and any dialog still open when the driver gives up is closed, so a failing test fails instead of hanging."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot, key, modifier=NO, times: int = 1) -> QWidget:
    """Press ``key`` where the keyboard focus is; returns what has the focus afterwards."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)
    return QApplication.focusWidget()


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def activate(qtbot, window: QWidget) -> None:
    """The window has the keyboard (after a dialog closed the window manager gives it back; the offscreen
    platform has none, so the test does what it would)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


class Modals:
    """``steps``: [(what the dialog is, what the person does in it)], answered in order as they open."""

    def __init__(self, qtbot, steps: list[tuple[Callable[[QWidget], bool], Callable[[QWidget], None]]],
                 *, give_up_s: float = 60):
        self.qtbot, self.steps, self.errors, self.answered = qtbot, list(steps), [], []
        self.deadline = time.monotonic() + give_up_s
        self.last: QWidget | None = None
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if time.monotonic() > self.deadline:
            self.stop()
            if modal is not None:
                self.errors.append(f"gave up; still open: {type(modal).__name__} {modal.windowTitle()!r}")
                self._close(modal)
            return
        if modal is None or modal is self.last or not self.steps or not modal.isVisible():
            return
        if not modal.isActiveWindow():
            modal.activateWindow()  # what the window manager does for a new dialog
            return
        is_it, answer = self.steps[0]
        if not is_it(modal):
            return  # something else (a progress dialog): wait for the one expected
        self.steps.pop(0)
        self.last = modal
        try:
            answer(modal)
            self.answered.append(type(modal).__name__)
        except BaseException as exc:  # noqa: BLE001 - reported by done(), never left hanging
            self.errors.append(repr(exc))
            self._close(modal)
        if not self.steps:
            self.stop()

    @staticmethod
    def _close(modal: QWidget) -> None:
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def stop(self) -> None:
        self.timer.stop()

    def done(self) -> bool:
        return not self.steps or bool(self.errors)

    def check(self) -> None:
        self.stop()
        assert not self.errors, self.errors
        assert not self.steps, f"{len(self.steps)} dialog(s) never came"
