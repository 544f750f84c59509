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
