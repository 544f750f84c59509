"""File → Sync in the window: asks for the target once, runs on the Op, shows the last sync time."""

from __future__ import annotations

from mapper.domain.wording import local_time
from mapper.sync.targets import sync
from mapper.ui import ops
from mapper.ui.main_window import MainWindow, MapPlaceholder
from tests.sync_helpers import add_assets, laptop


def test_file_sync_with_a_folder_brings_in_others_and_shows_the_time(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    folder = tmp_path / "shared"
    folder.mkdir()
    other = laptop(tmp_path, "other")
    add_assets(other, 3, "From the other laptop")
    sync(other, str(folder))
    other.close()
    mine = laptop(tmp_path, "mine")
    mine.close()
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(tmp_path / "mine.gpkg", wait=True)
    assert w.sync_actions.last_label.text() == "Not synced yet"
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (asked.append(1), (str(folder), True))[1])
    w.show()
    w.sync_actions.act_sync.trigger()  # File → Sync
    qtbot.waitUntil(lambda: ops.running() == 0 and w.sync_actions.op is not None, timeout=30000)
    qtbot.waitUntil(lambda: w.assets.model.total == 3, timeout=10000)
    assert w.sync_actions.last_label.text().startswith("Last sync: ")
    assert len(list(folder.glob("*.nmsync.gpkg"))) == 2
    # the target is remembered: the next sync does not ask again
    w.sync_actions.act_sync.trigger()
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    assert asked == [1]


def _window(qtbot, path):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(path, wait=True)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


def _press_sync_shortcut(qtbot, w) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    # a window shortcut fires only in the active window (offscreen too, once it has become active)
    qtbot.waitUntil(lambda: (w.activateWindow(), w.isActiveWindow())[1], timeout=10000)
    # File → Sync's shortcut, typed where the keyboard focus is
    QTest.keySequence(QApplication.focusWidget() or w, QKeySequence("Ctrl+Shift+Y"))


def test_file_sync_shortcut_status_time_and_a_target_per_project(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from mapper.store.project import Project
    from mapper.sync.targets import last_sync, remembered
    from mapper.sync.targets.folder import SUFFIX

    stick, drive = tmp_path / "stick", tmp_path / "drive"
    stick.mkdir()
    drive.mkdir()
    for name in ("a", "b"):
        laptop(tmp_path, name).close()
    answers, asked = [str(stick), str(drive)], []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *args, **kw: (asked.append(args[-1]), (answers.pop(0), True))[1])
    w = _window(qtbot, tmp_path / "a.gpkg")
    assert w.sync_actions.act_sync.shortcut().toString() == "Ctrl+Shift+Y"
    _press_sync_shortcut(qtbot, w)
    qtbot.waitUntil(lambda: w.sync_actions.op is not None and ops.running() == 0, timeout=30000)
    with Project.open(tmp_path / "a.gpkg") as a:
        a_at, a_id = last_sync(a), a.replica_id
        assert remembered(a) == str(stick.resolve())
    assert w.sync_actions.last_label.text() == f"Last sync: {local_time(a_at)}"
    assert [p.name for p in stick.iterdir()] == [f"{a_id}{SUFFIX}"]
    # another project: its own target (asked for, with nothing filled in) and its own time
    w.open_project(tmp_path / "b.gpkg", wait=True)
    assert w.sync_actions.last_label.text() == "Not synced yet"
    _press_sync_shortcut(qtbot, w)
    qtbot.waitUntil(lambda: ops.running() == 0 and not answers, timeout=30000)
    qtbot.waitUntil(lambda: ops.running() == 0 and w.sync_actions.last_label.text().startswith("Last sync: "),
                    timeout=30000)
    assert asked == ["", ""]  # b's question did not offer a's folder
    b_package = f"{w.project.replica_id}{SUFFIX}"
    assert [p.name for p in drive.iterdir()] == [b_package]
    # back to the first project: its folder and time again; syncing it asks nothing
    w.open_project(tmp_path / "a.gpkg", wait=True)
    assert w.sync_actions.last_label.text() == f"Last sync: {local_time(a_at)}"
    before = w.sync_actions.op
    _press_sync_shortcut(qtbot, w)
    qtbot.waitUntil(lambda: w.sync_actions.op is not before and ops.running() == 0, timeout=30000)
    assert len(asked) == 2
    assert [p.name for p in stick.iterdir()] == [f"{a_id}{SUFFIX}"]  # a synced with its own folder again
    assert [p.name for p in drive.iterdir()] == [b_package]
    assert w.sync_actions.last_label.text() == f"Last sync: {local_time(last_sync(w.project))}"


def test_cancel_in_the_window_leaves_laptop_and_server_consistent_and_the_next_sync_completes(
        qtbot, tmp_path, monkeypatch, server):
    """A person presses Cancel while a big first sync waits for the server: nothing reaches the server,
    nothing is lost here, and the next File → Sync sends everything."""
    import psycopg
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QPushButton

    from mapper.store.project import Project
    from mapper.sync.targets.pg_schema import LOCK

    n = 6000  # more than one COPY chunk: Cancel is noticed between chunks
    mine = laptop(tmp_path, "mine")
    uuids = add_assets(mine, n, "Bulk")
    mine.close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (server, True))
    w = _window(qtbot, tmp_path / "mine.gpkg")
    other = psycopg.connect(server, autocommit=True)  # another laptop's long push holds the writers' lock
    other.execute("SELECT pg_advisory_lock(%s)", (LOCK,))
    try:
        _press_sync_shortcut(qtbot, w)
        waiting = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'neighbourhood-mapper' " \
                  "AND wait_event_type = 'Lock'"
        qtbot.waitUntil(lambda: other.execute(waiting).fetchone()[0] == 1, timeout=60000)
        dialog = w.findChild(QProgressDialog, "progressDialog")
        qtbot.waitUntil(lambda: dialog.isVisible(), timeout=10000)
        [cancel] = dialog.findChildren(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        other.execute("SELECT pg_advisory_unlock(%s)", (LOCK,))
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=60000)
    box = w.findChild(QMessageBox, "errorDialog")
    assert box is not None and "cancelled" in box.text() and box.icon() == QMessageBox.Icon.Information
    box.close()
    assert other.execute("SELECT count(*) FROM mapper.assets").fetchone()[0] == 0  # rolled back, all of it
    assert w.sync_actions.last_label.text() == "Not synced yet"
    with Project.open(tmp_path / "mine.gpkg") as p:
        assert p.count("assets") == n
    before = w.sync_actions.op
    _press_sync_shortcut(qtbot, w)  # the next sync (target remembered) completes
    qtbot.waitUntil(lambda: w.sync_actions.op is not before and ops.running() == 0, timeout=120000)
    assert w.findChild(QMessageBox, "errorDialog") is None or not w.findChild(QMessageBox, "errorDialog").isVisible()
    assert {u for (u,) in other.execute("SELECT uuid FROM mapper.assets")} == set(uuids)
    assert w.sync_actions.last_label.text().startswith("Last sync: ")
    other.close()
