"""The window's export paths: the public HTML map, and care needs sealed to the coordinator's key."""

from __future__ import annotations

from mapper.demo import DEMO_PASSPHRASE, build_demo
from mapper.privacy import keys, setup
from mapper.privacy.codec import BOXED
from mapper.store.connection import connect
from mapper.store.project import Project
from mapper.ui import ops
from mapper.ui.main_window import MainWindow, MapPlaceholder


def _window(qtbot, path):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(path, wait=True)
    return w


def test_file_export_html_writes_the_public_map(qtbot, demo_path, tmp_path):
    w = _window(qtbot, demo_path)
    out = tmp_path / "map.html"
    w.export_map_to(out)
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    html = out.read_text(encoding="utf-8")
    published = w.project.conn.execute("SELECT name FROM assets WHERE may_publish = 1 LIMIT 1").fetchone()[0]
    private = w.project.conn.execute("SELECT name FROM assets WHERE may_publish = 0 LIMIT 1").fetchone()[0]
    assert published in html and private not in html
    assert "Fictional demo need" not in html


def test_export_for_the_coordinator_seals_care_needs_to_their_key(qtbot, tmp_path):
    coord = Project.create(tmp_path / "coordinator.gpkg")
    setup.set_passphrase(coord, "coordinator passphrase")
    keys.generate_coordinator_keys(coord)
    key_file = keys.save_public_key(coord, tmp_path / "coordinator.nmkey")
    coord.close()
    mapper_path = tmp_path / "mapper.gpkg"
    build_demo(mapper_path, passphrase=DEMO_PASSPHRASE).close()
    w = _window(qtbot, mapper_path)
    setup.unlock(w.project, DEMO_PASSPHRASE)
    out = tmp_path / "for-coordinator.gpkg"
    w.export_to(out, public=False, coordinator_key=key_file)
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    conn = connect(out, readonly=True)
    notes = [r[0] for r in conn.execute("SELECT notes FROM care_needs")]
    conn.close()
    assert len(notes) == 120 and all(str(n).startswith(BOXED) for n in notes)


def test_merge_a_folder_shows_a_summary_with_a_way_to_review(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from mapper.domain.records import Asset
    from mapper.sync.package import write_package

    central = tmp_path / "central.gpkg"
    Project.create(central, author="Coordinator").close()
    folder = tmp_path / "inbox"
    folder.mkdir()
    shared = Asset(name="Oakwood Library", category="library", kind="shared_space", location=(-1.47, 53.38))
    for who, opening in (("ann", "Mondays"), ("bob", "Tuesdays")):  # the same asset edited differently
        with Project.create(tmp_path / f"{who}.gpkg", author=who) as p:
            p.add(Asset(**{**vars(shared), "opening_times": opening}))
            write_package(p, folder / f"{who}.gpkg")
    w = _window(qtbot, central)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    w.act_merge_folder.trigger()
    qtbot.waitUntil(lambda: ops.running() == 0 and hasattr(w, "merge_summary_box"), timeout=30000)
    box = w.merge_summary_box
    assert "1 conflict" in box.text() and w.assets.model.total == 1
    review = next(b for b in box.buttons() if b.text() == "Review now")
    review.click()
    from mapper.ui.review import ReviewDialog

    qtbot.waitUntil(lambda: any(isinstance(c, ReviewDialog) for c in w.findChildren(ReviewDialog)), timeout=5000)


def test_merging_an_empty_folder_says_so(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    central = tmp_path / "central.gpkg"
    Project.create(central).close()
    (tmp_path / "empty").mkdir()
    w = _window(qtbot, central)
    shown = []
    monkeypatch.setattr(w, "show_error", lambda exc, **kw: shown.append(str(exc)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "empty"))
    w.act_merge_folder.trigger()
    assert shown and "no GeoPackage" in shown[0] and "empty" in shown[0]
