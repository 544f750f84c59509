"""`make run` opens the window: the real console script starts the app offscreen on the demo and closes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.paths import ROOT


def test_mapper_opens_the_demo_window_and_closes(tmp_path):
    env = dict(os.environ, MAPPER_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu")
    script = ("import sys; from mapper.ui.app import run_app; "
              "code = run_app(quit_after_ms=1500); print('exit', code); sys.exit(code)")
    proc = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "exit 0" in proc.stdout
    demo = tmp_path / "sheffield-demo.gpkg"
    assert demo.exists()  # first start made the demo
    recent = json.loads((tmp_path / "settings.json").read_text())["recent"]
    assert recent[0] == str(demo.resolve())  # and it will reopen next time
    assert b"Fictional demo need" not in demo.read_bytes()  # even the demo's care needs are sealed


def test_make_run_opens_the_window_on_the_demo_without_the_welcome(tmp_path, monkeypatch):
    """README: `make run` opens the app on the Sheffield demo. The welcome (a volunteer's first start, which
    offers the demo last) is skipped because the command names the demo project."""
    proc = subprocess.run(["make", "-n", "--no-print-directory", "run", "BIN=.venv/bin"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    opening = [line for line in proc.stdout.splitlines() if line.startswith(".venv/bin/mapper")]
    assert opening and "demo_project()" in opening[-1], proc.stdout[-2000:]
    monkeypatch.setenv("MAPPER_HOME", str(tmp_path))
    from mapper.ui.app import demo_project, needs_first_start

    demo = demo_project()
    assert demo == tmp_path / "sheffield-demo.gpkg" and demo.exists()
    assert not needs_first_start(demo)  # so the window opens on it at once
