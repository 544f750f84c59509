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


def _many_conflicts(tmp_path):
    """The coordinator (c) and two mappers edit the same fields of one hall without seeing each other."""
    from tests.test_merge_helpers import make_trio

    a, b, c, hall = make_trio(tmp_path)
    a.now += 100
    a.p.update("assets", hall, {"name": "Hall (A)", "opening_times": "Mon (A)", "cost": "Free (A)"})
    b.now += 200
    b.p.update("assets", hall, {"name": "Hall (B)", "opening_times": "Tue (B)"})
    c.now += 50
    c.p.update("assets", hall, {"name": "Hall (coordinator)", "cost": "£1 (coordinator)"})
    c.now += 1000
    merge_files(c.p, [a.export(tmp_path / "from-a.gpkg"), b.export(tmp_path / "from-b.gpkg")])
    a.close()
    b.close()
    return c, hall


def test_review_says_who_and_which_file_and_decides_many_at_once_keeping_the_place(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from mapper.ui.review import ReviewDialog

    c, hall = _many_conflicts(tmp_path)
    dlg = ReviewDialog(c.p)
    qtbot.addWidget(dlg)
    dlg.show()
    n = dlg.conflict_list.count()
    assert n >= 4
    labels = [dlg.conflict_table.verticalHeaderItem(r).text() for r in range(3)]
    assert "Other side" not in labels
    whos = []
    for row in range(n):
        dlg.conflict_list.setCurrentRow(row)
        whos += [dlg.conflict_table.item(r, 1).text() for r in (1, 2)]
    text = " | ".join(whos)
    assert "you (this map)" in text  # the coordinator's own value says so, wherever it is
    assert "from-a.gpkg" in text and "from-b.gpkg" in text
    assert not any(w.count(".") >= 2 and "gpkg" not in w and "map" not in w for w in whos), whos  # no raw versions

    from tests.paths import screenshot_path

    dlg.conflict_list.setCurrentRow(0)
    dlg.grab().save(str(screenshot_path("review.png", tmp_path)), "PNG")
    # everything that came in from-a.gpkg: one selection, one decision, one undo step
    row = next(i for i, x in enumerate(dlg.conflicts) if x["from_file"] == "from-a.gpkg")
    dlg.conflict_list.setCurrentRow(row)
    qtbot.mouseClick(dlg.same_file_button, Qt.MouseButton.LeftButton)
    chosen = {i.row() for i in dlg.conflict_list.selectedIndexes()}
    from_b = {i for i, x in enumerate(dlg.conflicts) if x["from_file"] == "from-a.gpkg"}
    assert chosen == from_b and len(from_b) >= 2
    before = dlg.undo_stack.count()
    qtbot.mouseClick(dlg.keep_button, Qt.MouseButton.LeftButton)
    assert dlg.undo_stack.count() == before + 1
    assert all(x["from_file"] != "from-a.gpkg" for x in dlg.conflicts)
    assert dlg.conflict_list.currentRow() == min(min(from_b), len(dlg.conflicts) - 1)  # the place is kept
    dlg.undo_stack.undo()
    assert dlg.conflict_list.count() == n
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
