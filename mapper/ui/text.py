"""Record data on screen is text, never markup.

A QLabel, a QMessageBox and a tooltip guess "rich text" when a string looks like HTML (``Qt.mightBeRichText``),
so a name such as ``<b>x</b><img src=...>`` would be drawn as markup. Everything that can show a name, a
value, a file's header or an error about them goes through these helpers.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


def data_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A QLabel that shows ``text`` (and whatever is set later) exactly as written."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plain_box(box: QMessageBox) -> QMessageBox:
    """Every text of a message box (main, informative, any label Qt made for it) as plain text.
    Call it after the texts are set: Qt makes the informative label on first use."""
    box.setTextFormat(PLAIN)
    for label in box.findChildren(QLabel):
        label.setTextFormat(PLAIN)
    return box


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt would render a tooltip that looks like HTML)."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""
