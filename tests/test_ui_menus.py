"""Every "Menu → Item" a person is told to choose exists under those words, in every language: the map's
no-basemap hint, the demo banner, the new-project dialog."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMenu  # noqa: E402

from mapper.mapview.page import page_strings  # noqa: E402
from mapper.ui import i18n as ui_i18n  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from mapper.ui.new_project import NONE, NewProjectDialog  # noqa: E402

ARROW = re.compile(r"\s[→←]\s")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    ui_i18n.apply_language("en")


def plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def menu_items(window) -> set[tuple[str, str]]:
    """(menu title, item) for every item of every top-level menu, as shown."""
    out = set()
    for menu in window.menuBar().findChildren(QMenu):
        out |= {(plain(menu.title()), plain(a.text())) for a in menu.actions() if a.text()}
    return out


def named_paths(text: str, items: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (menu, item) pairs ``text`` names around each arrow (its words matched against real ones)."""
    found = []
    for m in ARROW.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        found.append(next(((menu, item) for menu, item in items
                           if before.endswith(menu) and after.startswith(item)), ("?", after[:30])))
    return found


@pytest.mark.parametrize("lang", ["en", "ur", "ar", "pl"])
def test_every_menu_path_a_text_names_exists(lang, qtbot):
    ui_i18n.apply_language(lang)
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    items = menu_items(w)
    hint = page_strings()["noBasemap"]
    assert named_paths(hint, items) == [(plain(w.file_menu.title()), plain(w.act_add_basemap.text()))], hint
    banner = w.demo_banner.text()
    assert named_paths(banner, items) == [(plain(w.file_menu.title()), plain(w.act_new_project.text()))], banner
    dialog = NewProjectDialog(w)
    qtbot.addWidget(dialog)
    later = dialog.buttons[NONE].text()
    assert named_paths(later, items) == [(plain(w.file_menu.title()), plain(w.act_import.text()))], later


def test_the_check_sees_a_menu_item_that_does_not_exist(qtbot):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    assert named_paths("choose File → Add basemap and pick", menu_items(w)) == [("File", "Add basemap")]
    assert named_paths("choose Record → Add basemap", menu_items(w))[0][0] == "?"
