"""The strips across the top of the window that say what kind of file is open: the demo (made-up
records), a file opened read-only, another window or program using the same file."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mapper.ui.i18n import Tr

Banners = Tr("Banners")

_STYLE = "background: {bg}; color: #000; padding: 6px; font-weight: bold;"


def _banner(text: str, name: str, object_name: str, bg: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(_STYLE.format(bg=bg))
    label.setAccessibleName(name)
    label.hide()
    return label


def demo_banner() -> QLabel:
    """The demo says DEMO wherever it is open, so no real record is typed into it by mistake."""
    return _banner(Banners.tr("DEMO: the records here are made up, for trying the app. Nothing you type here reaches "
                      "real maps. To record your neighbourhood: File → New project."),
                   Banners.tr("This is the demo"), "demoBanner", "#ffd24d")


def readonly_banner() -> QLabel:
    return _banner(Banners.tr("Read-only: this file or its folder cannot be changed, so you can look but not edit. "
                      "To work on it, copy the file into a folder of your own (for example Documents) and "
                      "open the copy."), Banners.tr("This file is read-only"), "readonlyBanner", "#cfe2ff")
