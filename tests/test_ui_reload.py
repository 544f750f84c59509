"""After import, export or merge on the worker's own connection, the window's project takes up the
file's clock and neighbourhoods (one source of truth)."""

from __future__ import annotations

from mapper.domain.hlc import parse_version
from mapper.domain.records import Asset, Neighbourhood
from mapper.store.project import Project
from mapper.sync.package import write_package
from mapper.ui import ops
from mapper.ui.main_window import MainWindow, MapPlaceholder

SQUARE = {"type": "MultiPolygon", "coordinates": [[[[-1.6, 53.3], [-1.4, 53.3], [-1.4, 53.5], [-1.6, 53.5],
                                                    [-1.6, 53.3]]]]}


def test_after_a_merge_the_window_has_the_merged_clock_and_boundaries(qtbot, tmp_path):
    central = tmp_path / "central.gpkg"
    Project.create(central, author="Coordinator").close()
    ahead = 3_600_000  # the mapper's clock is an hour fast: within the tolerated skew
    with Project.create(tmp_path / "ann.gpkg", author="ann") as p:
        base = p.clock.now_ms
        p.clock.now_ms = lambda: base() + ahead
        hood = p.add(Neighbourhood(name="Walkley", geometry=SQUARE))
        write_package(p, tmp_path / "ann-out.gpkg")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(central, wait=True)
    assert w.project.neighbourhood_at(-1.5, 53.4) is None  # the window's index is built, empty
    w.merge_from([tmp_path / "ann-out.gpkg"])
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    merged = max(w.project.versions("neighbourhoods", hood.uuid).values())
    mine = w.project.add(Asset(name="New cafe", location=(-1.5, 53.4)))
    assert mine.neighbourhood == hood.uuid  # the freshly merged boundary is known
    assert parse_version(w.project.versions("assets", mine.uuid)["name"])[:2] > parse_version(merged)[:2]


def test_a_failed_merge_says_what_could_not_be_finished(qtbot, tmp_path, monkeypatch):
    from mapper.ui import errors

    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, doing=None: shown.append(f"Could not {doing}"))
    monkeypatch.setattr(ops, "show_error", lambda parent, exc, doing=None: shown.append(f"Could not {doing}"))
    central = tmp_path / "central.gpkg"
    Project.create(central).close()
    (tmp_path / "broken.gpkg").write_text("not a database")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(central, wait=True)
    w.merge_from([tmp_path / "broken.gpkg"])
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    assert shown == ["Could not merge the files"]  # never "Could not merging"
