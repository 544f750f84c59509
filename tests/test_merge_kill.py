"""A merge is one transaction: kill -9 in the middle leaves the project as it was; merging again completes it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from mapper.domain.records import Asset
from mapper.store.project import Project
from mapper.sync.merge import merge_files
from tests.test_merge_helpers import Replica, empty_template, state

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
from pathlib import Path
from mapper.store.project import Project
from mapper.sync.merge import merge_files

marker = Path(sys.argv[2])
def progress(done, total, message):
    if message == "committing":  # every row is written, the COMMIT has not happened yet
        marker.write_text("ready")
        time.sleep(120)
project = Project.open(sys.argv[1])
merge_files(project, sys.argv[3:], progress=progress)
"""


def test_kill_minus_nine_mid_merge_leaves_the_project_unchanged(tmp_path):
    t = empty_template(tmp_path)
    files = []
    for i in range(3):
        r = Replica(tmp_path / f"laptop{i}.gpkg", f"l{i}", template=t)
        r.p.bulk_add([Asset(name=f"Place {i}-{k}", location=(-1.47 + k * 0.001, 53.38 + i * 0.01))
                      for k in range(50)])
        files.append(r.export(tmp_path / f"export{i}.gpkg"))
        r.close()
    coord = Replica(tmp_path / "coordinator.gpkg", "coord", template=t)
    coord.p.add(Asset(name="Already here", location=(-1.5, 53.4)))
    coord.p.conn.execute("PRAGMA synchronous = FULL")
    coord.close()
    reference = tmp_path / "reference.gpkg"
    shutil.copyfile(tmp_path / "coordinator.gpkg", reference)
    with Project.open(tmp_path / "coordinator.gpkg") as p:
        before = state(p)

    marker = tmp_path / "marker"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "coordinator.gpkg"), str(marker),
                              *map(str, files)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the merge process ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL

    with Project.open(tmp_path / "coordinator.gpkg") as p:
        assert state(p) == before
        assert p.count("assets") == 1
        summary = merge_files(p, files)  # running it again completes it
        assert summary.added == 150 and summary.skipped_already_merged == 0
        after = state(p)
    with Project.open(reference) as ref:
        merge_files(ref, files)
        assert state(ref) == after
