"""What a person reads: labels from the taxonomy, not codes; yes/no; local times, not UTC; plain verbs."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # UTC+5:30 all year: a local time differs from UTC
    time.tzset()
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    w.show()
    yield w
    monkeypatch.delenv("TZ")
    time.tzset()


def test_history_shows_labels_yes_no_and_local_time(window, qtbot):
    w = window
    rows = w.assets.model.rows
    uuid = w.assets.model.uuid_at(next(i for i in range(len(rows)) if rows[i][3] == "library"))
    w.show_record("assets", uuid)
    form = w.asset_form
    category = form.widgets["category"]
    category.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(category, Qt.Key.Key_Down)  # Library -> the next shared-space category
    publish = form.widgets["may_publish"]
    w.scroll.ensureWidgetVisible(publish)
    was_published = publish.isChecked()
    qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)
    dialog = w.show_history()
    qtbot.addWidget(dialog)
    t = dialog.table
    shown = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    text = " ".join(" ".join(r) for r in shown)
    assert "community_hub" not in text and "may publish" not in text.lower().replace("may appear", "")
    publish_row = next(r for r in shown if r[2] == "May appear on public maps")
    assert publish_row[3:5] == (["Yes", "No"] if was_published else ["No", "Yes"])
    category_row = next(r for r in shown if r[2] == "Category")
    assert category_row[3] == "Library" and category_row[4] != "library"
    stamp = w.project.history("assets", uuid)[-1]["at"]  # UTC in the file
    assert shown[0][0] != stamp.replace("T", " ")[:16]
    import datetime as dt

    local = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    assert shown[0][0] == local.strftime("%Y-%m-%d %H:%M")
    assert t.horizontalHeaderItem(0).text() == "When"


def test_errors_name_what_failed_with_a_plain_verb(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mapper.ui import ops

    said = []
    monkeypatch.setattr(ops, "show_error", lambda parent, exc, doing=None: said.append(doing) or QMessageBox())
    bad = tmp_path / "not-a-package.gpkg"
    bad.write_text("hello")
    window.merge_from([bad])
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    assert said and said[-1] == "merge the files"


def test_the_last_sync_time_in_the_status_bar_is_local_not_utc(window, tmp_path):
    from mapper.sync.targets import base

    w = window
    w.project.set_setting(base.LAST_SETTING, "2026-12-01T21:05:15Z")
    w.sync_actions.refresh()
    text = w.sync_actions.last_label.text()
    assert text == "Last sync: 2026-12-02 02:35", text  # Kolkata is 5:30 ahead; no "UTC" left for a person to convert
