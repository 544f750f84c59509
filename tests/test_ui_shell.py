"""The window's shell: accessible names, shortcuts, errors, background work, start-up, crash safety,
and the README screenshot."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from mapper.domain.errors import CancelledError, ImportFormatError  # noqa: E402
from mapper.store.project import Project  # noqa: E402
from mapper.ui import errors, ops, settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView, QAbstractSpinBox,
               QAbstractSlider, QTabBar)


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else what Qt derives (button text,
    the label that is the control's buddy)."""
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or w.accessibleName() or "").strip()


def _unnamed_controls(window: QWidget) -> list[str]:
    missing = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or w.objectName().startswith("qt_"):
            continue
        if isinstance(w, QAbstractSlider) and w.parent() is not None and "ScrollBar" in type(w).__name__:
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or (
                parent is not None and isinstance(parent.parentWidget(), QComboBox)):
            continue  # a combo box's own line edit / popup list: the combo carries the name
        if isinstance(w, QAbstractSlider) and type(w).__name__ == "QScrollBar":
            continue
        if not accessible_name(w):
            missing.append(f"{type(w).__name__} {w.objectName() or ''} text={getattr(w, 'text', lambda: '')()!r}")
    return missing


@pytest.fixture
def real_window(qtbot, demo_path):
    """The window with the real map widget (when installed), torn down page-before-profile."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.open_project(demo_path, wait=True)
    w.show()
    yield w
    w.close()
    w.deleteLater()
    qtbot.wait(50)


def test_every_interactive_control_has_an_accessible_name(real_window):
    w = real_window
    w.act_new_asset.trigger()
    w.show_record("groups", w.groups.model.uuid_at(0))
    w.show_record("assets", w.assets.model.uuid_at(0))
    missing = _unnamed_controls(w)
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def test_the_check_finds_an_unnamed_control(qtbot, demo_path):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    stray = QLineEdit(w.asset_form)
    assert any("QLineEdit" in m for m in _unnamed_controls(w))
    stray.setAccessibleName("Stray")
    assert not _unnamed_controls(w)


def test_actions_have_shortcuts(qtbot):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in w.actions()}
    assert keys["New asset"] == "Ctrl+N"
    assert keys["Find"] == "Ctrl+F"
    assert keys["Undo"] == "Ctrl+Z"
    assert keys["Redo"] in ("Ctrl+Shift+Z", "Ctrl+Y")
    assert keys["Delete record"] == "Ctrl+Del"
    assert keys["History…"] == "Ctrl+H"
    for name in ("New group", "Add asset on map", "Open project…", "Import…", "Export…", "Merge exports…"):
        assert keys[name], name


def test_plain_errors_say_what_to_do_next(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = errors.show_error(parent, ImportFormatError("column 'name' is empty", path="people.csv", where="row 4"))
    assert box.text() == "people.csv: row 4: column 'name' is empty"
    assert "fix the row" in box.informativeText()
    assert not [b for b in box.buttons() if b.text() == "Copy details"]


def test_unexpected_errors_are_logged_with_copy_details(qtbot, mapper_home):
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        raise KeyError("surprise-key")
    except KeyError as exc:
        box = errors.show_error(parent, exc, doing="open the project")
    log = (Path(mapper_home) / "mapper.log").read_text(encoding="utf-8")
    assert "surprise-key" in log and "Traceback" in log
    assert "Something went wrong while trying to open the project" in box.text()
    assert str(Path(mapper_home) / "mapper.log") in box.informativeText()
    copy = [b for b in box.buttons() if b.text() == "Copy details"][0]
    copy.click()
    assert "surprise-key" in QApplication.clipboard().text()
    assert box.isVisible()  # copying keeps the message open


def test_op_runs_off_the_ui_thread_with_progress_and_result(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen, done = [], []
    ui_thread = threading.get_ident()

    def work(progress):
        seen.append(threading.get_ident())
        for i in range(5):
            progress(i + 1, 5)
        return "finished"

    op = ops.Op(parent, "Counting", work, on_done=done.append, show_after_ms=0)
    op.run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["finished"] and seen[0] != ui_thread and ops.running() == 0


def test_op_cancel_and_errors_come_back_through_one_path(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors_seen, started = [], threading.Event()

    def slow(progress):
        started.set()
        for i in range(1000):
            progress(i, 1000)
            time.sleep(0.01)
        return "never"

    op = ops.Op(parent, "Slow work", slow, on_done=lambda r: pytest.fail("cancelled work finished"),
                on_error=errors_seen.append, show_after_ms=0).run()
    started.wait(5)
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5000)
    cancel = [b for b in op.dialog.findChildren(QAbstractButton) if b.text() == "Cancel"][0]
    cancel.click()
    qtbot.waitUntil(lambda: bool(errors_seen), timeout=5000)
    assert isinstance(errors_seen[0], CancelledError)
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "cancelled" in boxes[-1].text()

    failures = []
    ops.Op(parent, "Failing", lambda p: 1 / 0, on_error=failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_opening_runs_in_the_background_and_remembers_recent(qtbot, demo_path, tmp_path):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path)
    qtbot.waitUntil(lambda: w.project is not None, timeout=10000)
    assert w.assets.model.total == 324
    assert settings.recent_projects()[0] == demo_path.resolve()
    other = tmp_path / "second.gpkg"
    Project.create(other, author="x").close()
    w.open_project(other, wait=True)
    assert settings.last_project() == other.resolve()
    w.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in w.recent_menu.actions()]
    assert texts[0].startswith("&1 second.gpkg") and texts[1].startswith("&2 demo.gpkg")
    w.recent_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: w.project is not None and w.project.path == demo_path, timeout=10000)
    # a file that is not a project: a plain message, the window keeps working
    junk = tmp_path / "junk.gpkg"
    junk.write_text("not a database")
    w.open_project(junk, wait=True)
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "junk.gpkg" in boxes[-1].text() and w.project.path == demo_path


def test_last_project_reopens_and_first_start_never_blocks(demo_path, mapper_home):
    from mapper.ui import app

    assert app.needs_first_start(None)
    assert not app.needs_first_start(demo_path)  # a project given: no welcome dialog
    settings.remember_project(demo_path)
    assert not app.needs_first_start(None)
    assert app.resolve_project(None) == demo_path.resolve()
    # the real start-up (no project named): shows no dialog that waits, reopens the last project
    env = dict(os.environ, MAPPER_HOME=str(mapper_home), QT_QPA_PLATFORM="offscreen",
               QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu")
    script = ("import sys; from mapper.ui import app; from mapper.ui.main_window import MainWindow\n"
              "opened = []\n"
              "real = MainWindow._project_opened\n"
              "MainWindow._project_opened = lambda self, p: (opened.append(str(p.path)), real(self, p))\n"
              "code = app.run_app(quit_after_ms=1500); print('opened', opened); sys.exit(code)")
    proc = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert f"opened ['{demo_path}']" in proc.stdout
    assert not (Path(mapper_home) / "sheffield-demo.gpkg").exists()  # the demo was not needed


def test_first_start_dialog_asks_for_the_name_once(qtbot):
    from mapper.ui.first_start import NEW, FirstStartDialog

    d = FirstStartDialog()
    qtbot.addWidget(d)
    assert d.chosen() == NEW  # starting one's own map is the default, not the demo
    d.buttons[NEW].setChecked(True)
    d.name.setText("  Ali  ")
    assert d.chosen() == NEW and d.mapper_name() == "Ali"
    short = FirstStartDialog(ask_project=False, name="Ali")
    qtbot.addWidget(short)
    assert not short.buttons and short.mapper_name() == "Ali"


BURST = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    from mapper.ui import settings
    from mapper.ui.main_window import MainWindow, MapPlaceholder

    app = QApplication([])
    settings.set_mapper_name("Burst mapper")
    w = MainWindow(map_factory=MapPlaceholder)
    w.open_project(sys.argv[1], wait=True)
    w.ask = lambda *a: True  # similar names nearby: add anyway
    print("ready", flush=True)
    for i in range(100000):
        form = w.new_asset((-1.47 + (i % 50) * 0.0001, 53.38))
        form.widgets["name"].setText(f"Burst asset {i}")
        form.commit()  # what leaving the field does
        print("added", form.record.uuid, flush=True)
        form.widgets["opening_times"].setText(f"Open {i}")
        form.commit()
        print("edited", form.record.uuid, f"Open {i}", flush=True)
""")


