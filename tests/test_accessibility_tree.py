"""Accessibility through the real tree: the window runs under Xvfb with AT-SPI on its own D-Bus session
(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1) and Debian's pyatspi walks what a screen reader gets. Every
interactive control has a role and a name that says what it is (dropdowns "Kind", not "Shared space"; the
Review lists named), and the map announces the selected asset."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
               "entry", "spin button", "list", "table", "tree", "tree table", "page tab", "page tab list",
               "menu item", "menu", "slider", "check menu item", "radio menu item"}


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-launch"):
        if shutil.which(tool) is None:
            return tool
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core"
    ok = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    return None if ok else "python3-pyatspi"


@pytest.fixture
def session(tmp_path):
    """Xvfb, a D-Bus session and the AT-SPI bus: the environment for the app and the walker."""
    missing = _missing()
    if missing:
        pytest.skip(f"{missing} is not installed (packaging/system-deps.sh test installs it)")
    procs: list[subprocess.Popen] = []
    display = next(n for n in range(140, 400) if not Path(f"/tmp/.X{n}-lock").exists()
                   and not Path(f"/tmp/.X11-unix/X{n}").exists())
    procs.append(subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{display}").exists():
            break
        time.sleep(0.05)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "DBUS_", "AT_SPI"))}
    env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               NO_AT_BRIDGE="0", PYTHONPATH=str(ROOT))
    out = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True).stdout
    dbus_pid = None
    for line in out.splitlines():
        if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
            env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
        if line.startswith("DBUS_SESSION_BUS_PID="):
            dbus_pid = int(line.split("=", 1)[1].rstrip(";"))
    procs.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(0.5)
    try:
        yield env, procs
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
        if dbus_pid:
            try:
                os.kill(dbus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass


def start_app(env, procs, project: Path, *, real_map: bool) -> str:
    args = [sys.executable, "-m", "tests.a11y.app", str(project)] + (["--real-map"] if real_map else [])
    app = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    procs.append(app)
    line = app.stdout.readline()
    if not line.startswith("READY"):
        app.kill()
        pytest.fail(f"the window did not start: {line}{app.stderr.read()[-3000:]}")
    return line.split(" ", 1)[1].strip()


def walk(env) -> list[dict]:
    done = subprocess.run([SYSTEM_PYTHON, str(ROOT / "tests" / "a11y" / "walk.py"), "app.py"], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def shown(node) -> bool:
    return "showing" in node["states"] and "visible" in node["states"]


def clean(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


def announced(node) -> str:
    """What a screen reader says a control is: its label (the relation) first, else its name."""
    return clean(node["labelled_by"][0] if node["labelled_by"] else node["name"])


def in_page(node) -> bool:
    """Inside the map's web page (its own checks: axe-core on the page)."""
    return any(p.startswith("document web:") for p in node["path"])


def test_every_control_has_a_role_and_a_name_and_the_map_announces_the_selection(session, demo_path):
    env, procs = session
    selected = start_app(env, procs, demo_path, real_map=True)
    tree = walk(env)
    Path(os.environ.get("MAPPER_A11Y_DUMP", "/dev/null")).write_text(json.dumps(tree, indent=0, ensure_ascii=False))
    assert tree, "the application is in the accessibility tree"
    controls = [n for n in tree if n["role"] in INTERACTIVE and shown(n) and not in_page(n)]
    assert len(controls) > 30
    unnamed = [(n["role"], n["path"][-3:]) for n in controls if not announced(n)]
    assert unnamed == [], f"controls without a name: {unnamed}"
    # dropdowns say what they are: their own name is their label ("Kind", not the choice "Shared space",
    # which Qt's combo interface gives on Linux), the label is also the "labelled by" relation, and the
    # choice is still there to be read (the description)
    combos = [n for n in tree if n["role"] == "combo box" and shown(n) and not in_page(n)]
    names = {clean(n["name"]) for n in combos}
    assert all(n["labelled_by"] for n in combos), [n["name"] for n in combos if not n["labelled_by"]]
    assert [n["name"] for n in combos if clean(n["name"]) != clean(n["labelled_by"][0])] == []
    assert {"Kind", "Category", "Status", "Neighbourhood", "Filter by kind"} <= names, names
    assert not names & {"Shared space", "Any kind", "Library", "Active"}, names
    kind = next(n for n in combos if n["name"] == "Kind")
    assert kind["description"] and kind["description"] != "Kind", kind
    # the Review dialog's lists are named
    review = [n for n in tree if any("Review" in p for p in n["path"]) and n["role"] in ("list", "table")]
    assert review and all(n["name"].strip() for n in review), review
    # the map: a text alternative, and the selected asset announced
    maps = [n for n in tree if n["name"] == "Map"]
    assert maps, "the map is in the tree by name"
    assert any(selected in n["description"] for n in maps), [n["description"] for n in maps]


def test_a_combo_is_named_by_its_label_and_its_choice_is_its_value(qtbot):
    """The same through Qt's interface in this process (Qt alone says "Shared space" for both on Linux)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QComboBox, QLabel, QWidget

    from mapper.ui import accessibility

    assert accessibility.install() == sys.platform.startswith("linux")
    box = QWidget()
    qtbot.addWidget(box)
    kind = QComboBox(box)
    kind.addItems(["Shared space", "Library"])
    accessibility.name_combo(kind, "Kind", box)
    urgency = QComboBox(box)
    urgency.addItem("Low")
    QLabel("&Urgency:", box).setBuddy(urgency)
    for combo, name, value in ((kind, "Kind", "Shared space"), (urgency, "Urgency", "Low")):
        iface = QAccessible.queryAccessibleInterface(combo)
        assert (iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Value)) == (name, value)
        assert iface.role() == QAccessible.Role.ComboBox and iface.childCount() == 1
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert QAccessible.queryAccessibleInterface(kind).text(QAccessible.Text.Value) == "Library"


EXIT_SCRIPT = """
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from mapper.ui import accessibility
app = QApplication([])
assert accessibility.install()
for _ in range(3):  # combos come and go (a form rebuilt, a dialog closed)
    box = QWidget()
    for combo in [QComboBox(box) for _ in range(4)]:
        accessibility.name_combo(combo, "Kind", box)
        assert QAccessible.queryAccessibleInterface(combo).text(QAccessible.Text.Name) == "Kind"
    box.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
kept = QWidget()
assert QAccessible.queryAccessibleInterface(QComboBox(kept)).role() == QAccessible.Role.ComboBox
print("done", len(accessibility._state["interfaces"]))
"""


def test_combo_interfaces_live_and_die_with_their_combos_and_the_app_exits_cleanly():
    """Qt owns each interface (deletes it with its combo); Python only keeps it until then, and at exit the
    factory is taken out before PySide takes the application down (this exited with SIGSEGV before)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the factory is only installed on Linux")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", EXIT_SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["done", "1"]  # the deleted combos' interfaces are let go
