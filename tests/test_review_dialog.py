"""The review screen: resolve a conflict, merge a duplicate pair, undo both (pytest-qt)."""

from __future__ import annotations

from mapper.domain.records import Asset
from mapper.sync.merge import merge_files
from tests.test_merge_helpers import Replica, empty_template, make_trio


def _setup(tmp_path):
    a, b, c, hall = make_trio(tmp_path)
    a.now += 100
    a.p.update("assets", hall, {"name": "Church hall (A)"})
    a.p.add(Asset(name="Oakwood Library", location=(-1.5001, 53.4001), contact_phone="0114 273 4567"))
    b.now += 200
    b.p.update("assets", hall, {"name": "Church hall (B)"})
    b.p.add(Asset(name="Oakwood library", location=(-1.5002, 53.4002), website="https://oakwood.example"))
    s = merge_files(c.p, [a.export(tmp_path / "a.gpkg"), b.export(tmp_path / "b.gpkg")])
    assert s.conflicts == 1 and s.possible_duplicates == 1
    a.close()
    b.close()
    return c, hall


def test_resolve_a_conflict_merge_a_pair_and_undo_both(qtbot, tmp_path):
    from mapper.ui.review import ReviewDialog

    c, hall = _setup(tmp_path)
    project = c.p
    dlg = ReviewDialog(project)
    qtbot.addWidget(dlg)
    assert dlg.conflict_list.count() == 1 and dlg.pair_list.count() == 1
    assert dlg.conflict_table.item(0, 0).text() == "Church hall"  # base
    assert dlg.conflict_table.item(1, 0).text() == "Church hall (B)"  # kept
    assert dlg.conflict_table.item(2, 0).text() == "Church hall (A)"  # other side

    dlg.other_button.click()  # use the other value
    assert project.row("assets", hall)["name"] == "Church hall (A)"
    assert dlg.conflict_list.count() == 0

    pair = dlg.pairs[0]
    dlg.merge_button.click()
    survivor = project.row("assets", pair["a"])
    assert not project.exists("assets", pair["b"]) and project.is_deleted("assets", pair["b"])
    assert survivor["contact_phone"] and survivor["website"]  # empty fields filled from the other
    assert dlg.pair_list.count() == 0
    from mapper.sync.decisions import survivor_of

    assert survivor_of(project.conn, "assets", pair["b"]) == pair["a"]

    dlg.undo_stack.undo()  # the pair merge
    assert project.exists("assets", pair["b"]) and dlg.pair_list.count() == 1
    assert survivor_of(project.conn, "assets", pair["b"]) == pair["b"]
    assert project.row("assets", pair["a"]) == pair["a_values"]

    dlg.undo_stack.undo()  # the conflict
    assert project.row("assets", hall)["name"] == "Church hall (B)"
    assert dlg.conflict_list.count() == 1

    dlg.undo_stack.redo()
    assert project.row("assets", hall)["name"] == "Church hall (A)" and dlg.conflict_list.count() == 0
    c.close()


def test_not_the_same_is_undoable_and_travels_to_other_laptops(qtbot, tmp_path):
    from mapper.ui.review import ReviewDialog

    c, _hall = _setup(tmp_path)
    dlg = ReviewDialog(c.p)
    qtbot.addWidget(dlg)
    dlg.distinct_button.click()
    assert dlg.pair_list.count() == 0
    # the decision merges: another laptop that found the same pair sees it decided
    other = Replica(tmp_path / "project-d.gpkg", "d", template=empty_template(tmp_path))
    merge_files(other.p, [tmp_path / "a.gpkg", tmp_path / "b.gpkg"])
    assert other.p.conn.execute("SELECT count(*) FROM nm_duplicates WHERE coalesce(decision,'')=''").fetchone()[0] == 1
    merge_files(other.p, [c.export(tmp_path / "coordinator.gpkg")])
    assert other.p.conn.execute("SELECT decision FROM nm_duplicates").fetchall() == [("distinct",)]
    dlg.undo_stack.undo()
    assert dlg.pair_list.count() == 1
    other.close()
    c.close()


def test_care_need_conflicts_show_decrypted_when_unlocked_and_locked_otherwise(qtbot, tmp_path):
    import shutil

    from mapper.domain.records import CareNeed
    from mapper.formats.api import export_file
    from mapper.privacy import keys, setup
    from mapper.store.project import Project
    from mapper.ui.review import ReviewDialog

    coord = Project.create(tmp_path / "coordinator.gpkg", author="Coordinator")
    setup.set_passphrase(coord, "coordinator passphrase")
    keys.generate_coordinator_keys(coord)
    key = keys.save_public_key(coord, tmp_path / "c.nmkey")
    a = Project.create(tmp_path / "a.gpkg", author="Mapper A")
    setup.set_passphrase(a, "mapper passphrase")
    need = a.add(CareNeed(categories=("food",), consent_by="A", consent_at="2026-01-01T10:00:00Z", notes="first"))
    a.close()
    shutil.copyfile(tmp_path / "a.gpkg", tmp_path / "b.gpkg")  # a second laptop set up from the same file
    with Project.open(tmp_path / "b.gpkg") as b:
        b.set_setting("replica_id", "b0b0b0b0b0b0")
    for name, notes in (("a", "needs a lift on Tuesdays"), ("b", "needs a lift on Fridays")):
        with Project.open(tmp_path / f"{name}.gpkg") as p:
            setup.unlock(p, "mapper passphrase")
            p.update("care_needs", need.uuid, {"notes": notes})
            export_file(p, tmp_path / f"{name}-out.gpkg", public=False, kind="all", coordinator_key=key)
    merge_files(coord, [tmp_path / "a-out.gpkg", tmp_path / "b-out.gpkg"])
    dlg = ReviewDialog(coord)
    qtbot.addWidget(dlg)
    assert dlg.conflict_list.count() == 1
    shown = {dlg.conflict_table.item(1, 0).text(), dlg.conflict_table.item(2, 0).text()}
    assert shown == {"needs a lift on Tuesdays", "needs a lift on Fridays"}
    setup.lock(coord)
    dlg.refresh()
    assert dlg.conflict_table.item(1, 0).text() == "locked" and dlg.conflict_table.item(2, 0).text() == "locked"
    coord.close()
