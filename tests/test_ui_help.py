"""Help → User guide (F1): offline, for the three users, with screenshots, plain static HTML (no record data,
nothing fetched, no link leaves the guide); the menus match what the guide and README say."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import QMenu  # noqa: E402

from mapper.ui.help import GUIDE  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import ROOT, screenshot_path  # noqa: E402


def open_guide(qtbot, demo_path):
    """The window on ``demo_path``, and the guide F1 opens from its list: (window, dialog)."""
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.open_project(demo_path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.assets.view.setFocus()
    qtbot.keyClick(w.assets.view, Qt.Key.Key_F1)
    qtbot.addWidget(w.guide_dialog)
    return w, w.guide_dialog


def test_f1_opens_the_guide_for_all_three_users_with_pictures(qtbot, demo_path, tmp_path):
    w, dialog = open_guide(qtbot, demo_path)
    text = dialog.browser.toPlainText()
    for heading in ("Volunteer mappers", "Anchor organisations", "Coordinators"):
        assert heading in text
    doc = dialog.browser.document()
    pictures = re.findall(r'<img (?:width="\d+" )?src="([^"]+)"', GUIDE.read_text(encoding="utf-8"))
    assert len(pictures) >= 4
    for name in pictures:
        assert (ROOT / "docs" / "screenshots" / name).exists(), name
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    bar = dialog.browser.verticalScrollBar()
    dialog.browser.anchorClicked.emit(QUrl("#coordinator"))
    assert bar.value() > 0
    dialog.grab().save(str(screenshot_path("user_guide.png", tmp_path)), "PNG")


def test_the_guide_is_static_and_offline():
    html = GUIDE.read_text(encoding="utf-8")
    assert not re.search(r"(?i)(https?:|//|<script|javascript:|\bon\w+=)", html)
    assert "{" not in html  # not a template: nothing is filled in


def test_record_menu_holds_new_asset_as_readme_says(qtbot):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    menus = {m.title().replace("&", ""): m for m in w.menuBar().findChildren(QMenu)}
    record = [a.text().replace("&", "") for a in menus["Record"].actions()]
    assert "New asset" in record and "New group" in record
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Record → New asset" in readme
