"""Opening a project: never creates a file, folders and read-only files get one clear line."""

from __future__ import annotations

import os
import stat

import pytest

from mapper.domain.records import Asset
from mapper.store.project import Project
from tests.hostile.helpers import files_in, refused, run


@pytest.mark.parametrize("args", [["stats", "{p}"], ["import", "{p}", "{csv}"], ["export", "{p}", "{out}"],
                                  ["merge", "{p}", "{other}"], ["{p}"]])
def test_opening_a_missing_project_creates_nothing(tmp_path, capsys, args, mapper_home, monkeypatch):
    # plain `mapper FILE` also opens the window, which says the same (tests/test_ui_errors.py runs that in a
    # process of its own); here the window is only recorded, so that the test cannot wait on its message box
    windows = []
    monkeypatch.setattr("mapper.ui.app.run_app", lambda path=None, **kw: windows.append(path) or 0)
    csv = tmp_path / "in.csv"
    csv.write_text("Name,Postcode\nHall,S1 2HE\n", encoding="utf-8")
    other = tmp_path / "other.gpkg"
    Project.create(other).close()
    before = files_in(tmp_path)
    p = tmp_path / "nope.gpkg"
    refused(capsys, p, *[a.format(p=p, csv=csv, out=tmp_path / "out.gpkg", other=other) for a in args],
            cause="file not found")
    assert files_in(tmp_path) == before
    assert windows == ([p] if args == ["{p}"] else [])
    code, _, _ = run(capsys, "new", p)
    assert code == 0


def test_a_folder_given_as_the_project_is_one_line(tmp_path, capsys):
    folder = tmp_path / "folder.gpkg"
    folder.mkdir()
    refused(capsys, folder, "stats", folder, cause="folder")


def test_a_folder_given_as_a_file_to_import_or_merge(tmp_path, capsys):
    p = tmp_path / "p.gpkg"
    Project.create(p).close()
    folder = tmp_path / "dir.gpkg"
    folder.mkdir()
    refused(capsys, folder, "merge", p, folder, cause="folder")
    folder_csv = tmp_path / "dir.csv"
    folder_csv.mkdir()
    refused(capsys, folder_csv, "import", p, folder_csv)


def test_merging_the_project_into_itself_is_refused(tmp_path, capsys):
    p = tmp_path / "p.gpkg"
    Project.create(p).close()
    refused(capsys, p, "merge", p, p, cause="project itself")
    with Project.open(p) as project:
        assert project.conn.execute("SELECT count(*) FROM nm_sources").fetchone()[0] == 0


def _sidecars_writable(path) -> bool:
    return all(os.stat(side).st_mode & stat.S_IWUSR
               for side in (f"{path}-wal", f"{path}-shm") if os.path.exists(side))


def test_a_read_only_project_opens_read_only_and_leaves_usable_sidecars(tmp_path, capsys):
    p = tmp_path / "p.gpkg"
    Project.create(p).close()
    csv = tmp_path / "in.csv"
    csv.write_text("Name,Latitude,Longitude\nHall,53.38,-1.47\n", encoding="utf-8")
    os.chmod(p, 0o444)
    with Project.open(p) as project:
        assert project.readonly
    refused(capsys, p, "import", p, csv, cause="read-only")
    os.chmod(p, 0o644)
    code, out, err = run(capsys, "import", p, csv)
    assert code == 0, err
    assert _sidecars_writable(p)
    with Project.open(p) as project:
        assert not project.readonly and project.count("assets") == 1
        project.add(Asset(name="Another", category="community_hub", kind="shared_space"))


def test_stale_read_only_sidecars_are_repaired(tmp_path):
    p = tmp_path / "p.gpkg"
    project = Project.create(p)
    project.add(Asset(name="Hall", category="community_hub", kind="shared_space"))
    for side in (f"{p}-wal", f"{p}-shm"):
        os.chmod(side, 0o444)  # what a session on the read-only file left behind
    os.chmod(p, 0o644)
    with Project.open(p) as other:
        assert _sidecars_writable(p)
        other.add(Asset(name="Second", category="community_hub", kind="shared_space"))
    project.close()


def test_stats_into_a_closed_pipe_is_a_quiet_exit(demo_path):
    import subprocess
    import sys

    from tests.paths import ROOT

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "mapper", "stats", str(demo_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # `| head` that has already gone
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert err == "" and proc.returncode == 0


@pytest.mark.parametrize("command", ["check", "export"])
def test_every_command_into_a_closed_pipe_is_quiet(demo_path, tmp_path, command):
    import subprocess
    import sys

    from tests.paths import ROOT

    args = [str(demo_path)] if command == "check" else [str(demo_path), str(tmp_path / "o.csv")]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "mapper", command, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert err == "" and proc.returncode == 0
