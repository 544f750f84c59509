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
