"""Sync through a shared folder: each laptop writes only its own package, merges everyone else's."""

from __future__ import annotations

import hashlib
import threading

from mapper.sync.targets import sync
from mapper.sync.targets.folder import SUFFIX
from tests.sync_helpers import add_assets, laptop, open_conflicts, state


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob(f"*{SUFFIX}")}


def test_three_laptops_one_folder_two_at_once_converge(tmp_path):
    folder = tmp_path / "OneDrive - Community Centre"
    folder.mkdir()
    a, b, c = (laptop(tmp_path, k) for k in "abc")
    uuids = add_assets(a, 5, "Base")
    for p in (a, b, c):
        sync(p, str(folder))
    assert b.count("assets") == 5
    a.update("assets", uuids[0], {"opening_times": "Mon (A)"})
    b.update("assets", uuids[0], {"opening_times": "Tue (B)"})
    b.delete("assets", uuids[1])
    c.update("assets", uuids[2], {"name": "Renamed by C"})
    add_assets(c, 3, "New C")
    # b and c at the same time: each renames only its own file
    before = _digests(folder)
    errors = []

    def run(p):
        try:
            sync(p)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in (b, c)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    after = _digests(folder)
    assert after[f"{a.replica_id}{SUFFIX}"] == before[f"{a.replica_id}{SUFFIX}"]  # a's file untouched
    for _ in range(2):
        for p in (a, b, c):
            sync(p)
    assert sorted(_digests(folder)) == sorted(f"{p.replica_id}{SUFFIX}" for p in (a, b, c))
    assert not [f for f in folder.iterdir() if not f.name.endswith(SUFFIX)]  # no temp file left behind
    assert state(a) == state(b) == state(c)
    assert a.count("assets") == 5 - 1 + 3
    assert [r[1:3] for r in open_conflicts(a)] == [(uuids[0], "opening_times")]


def test_folder_sync_target_is_remembered_and_missing_folder_is_one_clear_line(tmp_path):
    import pytest

    from mapper.domain.errors import MapperError
    from mapper.sync.targets import last_sync, remembered

    a = laptop(tmp_path, "a")
    folder = tmp_path / "stick"
    folder.mkdir()
    sync(a, str(folder))
    assert remembered(a) == str(folder.resolve()) and last_sync(a)
    folder.rename(tmp_path / "unplugged")
    with pytest.raises(MapperError, match="sync folder is not there"):
        sync(a)


def _sync_process(project, folder, home, *, nice=10):
    import os
    import subprocess
    import sys

    from tests.paths import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT), "MAPPER_HOME": str(home)}
    # niced: on a busy machine the sync is slow enough to be caught in the middle of its write or merge
    return subprocess.Popen([sys.executable, "-m", "mapper", "sync", str(project), str(folder)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=lambda: os.nice(nice))


def _kill_when(proc, predicate, timeout=120.0) -> None:
    import signal
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None and not predicate():
        time.sleep(0.002)
    assert proc.poll() is None, f"the sync ended before it could be cut off: {proc.communicate()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def _scratch(home):
    return [p for p in (home / "scratch").glob("*")] if (home / "scratch").exists() else []


def _sync_again(project, folder, home):
    """The next sync after a kill, as a fresh run of the app (which sweeps what the killed one left)."""
    proc = _sync_process(project, folder, home, nice=0)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, (out, err)


def test_kill_during_push_and_during_pull_then_sync_again(tmp_path, mapper_home):
    """kill -9 while a laptop writes its package, and while another merges it; the next syncs complete:
    nothing lost, nothing doubled, no temp file left in the shared folder or the scratch folder."""
    from mapper.store.project import Project

    folder = tmp_path / "shared"
    folder.mkdir()
    n = 3000
    a = laptop(tmp_path, "a")
    uuids = add_assets(a, n, "Bulk")
    mine = folder / f"{a.replica_id}{SUFFIX}"
    a.close()
    # push: killed while its package's temp file is being written beside its name in the folder
    proc = _sync_process(tmp_path / "a.gpkg", folder, mapper_home)
    _kill_when(proc, lambda: any(folder.glob(f".{mine.name}.*.tmp")))
    assert not mine.exists()  # no half package under the real name
    _sync_again(tmp_path / "a.gpkg", folder, mapper_home)
    assert sorted(p.name for p in folder.iterdir()) == [mine.name]  # the killed one's temp file swept
    # pull: killed while it merges a's package (one transaction: all or nothing)
    Project.create(tmp_path / "b.gpkg", author="b").close()
    wal = tmp_path / "b.gpkg-wal"
    proc = _sync_process(tmp_path / "b.gpkg", folder, mapper_home)
    _kill_when(proc, lambda: wal.exists() and wal.stat().st_size > 400_000)
    with Project.open(tmp_path / "b.gpkg") as b:
        assert b.count("assets") in (0, n)
    _sync_again(tmp_path / "b.gpkg", folder, mapper_home)
    assert not _scratch(mapper_home)  # scratch copies of killed exports swept by the next run
    with Project.open(tmp_path / "b.gpkg") as b, Project.open(tmp_path / "a.gpkg") as a:
        assert a.count("assets") == b.count("assets") == n
        sync(a)
        sync(b)
        assert state(a) == state(b)
        assert {r[0] for r in b.conn.execute("SELECT uuid FROM assets")} == set(uuids)
        replicas = sorted(f"{p.replica_id}{SUFFIX}" for p in (a, b))
    assert sorted(p.name for p in folder.iterdir()) == replicas  # one package each, no temp file


def test_folder_sync_says_how_many_records_it_sent_not_one_package(tmp_path):
    """'N changes sent' counts the records this laptop's package brings that its last one did not: a sync
    with nothing new sends 0, one edit sends 1 (the folder package is always whole, the count is not)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    a = laptop(tmp_path, "a")
    uuids = add_assets(a, 4, "Hall")
    first = sync(a, str(folder))
    assert first.pushed == a.conn.execute("SELECT count(*) FROM nm_versions").fetchone()[0] >= 4
    assert sync(a).pushed == 0
    a.update("assets", uuids[0], {"opening_times": "Mon 9-5"})
    a.delete("assets", uuids[1])
    assert sync(a).pushed == 2
