"""Errors a person meets, in the window: a full disk, a read-only folder or file, a bad file given on the
command line. Each says what happened and what to do, once."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from mapper.domain.errors import DiskFullError  # noqa: E402
from mapper.domain.records import Asset  # noqa: E402
from mapper.store.project import Project  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402


def _window(qtbot, path: Path | None = None) -> MainWindow:
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    if path is not None:
        w.open_project(path, wait=True)
    w.show()
    return w


def _boxes(w) -> list[QMessageBox]:
    return [b for b in w.findChildren(QMessageBox) if b.isVisible()]


def test_disk_full_says_what_happened_and_what_to_do_once(qtbot, tmp_path):
    path = tmp_path / "full.gpkg"
    Project.create(path).close()
    w = _window(qtbot, path)
    conn = w.project.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")  # the disk is full
    w.act_new_asset.trigger()
    name = w.asset_form.widgets["name"]
    qtbot.keyClicks(name, "Community garden " + "with a long description " * 200)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.wait(100)
    boxes = _boxes(w)
    assert len(boxes) == 1, [b.text() for b in boxes]
    text = boxes[0].text() + " " + boxes[0].informativeText()
    assert "disk is full" in text and "not saved" in text and "Make room" in text
    assert "Something went wrong" not in text and "rollback" not in text.lower()
    boxes[0].grab().save(str(screenshot_path("error_disk_full.png", tmp_path)), "PNG")
    qtbot.keyClick(boxes[0], Qt.Key.Key_Return)
    qtbot.wait(50)
    assert _boxes(w) == [] and w.project.count("assets") == 0
    assert w.asset_form.widgets["name"].text().startswith("Community garden")  # what was typed is still there


class _FullAtCommit:
    """A connection whose COMMIT fails as SQLite's does on a full disk: SQLITE_FULL, transaction rolled back."""

    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            self._conn.execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)


def test_disk_full_at_commit_is_one_error_not_cannot_rollback(tmp_path):
    p = Project.create(tmp_path / "p.gpkg")
    real = p.conn
    p.conn = _FullAtCommit(real)
    with pytest.raises(DiskFullError) as caught:
        p.add(Asset(name="Bench", kind="shared_space", category="community_hub"))
    assert "disk is full" in str(caught.value) and "p.gpkg" in str(caught.value)
    p.conn = real
    assert p.count("assets") == 0 and not real.in_transaction
    p.add(Asset(name="Bench", kind="shared_space", category="community_hub"))  # and the project goes on
    p.close()


@pytest.fixture
def frozen(tmp_path):
    """A folder (or file) nobody may change, even root: the immutable attribute."""
    made = []

    def freeze(target: Path) -> Path:
        if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
        made.append(target)
        return target

    yield freeze
    for target in reversed(made):
        subprocess.run(["chattr", "-i", str(target)], check=False)


@pytest.mark.parametrize("what", ["folder", "file"])
def test_project_that_cannot_be_written_opens_read_only_with_a_banner(qtbot, tmp_path, frozen, what):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "from the council.gpkg"
    with Project.create(path) as p:
        p.add(Asset(name="Library", kind="shared_space", category="library", location=(-1.47, 53.38)))
    frozen(folder if what == "folder" else path)
    w = _window(qtbot)
    w.open_project(path)  # as File → Open does: on the thread pool
    qtbot.waitUntil(lambda: w.project is not None, timeout=10000)
    assert _boxes(w) == []
    assert w.project.readonly and w.assets.model.total == 1
    assert w.readonly_banner.isVisible() and "read-only" in w.readonly_banner.text().lower()
    assert "copy" in w.readonly_banner.text().lower()
    assert "read-only" in w.windowTitle().lower() and "read-only" in w.statusBar().currentMessage()
    assert not w.act_new_asset.isEnabled() and not w.act_import.isEnabled()
    # editing a field says why it cannot be saved, once, and changes nothing
    w.show_record("assets", w.assets.model.uuid_at(0))
    assert "Read-only" in w.asset_form.note.text()
    name = w.asset_form.widgets["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Central Library")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.wait(50)
    boxes = _boxes(w)
    assert len(boxes) == 1 and "read-only" in boxes[0].text() and "copy the file" in boxes[0].informativeText()
    w.grab().save(str(screenshot_path(f"read_only_{what}.png", tmp_path)), "PNG")


def test_bad_file_from_the_command_line_opens_a_window_that_says_so(tmp_path):
    """As a double click does: the app starts on the file (its own process: run_app ends the event loop)."""
    import json
    import os
    import sys

    from tests.paths import ROOT

    bad = tmp_path / "minutes.gpkg"
    bad.write_text("not a database")
    shot = screenshot_path("error_bad_file.png", tmp_path)
    script = f"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from mapper.ui.app import application, run_app
from mapper.ui.main_window import MainWindow
application()
seen = {{}}
def look():
    tops = [t for t in QApplication.topLevelWidgets() if t.isVisible()]
    seen["windows"] = sum(isinstance(t, MainWindow) for t in tops)
    boxes = [t for t in tops if isinstance(t, QMessageBox)]
    seen["boxes"] = [(b.text(), b.informativeText()) for b in boxes]
    if boxes:
        boxes[0].grab().save({str(shot)!r}, "PNG")
QTimer.singleShot(2500, look)
code = run_app({str(bad)!r}, quit_after_ms=3000)
print("SEEN", json.dumps(seen))
sys.exit(code)
"""
    env = dict(os.environ, MAPPER_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.split("SEEN", 1)[1])
    assert seen["windows"] == 1
    assert len(seen["boxes"]) == 1
    text, then = seen["boxes"][0]
    assert "minutes.gpkg" in text and "not a GeoPackage" in text and "Choose a Neighbourhood Mapper project" in then


def test_a_missing_file_is_not_made_into_an_empty_one(tmp_path):
    from mapper.domain.errors import ProjectFileError

    missing = tmp_path / "gone.gpkg"
    with pytest.raises(ProjectFileError, match="file not found"):
        Project.open(missing)
    assert not missing.exists()


def test_a_cancelled_task_says_what_is_true_after_a_sync_too():
    """A sync cancelled after a pull has merged has changed the project: the next step must not say
    'Nothing was changed'; what finished is whole and nothing is half-done, for every kind of task."""
    from mapper.domain.errors import CancelledError
    from mapper.ui.errors import next_step

    text = next_step(CancelledError("sync cancelled"))
    assert "Nothing was changed" not in text and "half-done" in text
