"""File → Sync in the window: asks for the target once, runs on the Op, shows the last sync time."""

from __future__ import annotations

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
