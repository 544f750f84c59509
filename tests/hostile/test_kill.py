"""kill -9 at random moments of import, export and merge: the project is as before or fully changed, never
half; no temp file outlives the next run."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapper.domain.records import Asset
from mapper.formats.api import export_file
from mapper.store.project import Project
from tests.paths import ROOT

SEED = 20261201
ROWS = 20_000


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("kill")
    project = base / "project.gpkg"
    with Project.create(project, author="Coordinator") as p:
        p.bulk_add([Asset(name=f"Hall {i}", category="community_hub", kind="shared_space",
                          location=(-1.4 - i / 100_000, 53.38), description=os.urandom(100).hex())
                    for i in range(10_000)])
    csv = base / "many.csv"
    csv.write_text("Name,Latitude,Longitude\n" + "".join(f"New {i},53.39,-1.{40000 + i}\n" for i in range(ROWS)),
                   encoding="utf-8")
    exports = []
    for n in range(3):
        with Project.create(base / f"laptop{n}.gpkg", author=f"Mapper {n}") as p:
            p.bulk_add([Asset(name=f"Place {n}-{i}", category="community_hub", kind="shared_space",
                              location=(-1.5 + i / 10_000, 53.3 + n / 100)) for i in range(3000)])
            exports.append(export_file(p, base / f"export{n}.gpkg", public=False, kind="all").path)
    return {"project": project, "csv": csv, "exports": exports}


def _run_and_kill(args, delay: float, home: Path, after=None) -> int | None:
    """Start the command, wait for ``after()`` (if given), then ``delay`` seconds, and kill -9 it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), MAPPER_HOME=str(home))
    child = subprocess.Popen([sys.executable, "-m", "mapper", *map(str, args)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while after is not None and not after() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(delay)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(60)
    return child.returncode


def _count(path) -> int:
    with Project.open(path) as p:
        assert p.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return p.count("assets")


def _moments(n=3):
    rng = random.Random(SEED)
    return [round(rng.uniform(0.8, 4.0), 2) for _ in range(n)]


@pytest.mark.parametrize("op", ["import", "merge"])
def test_kill_during_import_or_merge_is_all_or_nothing(world, tmp_path, op):
    project = tmp_path / "p.gpkg"
    shutil.copyfile(world["project"], project)
    before = _count(project)
    added = ROWS if op == "import" else 9000
    args = ["import", project, world["csv"]] if op == "import" else ["merge", project, *world["exports"]]
    for delay in _moments():
        _run_and_kill(args, delay, tmp_path / "home")
        after = _count(project)
        assert after in (before, before + added), (delay, after)
        if after != before:
            break
    ok = subprocess.run([sys.executable, "-m", "mapper", *map(str, args)], capture_output=True, text=True,
                        env=dict(os.environ, PYTHONPATH=str(ROOT), MAPPER_HOME=str(tmp_path / "home")))
    assert ok.returncode == 0, ok.stderr
    assert _count(project) == before + added


def test_kill_during_export_leaves_no_temp_file_after_the_next_run(world, tmp_path):
    project = tmp_path / "p.gpkg"
    shutil.copyfile(world["project"], project)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    home = tmp_path / "home"
    out = out_dir / "export.gpkg"
    scratch = home / "scratch"

    def writing() -> bool:  # a temp copy exists: the export is under way
        return any(p.name.startswith(".") for p in out_dir.iterdir()) or (
            scratch.exists() and any(scratch.iterdir()))

    for delay in _moments():
        _run_and_kill(["export", project, out], delay / 20, home, after=writing)
        assert not out.exists()  # killed before the rename: no half file under the real name
    ok = subprocess.run([sys.executable, "-m", "mapper", "export", str(project), str(out)], capture_output=True,
                        text=True, env=dict(os.environ, PYTHONPATH=str(ROOT), MAPPER_HOME=str(home)))
    assert ok.returncode == 0, ok.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["export.gpkg"]  # leftovers of killed runs swept
    assert not (home / "scratch").exists() or list((home / "scratch").iterdir()) == []
    assert _count(out) == 10_000
