"""What screen readers get beyond Qt's defaults.

* Dropdowns are named by what they are ("Kind"); their choice is their value. On Linux Qt's own combo
  interface ignores ``setAccessibleName`` and gives AT-SPI the current choice as the name ("Shared
  space"): ``QAccessibleComboBox::text`` (qtbase ``src/widgets/accessible/complexwidgets.cpp``, 6.8) lets
  ``Name`` fall through to ``Value`` under ``#ifndef Q_OS_UNIX`` ("on Linux we use relations for this").
  ``install()`` puts our own interface (``ComboAccessible``) in front of it through
  ``QAccessible::installFactory``, called through ctypes: PySide's binding of ``installFactory`` turns
  every object Qt asks about into a Python wrapper before the Python factory sees it, and PySide 6.8
  crashes wrapping the web view's ``RenderWidgetHostViewQtDelegateItem`` (Qt asks when the map takes
  the focus; converting that item to Python crashes without any factory too). The ctypes factory reads
  only the class name Qt passes and wraps the object only when it is a ``QComboBox``.
  ``name_combo`` also gives a combo without a visible label a hidden one, for the "labelled by" relation.
* ``announce(widget, text)``: puts ``text`` in the widget's accessible description and sends it as an
  announcement (AT-SPI "Announcement"), e.g. the map saying which asset is now selected.
"""

from __future__ import annotations

import atexit
import ctypes
import sys
from pathlib import Path

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

# QAccessible::installFactory(QAccessibleInterface *(*)(const QString &key, QObject *object)), Itanium ABI
_INSTALL = "_ZN11QAccessible14installFactoryEPFP20QAccessibleInterfaceRK7QStringP7QObjectE"
_REMOVE = "_ZN11QAccessible13removeFactoryEPFP20QAccessibleInterfaceRK7QStringP7QObjectE"
_FACTORY = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
_state: dict = {"factory": None, "interfaces": []}


def name_combo(combo: QComboBox, text: str, parent: QWidget) -> QLabel:
    """``combo`` (laid out in ``parent``) is called ``text``: its accessible name and a hidden label
    (a sibling, the relation's other end) whose buddy it is."""
    combo.setAccessibleName(text)
    label = QLabel(text, parent)
    label.setBuddy(combo)
    label.hide()
    return label


def label_of(combo: QComboBox) -> str:
    """What ``combo`` is: its accessible name, else the text of the label whose buddy it is."""
    if combo.accessibleName():
        return combo.accessibleName()
    parent = combo.parentWidget()
    for label in parent.findChildren(QLabel) if parent is not None else ():
        if label.buddy() is combo:
            return label.text().replace("&", "").strip().rstrip(":").strip()
    return ""


class ComboAccessible(QAccessibleWidget):
    """Qt's combo interface with the name a screen reader needs: name = what it is, value (and
    description, which Orca reads after the role) = the current choice; children the list (and line edit)."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo, QAccessible.Role.ComboBox)

    def _combo(self) -> QComboBox | None:
        combo = self.widget()
        return combo if isinstance(combo, QComboBox) else None

    def _value(self, combo: QComboBox) -> str:
        return combo.lineEdit().text() if combo.isEditable() and combo.lineEdit() else combo.currentText()

    def text(self, t):
        combo = self._combo()
        if combo is None:
            return ""
        if t == QAccessible.Text.Name:
            return label_of(combo) or self._value(combo)
        if t == QAccessible.Text.Value:
            return self._value(combo)
        if t == QAccessible.Text.Description:
            return combo.accessibleDescription() or self._value(combo)
        return super().text(t)

    def childCount(self):  # noqa: N802 - Qt's name
        combo = self._combo()
        return 0 if combo is None else (2 if combo.isEditable() else 1)

    def child(self, index):
        combo = self._combo()
        if combo is None:
            return None
        if index == 0:
            return QAccessible.queryAccessibleInterface(combo.view())
        if index == 1 and combo.isEditable():
            return QAccessible.queryAccessibleInterface(combo.lineEdit())
        return None

    def indexOfChild(self, child):  # noqa: N802 - Qt's name
        combo = self._combo()
        if combo is None or child is None:
            return -1
        if child.object() is combo.view():
            return 0
        return 1 if combo.isEditable() and child.object() is combo.lineEdit() else -1

    def actionNames(self):  # noqa: N802 - Qt's name
        return [QAccessibleWidget.showMenuAction(), QAccessibleWidget.pressAction()]

    def doAction(self, name):  # noqa: N802 - Qt's name
        combo = self._combo()
        if combo is not None and name in self.actionNames():
            combo.hidePopup() if combo.view().isVisible() else combo.showPopup()


def _qstring(address: int) -> str:
    """A Qt 6 ``QString`` at ``address`` (its data pointer holds {header, UTF-16 data, size})."""
    data, size = ctypes.cast(address, ctypes.POINTER(ctypes.c_void_p * 3)).contents[1:3]
    return ctypes.string_at(data, size * 2).decode("utf-16-le") if data and size else ""


def _factory(key: int, obj: int) -> int | None:
    try:
        if not obj or _qstring(key) != "QComboBox":
            return None
        combo = shiboken6.wrapInstance(obj, QComboBox)
        iface = ComboAccessible(combo)
        # Qt owns the interface (deletes it with the combo, which invalidates the wrapper); the list keeps
        # the Python side alive until then, so Python never deletes what Qt still holds
        kept = _state["interfaces"]
        kept[:] = [i for i in kept if shiboken6.isValid(i)]
        kept.append(iface)
        return shiboken6.getCppPointer(iface)[0]
    except Exception:  # noqa: BLE001 - never let a screen reader's question take the window down
        return None


def _release() -> None:
    """At exit, before PySide takes the application down: Qt stops asking the factory (Python is going away).
    The interfaces stay referenced: Qt deletes them with their combos, and only then does Python let go."""
    remove = getattr(_qtgui(), _REMOVE)
    remove.argtypes, remove.restype = [_FACTORY], None
    remove(_state["factory"])


def _qtgui() -> ctypes.CDLL:
    import PySide6

    lib = Path(PySide6.__file__).with_name("Qt") / "lib" / "libQt6Gui.so.6"
    return ctypes.CDLL(str(lib) if lib.exists() else "libQt6Gui.so.6")


def install() -> bool:
    """Once per process (the window does it): combos named by what they are. Only Linux needs it (elsewhere
    Qt's combo interface already gives the accessible name). True when the factory is in place."""
    if _state["factory"] is not None:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        install_factory = getattr(_qtgui(), _INSTALL)
    except (OSError, AttributeError):
        return False
    install_factory.argtypes, install_factory.restype = [_FACTORY], None
    _state["factory"] = _FACTORY(_factory)  # kept: Qt calls it for the life of the process
    install_factory(_state["factory"])
    atexit.register(_release)
    return True


def announce(widget: QWidget, text: str) -> None:
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        QAccessible.updateAccessibility(event)
