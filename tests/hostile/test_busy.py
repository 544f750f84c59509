"""Two writers at once: an import or merge racing another writer waits (with progress) past the busy
timeout instead of failing with "database is locked"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time

from mapper.formats.api import import_files
from mapper.store.project import Project
from mapper.sync.merge import merge_files
from tests.hostile.helpers import cli

CSV = "Name,Latitude,Longitude\n" + "".join(f"Hall {i},53.38,-1.{4700 + i}\n" for i in range(200))


def _hold_write_lock(path, seconds: float) -> threading.Thread:
    ready = threading.Event()

    def hold():
        conn = sqlite3.connect(path, isolation_level=None, timeout=0)
        conn.execute("BEGIN IMMEDIATE")  # what a long merge in the window does
        ready.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()

    t = threading.Thread(target=hold)
    t.start()
    ready.wait()
    return t


def test_import_waits_past_the_busy_timeout_with_progress(project, tmp_path):
    f = tmp_path / "in.csv"
    f.write_text(CSV, encoding="utf-8")
    project.conn.execute("PRAGMA busy_timeout = 100")  # the product waits 5 s per try; the test 0.1 s
    calls = []
    holder = _hold_write_lock(project.path, 1.0)
    try:
        [report] = import_files(project, [f], progress=lambda done, total: calls.append((done, total)))
    finally:
        holder.join()
    assert report.added == 200
    assert calls.count((0, 1)) >= 3  # waited several busy timeouts, telling the window each time


def test_merge_waits_past_the_busy_timeout_with_progress(target, export):
    with Project.open(target) as p:
        p.conn.execute("PRAGMA busy_timeout = 100")
        messages = []
        holder = _hold_write_lock(p.path, 1.0)
        try:
            summary = merge_files(p, [export], progress=lambda d, t, m: messages.append(m))
        finally:
            holder.join()
        assert summary.files[0].added >= 5
        assert any(m.startswith("waiting") for m in messages)


def test_two_command_line_imports_at_once_both_succeed(tmp_path):
    p = tmp_path / "p.gpkg"
    Project.create(p).close()
    files = []
    for name in ("a", "b"):
        f = tmp_path / f"{name}.csv"
        f.write_text(CSV.replace("Hall", f"Hall {name}"), encoding="utf-8")
        files.append(f)
    import os

    from tests.hostile.helpers import ROOT

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-m", "mapper", "import", str(p), str(f)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    results = [proc.communicate(timeout=300) + (proc.returncode,) for proc in procs]
    assert all(code == 0 for _, _, code in results), results
    assert all("unexpected" not in err and "locked" not in err for _, err, _ in results)
    with Project.open(p) as project:
        assert project.count("assets") == 400
    assert cli("check", p).returncode == 0
