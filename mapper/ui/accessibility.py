"""What screen readers get beyond Qt's defaults.

* Dropdowns are named by what they are ("Kind"), their current choice is their value. On Linux Qt's own
  combo box interface names a combo by its current text ("Shared space") and leaves the label to a
  relation; the factory below gives combos with an accessible name that name (and keeps their list).
* ``announce(widget, text)``: puts ``text`` in the widget's accessible description and sends it as an
  announcement (AT-SPI "Announcement"), e.g. the map saying which asset is now selected.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QWidget

_installed = False


class ComboAccessible(QAccessibleWidget):
    def __init__(self, combo: QComboBox):
        super().__init__(combo, QAccessible.Role.ComboBox)

    def text(self, t):
        combo = self.widget()
        if t == QAccessible.Text.Name:  # its own name, else its label's (buddy), never only its value
            return combo.accessibleName() or super().text(t) or combo.currentText()
        if t == QAccessible.Text.Value:
            return combo.currentText()
        if t == QAccessible.Text.Description:
            return combo.accessibleDescription() or combo.currentText()
        return super().text(t)

    # the drop-down list stays the combo's child (a screen reader reads the choices from it)
    def childCount(self):  # noqa: N802 - Qt name
        return 1

    def child(self, index):
        combo = self.widget()
        return QAccessible.queryAccessibleInterface(combo.view()) if index == 0 and combo is not None else None

    def indexOfChild(self, child):  # noqa: N802 - Qt name
        combo = self.widget()
        return 0 if child is not None and combo is not None and child.object() is combo.view() else -1


def _factory(key: str, obj):
    if key == "QComboBox" and isinstance(obj, QComboBox) and not obj.isEditable():
        return ComboAccessible(obj)
    return None


def install() -> None:
    """Once per process, before the first combo is asked for its interface."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget: QWidget, text: str) -> None:
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        QAccessible.updateAccessibility(event)
