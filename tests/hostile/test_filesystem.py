"""Disks that say no: a file-size limit (ulimit -f), a read-only folder, a full disk. Each: one line naming
the file and the cause, nothing half-written, no temp file left behind."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mapper.formats.api import import_files
from mapper.store.project import Project
from tests.paths import ROOT


def _limited(limit_bytes: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
    return apply


def _cli(*args, home: Path, preexec=None, user: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MAPPER_HOME=str(home))
    cmd = [sys.executable, "-m", "mapper", *map(str, args)]
    if user and os.geteuid() == 0:  # an administrator may write anywhere: run as an ordinary user
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, preexec_fn=preexec, timeout=300)


def _one_line(proc: subprocess.CompletedProcess, name, cause: str) -> str:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, proc
    assert len(lines) == 1 and "Traceback" not in proc.stderr and "unexpected" not in proc.stderr, proc.stderr
    assert str(name) in lines[0] and cause in lines[0], lines[0]
    return lines[0]


def _leftovers(folder: Path, home: Path) -> list[str]:
    found = [p.name for p in folder.iterdir() if p.name.startswith(".") or ".tmp" in p.name]
    scratch = home / "scratch"
    if scratch.exists():
        found += [p.name for p in scratch.iterdir()]
    return found


@pytest.fixture(scope="module")
def big_project(tmp_path_factory) -> Path:
    """About 3 MB of assets with incompressible descriptions: every export is larger than the limit."""
    from mapper.domain.records import Asset

    path = tmp_path_factory.mktemp("big") / "big.gpkg"
    with Project.create(path) as p:
        p.bulk_add([Asset(name=f"Hall {i}", category="community_hub", kind="shared_space",
                          location=(-1.4 - i / 10_000, 53.38), description=os.urandom(500).hex())
                    for i in range(2500)])
    return path


@pytest.mark.parametrize("suffix", [".gpkg", ".csv", ".xlsx", ".geojson"])
def test_export_past_the_file_size_limit(big_project, tmp_path, suffix):
    project = tmp_path / "p.gpkg"
    shutil.copyfile(big_project, project)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    home = tmp_path / "home"
    out = out_dir / f"big{suffix}"
    proc = _cli("export", project, out, home=home, preexec=_limited(1024 * 1024))
    _one_line(proc, out, "file-size limit")
    assert not out.exists()
    assert _leftovers(out_dir, home) == []
    ok = _cli("export", project, out, home=home)  # and with room, the same export works
    assert ok.returncode == 0, ok.stderr


@pytest.fixture
def shared_dir():
    """A folder an ordinary user can reach (pytest's own temp folder is the administrator's alone)."""
    base = Path(tempfile.mkdtemp(prefix="nm-hostile-", dir="/tmp"))
    os.chmod(base, 0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def test_export_into_a_read_only_folder(demo_template, shared_dir):
    work = shared_dir / "work"  # the user's own folder and project
    work.mkdir()
    project = work / "demo.gpkg"
    shutil.copyfile(demo_template, project)
    if os.geteuid() == 0:
        os.chown(work, 65534, 65534)
        os.chown(project, 65534, 65534)
    home = shared_dir / "home"
    home.mkdir()
    os.chmod(home, 0o777)
    folder = shared_dir / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)
    out = folder / "out.gpkg"
    proc = _cli("export", project, out, home=home, user=True)
    _one_line(proc, out, "read-only")
    assert list(folder.iterdir()) == []


def test_a_read_only_project_cannot_be_changed_but_can_be_read(demo_template, shared_dir, tmp_path):
    work = shared_dir / "work"
    work.mkdir()
    project = work / "demo.gpkg"
    shutil.copyfile(demo_template, project)
    os.chmod(project, 0o444)
    stats = _cli("stats", project, home=shared_dir, user=True)  # read-only folder (the administrator's)
    assert stats.returncode == 0, stats.stderr
    os.chmod(work, 0o777)  # now only the file is read-only
    home = shared_dir / "home"
    home.mkdir()
    os.chmod(home, 0o777)
    csv = shared_dir / "in.csv"
    csv.write_text("Name,Latitude,Longitude\nHall,53.38,-1.47\n", encoding="utf-8")
    os.chmod(csv, 0o644)
    stats = _cli("stats", project, home=home, user=True)
    assert stats.returncode == 0, stats.stderr
    _one_line(_cli("import", project, csv, home=home, user=True), project, "read-only")
    os.chmod(project, 0o666)
    again = _cli("import", project, csv, home=home, user=True)  # no read-only -wal/-shm left to trip on
    assert again.returncode == 0, again.stderr


def test_full_disk_during_import_changes_nothing(project, tmp_path):
    """SQLite's page limit stands in for a full disk (the same SQLITE_FULL error): everything a machine
    without a small tmpfs can run."""
    f = tmp_path / "many.csv"
    f.write_text("Name,Latitude,Longitude\n" + "".join(f"Hall {i},53.38,-1.{4000 + i}\n" for i in range(3000)),
                 encoding="utf-8")
    pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
    project.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    from mapper.domain.errors import DiskFullError

    with pytest.raises(DiskFullError) as exc:  # the window tells this one apart: "make room, then try again"
        import_files(project, [f])
    assert str(project.path) in str(exc.value) and "disk is full" in str(exc.value)
    project.conn.execute("PRAGMA max_page_count = 1073741823")
    assert project.count("assets") == 0
    assert project.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    [report] = import_files(project, [f])
    assert report.added == 3000


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (the page-limit test above covers the error path)")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_really_full_disk_during_import_and_export(small_disk, tmp_path):
    p = small_disk / "p.gpkg"
    Project.create(p).close()
    f = tmp_path / "many.csv"
    f.write_text("Name,Description,Latitude,Longitude\n" + "".join(
        f"Hall {i},{'x' * 400},53.38,-1.{4000 + i}\n" for i in range(4000)), encoding="utf-8")
    home = tmp_path / "home"
    _one_line(_cli("import", p, f, home=home), p, "disk is full")
    with Project.open(p) as project:
        assert project.count("assets") == 0
    filler = small_disk / "filler"
    try:
        filler.write_bytes(b"\0" * (small_disk.stat().st_size or 0))
    except OSError:  # already full: the -wal keeps the failed import's pages until a checkpoint can grow
        pass         # the file (how much room is left depends on the file's free pages)
    out = small_disk / "out.csv"
    proc = _cli("export", p, out, home=home)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr
    assert [n.name for n in small_disk.iterdir() if n.name.startswith(".")] == []
