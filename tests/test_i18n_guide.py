"""The user guide (Help → User guide, F1) in the window's language: Urdu, Arabic and Polish versions,
machine-made and marked so, right to left for Urdu and Arabic, with the same parts and pictures as the
English one and the menus named as the window names them; English otherwise."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QUrl  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402

from mapper.domain import i18n  # noqa: E402
from mapper.ui import i18n as ui_i18n  # noqa: E402
from mapper.ui.help import GUIDE, guide_for  # noqa: E402
from tests.test_ui_help import open_guide  # noqa: E402

NOTES = {"ur": "مشین سے ترجمہ", "ar": "تُرجم هذا الدليل آليًا", "pl": "przetłumaczono maszynowo"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    ui_i18n.apply_language("en")


def parts(html: str) -> tuple[list[str], list[str], int]:
    """(anchors, pictures, headings) of a guide: what every language must have alike."""
    return (re.findall(r'<a (?:name|href)="#?([^"]+)"', html), re.findall(r'src="([^"]+)"', html),
            len(re.findall(r"<h[123]\b", html)))


@pytest.mark.parametrize("lang,rtl", [("ur", True), ("ar", True), ("pl", False)])
def test_f1_shows_the_guide_in_the_window_language(lang, rtl, qtbot, demo_path):
    ui_i18n.apply_language(lang)
    w, dialog = open_guide(qtbot, demo_path)
    assert dialog.guide == GUIDE.with_name(f"guide.{lang}.html")
    html = dialog.guide.read_text(encoding="utf-8")
    assert "machine-made" in html and NOTES[lang] in dialog.browser.toPlainText()  # marked, also for the reader
    assert parts(html) == parts(GUIDE.read_text(encoding="utf-8"))
    doc = dialog.browser.document()
    for name in parts(html)[1]:
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    block, directions = doc.begin(), set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.textDirection())
        block = block.next()
    assert directions == {wanted}  # every paragraph, even one that starts with "Ctrl+N"
    text = dialog.browser.toPlainText()
    for menu in (w.file_menu.title(), w.menuBar().actions()[2].text()):  # File, Record: as the window says
        assert menu.replace("&", "") in text, menu
    assert "Volunteer mappers" not in text
    dialog.browser.anchorClicked.emit(QUrl("#coordinator"))
    assert dialog.browser.verticalScrollBar().value() > 0


def test_english_and_unshipped_languages_get_the_english_guide(qtbot):
    assert guide_for("en") == GUIDE
    assert guide_for("so") == GUIDE
    assert {p.name for p in GUIDE.parent.glob("guide.*.html")} == {f"guide.{c}.html" for c in i18n.shipped_languages()
                                                                    if c != i18n.SOURCE_LANGUAGE}


@pytest.mark.parametrize("lang", ["ur", "ar", "pl"])
def test_each_translated_guide_is_static_and_offline(lang):
    html = guide_for(lang).read_text(encoding="utf-8")
    assert not re.search(r"(?i)(https?:|//|<script|javascript:|\bon\w+=)", html)
    assert "{" not in html
    assert f'lang="{lang}"' in html and ('dir="rtl"' in html) == (lang in i18n.RTL_LANGUAGES)
