"""The care-needs list in the window: a dozen rows or more (not four), and a search over what is shown
that holds decrypted text only in memory while unlocked."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from mapper.domain.records import CareNeed  # noqa: E402
from mapper.privacy import setup  # noqa: E402
from mapper.store.project import Project  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402

PASS = "list test passphrase"
CATS = ("food", "loneliness", "digital", "money")


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "needs.gpkg"
    with Project.create(path) as p:
        setup.set_passphrase(p, PASS)
        for i in range(60):
            p.add(CareNeed(categories=(CATS[i % 4],), consent_by="mapper", consent_at="2026-01-01T10:00:00Z",
                           consent_scope="recorded", notes="likes the allotment" if i == 7 else None))
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.open_project(path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.care_scroll)
    panel = w.care_panel
    qtbot.keyClicks(panel.pass_edit, PASS)
    qtbot.keyClick(panel.pass_edit, Qt.Key.Key_Return)
    assert panel.is_open
    return w


def _visible(panel) -> list[str]:
    return [panel.need_list.item(i).text() for i in range(panel.need_list.count())
            if not panel.need_list.item(i).isHidden()]


def test_list_shows_a_dozen_rows_or_more(window, qtbot, tmp_path):
    panel = window.care_panel
    qtbot.wait(50)
    rows = panel.need_list.viewport().height() // panel.need_list.sizeHintForRow(0)
    assert rows >= 12
    # and the rows are on screen without scrolling the panel
    top = panel.need_list.mapTo(window.care_scroll.viewport(), panel.need_list.rect().topLeft())
    assert 0 <= top.y() and top.y() + panel.need_list.height() <= window.care_scroll.viewport().height()
    window.grab().save(str(screenshot_path("care_needs_list.png", tmp_path)), "PNG")


def test_search_filters_by_need_and_notes_and_is_cleared_on_lock(window, qtbot):
    panel = window.care_panel
    assert panel.need_count.text() == "60 care needs"
    panel.need_search.setFocus()
    qtbot.keyClicks(panel.need_search, "digital")
    shown = _visible(panel)
    assert len(shown) == 15 and all("Digital inclusion" in t for t in shown)
    assert panel.need_count.text() == "15 of 60 care needs"
    panel.need_search.selectAll()
    qtbot.keyClicks(panel.need_search, "allotment")  # words of the notes find the need, too
    assert len(_visible(panel)) == 1
    # the search is never written anywhere: not in the project's settings, not in the app's settings
    stored = " ".join(str(v) for (v,) in window.project.conn.execute("SELECT value FROM nm_settings"))
    assert "allotment" not in stored
    from PySide6.QtCore import QSettings

    qs = QSettings()
    assert not any("allotment" in str(qs.value(k)) for k in qs.allKeys())
    panel.lock()
    assert panel.need_search.text() == "" and panel.need_list.count() == 0 and panel._need_text == {}
