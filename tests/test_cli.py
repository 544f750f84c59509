"""The command line: stable commands, one-line errors with exit 1, usage errors with exit 2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from mapper.cli import main
from mapper.store.project import Project
from tests.paths import FOREIGN, ROOT


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_stats_and_check(tmp_path, capsys):
    path = tmp_path / "demo.gpkg"
    code, out, _ = run(capsys, "demo", path)
    assert code == 0 and "147 neighbourhoods" in out
    code, out, _ = run(capsys, "stats", path, "--json")
    stats = json.loads(out)
    assert code == 0 and stats["total_neighbourhoods"] == 147
    assert stats["by_category"]["library"] >= 30
    assert sum(stats["by_category"].values()) == stats["total_assets"]
    code, out, _ = run(capsys, "stats", path)  # for people: taxonomy labels, not codes
    assert code == 0 and "Coffee morning" in out and "coffee_morning" not in out and "community_hub" not in out
    code, out, _ = run(capsys, "check", path)
    assert code == 0 and out.strip().endswith(": ok")
    # the demo's fictional care needs are sealed with the documented demo passphrase
    from mapper.demo import DEMO_PASSPHRASE
    from mapper.privacy.setup import unlock

    assert b"Fictional demo need" not in path.read_bytes()
    with Project.open(path) as p:
        unlock(p, DEMO_PASSPHRASE)
        assert any((n.notes or "").startswith("Fictional demo need") for n in p.records("care_needs"))


def test_new_with_boundaries(tmp_path, capsys):
    path = tmp_path / "new.gpkg"
    code, out, _ = run(capsys, "new", path, "--boundaries",
                       ROOT / "resources/boundaries/sheffield_wards_2016.geojson")
    assert code == 0 and "28 neighbourhoods" in out
    with Project.open(path) as p:
        names = set(p.neighbourhood_names().values())
    assert "Broomhill & Sharrow Vale" in names


def test_demo_is_reproducible(tmp_path, capsys):
    rows = []
    for name in ("a.gpkg", "b.gpkg"):
        run(capsys, "demo", tmp_path / name)
        conn = sqlite3.connect(tmp_path / name)
        rows.append(conn.execute("SELECT name, category, hex(geom) FROM assets ORDER BY name, hex(geom)").fetchall())
        conn.close()
    assert rows[0] == rows[1] and len(rows[0]) > 300


def _bad_paths(tmp_path):
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database")
    empty = tmp_path / "empty.gpkg"
    empty.write_bytes(b"")
    exists = tmp_path / "exists.gpkg"
    Project.create(exists).close()
    bad_geojson = tmp_path / "bad.geojson"
    bad_geojson.write_text("{ nope")
    no_polys = tmp_path / "points.geojson"
    no_polys.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [0, 0]}}]}))
    missing = tmp_path / "missing.gpkg"
    return {
        "demo over an existing file": (["demo", exists], "exists.gpkg"),
        "new over an existing file": (["new", exists], "exists.gpkg"),
        "new with unreadable boundaries": (["new", tmp_path / "n1.gpkg", "--boundaries", bad_geojson], "bad.geojson"),
        "new with no polygons": (["new", tmp_path / "n2.gpkg", "--boundaries", no_polys], "points.geojson"),
        "new with missing passphrase file": (["new", tmp_path / "n3.gpkg", "--passphrase-file", missing], "missing.gpkg"),
        "check a text file": (["check", text], "notes.gpkg"),
        "check an empty file": (["check", empty], "empty.gpkg"),
        "check a missing file": (["check", missing], "missing.gpkg"),
        "stats of a text file": (["stats", text], "notes.gpkg"),
        "stats of a foreign geopackage": (["stats", FOREIGN / "fiona_test_uk.gpkg"], "fiona_test_uk.gpkg"),
        "import into a missing project": (["import", missing, text], "missing.gpkg"),
        "export from a text file": (["export", text, tmp_path / "out.gpkg"], "notes.gpkg"),
        "merge into an empty file": (["merge", empty, text], "empty.gpkg"),
        "open a text file": ([text], "notes.gpkg"),
    }


def test_every_error_path_is_one_line_and_exit_1(tmp_path, capsys, monkeypatch):
    windows = []  # `mapper FILE` also opens the window, which shows the same message (a double click has no terminal)
    monkeypatch.setattr("mapper.ui.app.run_app", lambda path=None, **kw: windows.append(path) or 0)
    for label, (args, names) in _bad_paths(tmp_path).items():
        code, out, err = run(capsys, *args)
        assert code == 1, label
        lines = err.strip().splitlines()
        assert len(lines) == 1, f"{label}: {err!r}"
        assert names in lines[0], f"{label}: {err!r}"
        assert "Traceback" not in err and "Error:" not in lines[0].split(":")[0], label
    assert windows == [tmp_path / "notes.gpkg"]


@pytest.mark.parametrize("args", [["import"], ["export", "p.gpkg"], ["demo"], ["stats", "a", "b"],
                                  ["a.gpkg", "b.gpkg"], ["export", "p.gpkg", "o.xlsx", "--kind", "weird"]])
def test_bad_usage_exits_2(capsys, args):
    code, _, err = run(capsys, *args)
    assert code == 2
    assert "usage" in err and "Traceback" not in err


def test_real_entry_point_prints_no_traceback(tmp_path):
    bad = tmp_path / "bad.gpkg"
    bad.write_text("not a database")
    proc = subprocess.run([sys.executable, "-m", "mapper", "check", str(bad)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "bad.gpkg" in proc.stderr and "not a GeoPackage" in proc.stderr


def test_unexpected_errors_are_one_line_and_logged(tmp_path, capsys, monkeypatch, mapper_home):
    import mapper.cli as cli

    def boom(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(cli.HANDLERS, "stats", boom)
    code, _, err = run(capsys, "stats", tmp_path / "x.gpkg")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "ZeroDivisionError" in err
    assert "Traceback" in (mapper_home / "mapper.log").read_text()


def test_projects_from_one_boundaries_file_merge_without_duplicate_neighbourhoods(tmp_path, capsys):
    hoods = ROOT / "resources/boundaries/sheffield_neighbourhoods_147.geojson"
    for name in ("ann.gpkg", "bob.gpkg"):
        assert run(capsys, "new", tmp_path / name, "--boundaries", hoods)[0] == 0
    with Project.open(tmp_path / "ann.gpkg") as a, Project.open(tmp_path / "bob.gpkg") as b:
        assert set(a.neighbourhood_names()) == set(b.neighbourhood_names())  # the same uuids on both laptops
    assert run(capsys, "export", tmp_path / "bob.gpkg", tmp_path / "bob-export.gpkg")[0] == 0
    code, out, _ = run(capsys, "merge", tmp_path / "ann.gpkg", tmp_path / "bob-export.gpkg", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["added"] == 0 and summary["conflicts"] == 0
    with Project.open(tmp_path / "ann.gpkg") as a:
        assert a.count("neighbourhoods") == 147
    # importing the same boundaries again as neighbourhoods adds none either
    code, out, _ = run(capsys, "import", tmp_path / "ann.gpkg", hoods, "--as-neighbourhoods")
    assert code == 0 and "0 added" in out
    with Project.open(tmp_path / "ann.gpkg") as a:
        assert a.count("neighbourhoods") == 147
