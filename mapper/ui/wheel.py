"""Scrolling a form never edits it: a combo box or spin box (dates included) takes the mouse wheel only
once the user has put the focus in it (a click or Tab). Over an unfocused one the wheel scrolls the form.

``guard_wheel(root)`` guards every such widget under ``root``; call it again after adding widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            # the wheel goes to the scroll area around the widget (Qt itself would pass it on only
            # when nothing filtered it), so the form scrolls and the value stays
            area = obj.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)
            event.accept()
            return True
        return False


_GUARD: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    widgets = [root] if isinstance(root, GUARDED) else []
    widgets += [w for w in root.findChildren(QWidget) if isinstance(w, GUARDED)]
    for w in widgets:
        if w.property("wheel_guarded"):
            continue
        if w.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone never focuses it
        w.installEventFilter(_GUARD)
        w.setProperty("wheel_guarded", True)
