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
