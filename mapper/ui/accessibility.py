"""What screen readers get beyond Qt's defaults.

* Dropdowns say what they are. On Linux Qt's combo box gives AT-SPI its current choice as its name
  ("Shared space") and what it is through the "labelled by" relation to its label, which screen readers
  announce first ("Kind, combo box, Shared space"). ``name_combo`` gives a combo without a visible label
  a hidden one, so that relation is there too. (A Python accessible-interface factory would rename combos
  directly, but PySide 6.8 crashes in it when the map's web view takes the focus.)
* ``announce(widget, text)``: puts ``text`` in the widget's accessible description and sends it as an
  announcement (AT-SPI "Announcement"), e.g. the map saying which asset is now selected.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def name_combo(combo: QComboBox, text: str, parent: QWidget) -> QLabel:
    """``combo`` (laid out in ``parent``) is called ``text``: its accessible name and a hidden label
    (a sibling, the relation's other end) whose buddy it is."""
    combo.setAccessibleName(text)
    label = QLabel(text, parent)
    label.setBuddy(combo)
    label.hide()
    return label


def announce(widget: QWidget, text: str) -> None:
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        QAccessible.updateAccessibility(event)
