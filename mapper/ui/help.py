"""Help → User guide: a short guide for volunteers, anchor organisations and coordinators, shipped with the
app (resources/help/guide.html, offline) with the screenshots from docs/screenshots. The page is a fixed
file that holds no record data; links only move inside it (nothing is fetched, nothing opens outside).
The guide is in the window's language when there is one (``guide.<lang>.html``: machine-made translations,
right to left for Urdu and Arabic), else in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from mapper.domain.resources import RESOURCES, ROOT
from mapper.ui.i18n import current_language

GUIDE = RESOURCES / "help" / "guide.html"
PICTURES = ROOT / "docs" / "screenshots"


def guide_for(language: str) -> Path:
    """The guide in ``language`` (``guide.ur.html``...), else the English one."""
    found = GUIDE.with_name(f"guide.{language}.html")
    return found if found.is_file() else GUIDE


class HelpDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # only the guide's own #anchors, handled below
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(GUIDE.parent), str(PICTURES)])
        self.guide = guide_for(current_language())
        self.browser.setHtml(self.guide.read_text(encoding="utf-8"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the guide"))
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "" and url.fragment():  # "#coordinator": a place in this guide
            self.browser.scrollToAnchor(url.fragment())