def test_killed_mid_burst_loses_nothing_shown_as_saved(tmp_path, demo_path):
    script = tmp_path / "burst.py"
    script.write_text(BURST)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(script), str(demo_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    lines = []
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.split())
            if sum(1 for x in lines if x[0] == "edited") >= 25:
                break
        os.kill(proc.pid, signal.SIGKILL)  # mid-burst: the next edit is under way
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    added = [x[1] for x in lines if x[0] == "added"]
    edited = {x[1]: " ".join(x[2:]) for x in lines if x[0] == "edited"}
    assert len(edited) >= 25, f"the burst did not get going: {lines[:3]}"
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Project.open(demo_path) as p:
        for uuid in added:
            rec = p.find("assets", uuid)
            assert rec is not None, f"asset {uuid} was shown as saved but is missing"
            assert rec.recorded_by == "Burst mapper"
        for uuid, times in edited.items():
            assert p.find("assets", uuid).opening_times == times


def test_screenshot_of_the_main_window_on_the_demo(qtbot, real_window, tmp_path):
    w = real_window
    ready = getattr(w.map, "mapReady", None)
    if ready is not None and not getattr(w.map, "ready", False):
        with qtbot.waitSignal(ready, timeout=20000, raising=False):
            pass
    lib = next(i for i in range(len(w.assets.model.rows)) if w.assets.model.rows[i][3] == "library")
    w.assets.view.selectRow(lib)
    qtbot.wait(1500)  # let the map fly to the asset and draw its tiles
    if hasattr(w.map, "run_js"):  # a calmer picture: the selected library in its part of the city
        w.map.run_js("MapperApp.map.closePopup(); MapperApp.map.setZoom(14, {animate: false});")
        qtbot.wait(800)
    out = screenshot_path("main_window.png", tmp_path)
    image = w.grab().toImage()
    assert image.width() >= 1300 and image.height() >= 700
    assert image.save(str(out), "PNG")
    assert out.stat().st_size > 10_000


def test_import_and_export_run_off_the_ui_thread_and_refresh_the_window(qtbot, demo_path, tmp_path):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    out = tmp_path / "for-coordinator.gpkg"
    assert w.export_to(out, public=False) is not None
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    assert out.exists() and Project.open(out, readonly=True).count("assets") == 324
    sheet = tmp_path / "new.csv"
    sheet.write_text("name,category,postcode\nImported Tool Share,tool_share,S1 2BJ\n", encoding="utf-8")
    assert w.import_from([sheet]) is not None
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    assert w.assets.model.total == 325  # the list was refreshed on the UI thread
    w.assets.search.setText("Imported Tool")
    assert [r[2] for r in w.assets.model.rows] == ["Imported Tool Share"]
