"""The main window, driven like a volunteer would: add, edit, undo, delete, photos, search, links, history."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QColor, QDropEvent, QImage  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from mapper.domain.records import Asset, Group  # noqa: E402
from mapper.store import postcodes, queries  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402

NAME = "Sam Tester"


@pytest.fixture
def window(qtbot, demo_path):
    settings.set_mapper_name(NAME)
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    w.show()
    return w


def type_into(qtbot, widget, text: str, *, clear: bool = True) -> None:
    widget.setFocus()
    if clear:
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def db_asset(window, uuid) -> Asset | None:
    return window.project.find("assets", uuid)


def test_add_asset_by_form_then_edit_undo_redo(window, qtbot):
    window.act_new_asset.trigger()
    form = window.asset_form
    assert form.draft and window.panel.currentWidget() is form
    # nothing is saved before the asset has a name; the problem shows beside the field
    assert form.errors["name"].isVisibleTo(form) and "name" in form.errors["name"].text().lower()
    before = window.project.count("assets")
    form.widgets["category"].setCurrentIndex(form.widgets["category"].findData("cafe"))
    type_into(qtbot, form.widgets["name"], "Larkspur Community Cafe")
    assert not form.draft
    uuid = form.record.uuid
    saved = db_asset(window, uuid)
    assert saved.name == "Larkspur Community Cafe" and saved.category == "cafe" and saved.location is None
    assert saved.recorded_by == NAME
    assert window.project.count("assets") == before + 1
    assert window.assets.model.row_of(uuid) is not None  # the list shows it

    type_into(qtbot, form.widgets["opening_times"], "Tuesdays 10-12")
    assert db_asset(window, uuid).opening_times == "Tuesdays 10-12"
    type_into(qtbot, form.widgets["name"], "Larkspur Cafe")
    assert db_asset(window, uuid).name == "Larkspur Cafe"

    window.act_undo.trigger()
    assert db_asset(window, uuid).name == "Larkspur Community Cafe"
    assert form.widgets["name"].text() == "Larkspur Community Cafe"  # the form follows the file
    window.act_redo.trigger()
    assert db_asset(window, uuid).name == "Larkspur Cafe"
    # undo everything: the asset is gone again; redo brings it back
    while window.undo_stack.canUndo():
        window.act_undo.trigger()
    assert db_asset(window, uuid) is None
    window.act_redo.trigger()
    assert db_asset(window, uuid).name == "Larkspur Community Cafe"


def test_validation_messages_beside_field_and_bad_value_not_saved(window, qtbot):
    uuid = window.assets.model.uuid_at(0)
    window.show_record("assets", uuid)
    form = window.asset_form
    old = db_asset(window, uuid).contact_email
    form.widgets["contact_email"].setFocus()
    qtbot.keyClicks(form.widgets["contact_email"], "not-an-email")
    label = form.errors["contact_email"]
    assert label.isVisibleTo(form) and label.text().startswith("does not look like an email address")
    qtbot.keyClick(form.widgets["contact_email"], Qt.Key.Key_Return)
    assert db_asset(window, uuid).contact_email == old
    qtbot.keyClicks(form.widgets["contact_email"], "@example.org")
    assert not label.isVisibleTo(form)
    qtbot.keyClick(form.widgets["contact_email"], Qt.Key.Key_Return)
    assert db_asset(window, uuid).contact_email.endswith("not-an-email@example.org")


def test_add_asset_by_postcode(window, qtbot):
    window.act_new_asset.trigger()
    form = window.asset_form
    type_into(qtbot, form.widgets["postcode"], "s1 2bj")  # Return looks the postcode up
    assert form.location == postcodes.lookup("S1 2BJ")
    assert form.draft  # still needs a name
    type_into(qtbot, form.widgets["name"], "Postcode Placed Hub")
    rec = db_asset(window, form.record.uuid)
    assert rec.location == pytest.approx(postcodes.lookup("S1 2BJ"))
    assert rec.postcode == "S1 2BJ"
    assert rec.neighbourhood == window.project.neighbourhood_at(*rec.location)


def test_unknown_postcode_is_explained(window, qtbot):
    window.act_new_asset.trigger()
    form = window.asset_form
    form.widgets["postcode"].setText("ZZ9 9ZZ")
    qtbot.mouseClick(form.find_button, Qt.MouseButton.LeftButton)
    assert "not in the offline postcode list" in form.errors["postcode"].text()
    assert form.location is None


def test_add_asset_by_clicking_the_map(window, qtbot):
    window.act_add_on_map.setChecked(True)
    lon, lat = postcodes.lookup("S10 2TN") or (-1.49, 53.38)
    window.map.mapClicked.emit(lon, lat)
    form = window.asset_form
    assert form.draft and form.location == (lon, lat)
    assert not window.act_add_on_map.isChecked()
    type_into(qtbot, form.widgets["name"], "Map Clicked Garden")
    rec = db_asset(window, form.record.uuid)
    assert rec.location == pytest.approx((lon, lat))
    # dragging it on the map is an undoable edit
    window.map.assetMoved.emit(rec.uuid, lon + 0.001, lat)
    assert db_asset(window, rec.uuid).location == pytest.approx((lon + 0.001, lat))
    window.act_undo.trigger()
    assert db_asset(window, rec.uuid).location == pytest.approx((lon, lat))


def test_similar_asset_nearby_asks_first(window, qtbot):
    lon, lat = -1.47, 53.38
    window.project.add(Asset(name="Brookview Repair Cafe", category="repair_cafe", kind="skills_resources",
                             location=(lon, lat)))
    asked = []
    window.ask = lambda title, text, yes, no: asked.append(text) or False
    window.act_new_asset.trigger()
    form = window.asset_form
    form.location = (lon + 0.0005, lat)  # about 33 m away
    type_into(qtbot, form.widgets["name"], "Brookview repair cafe")
    assert asked and "Brookview Repair Cafe" in asked[0] and " m away" in asked[0]
    assert window.project.count("assets") == 325  # not added; the existing one is shown instead
    assert form.record.name == "Brookview Repair Cafe" and not form.draft
    window.ask = lambda *a: True
    window.act_new_asset.trigger()
    form.location = (lon + 0.0005, lat)
    type_into(qtbot, form.widgets["name"], "Brookview repair cafe")
    assert window.project.count("assets") == 326
    # far away, the same name does not ask
    window.ask = lambda *a: pytest.fail("should not ask")
    window.act_new_asset.trigger()
    form.location = (lon + 0.01, lat)
    type_into(qtbot, form.widgets["name"], "Brookview repair cafe")
    assert window.project.count("assets") == 327


def test_delete_and_undo(window, qtbot):
    uuid = window.assets.model.uuid_at(3)
    window.assets.view.selectRow(3)
    assert window.asset_form.record.uuid == uuid
    before = db_asset(window, uuid)
    window.act_delete.trigger()
    assert db_asset(window, uuid) is None
    assert window.assets.model.row_of(uuid) is None
    assert window.panel.currentWidget() is window.empty
    window.act_undo.trigger()
    assert db_asset(window, uuid) == before
    assert window.assets.model.row_of(uuid) is not None
    window.act_redo.trigger()
    assert db_asset(window, uuid) is None


def _png(path, colour="#2a7"):
    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor(colour))
    assert img.save(str(path), "PNG")
    return path


def test_attach_photos_by_dialog_path_and_drop(window, qtbot, tmp_path):
    uuid = window.assets.model.uuid_at(0)
    window.show_record("assets", uuid)
    form = window.asset_form
    first = _png(tmp_path / "front door.png")
    form.add_photo(first)  # what the file dialog calls with the chosen path
    second = _png(tmp_path / "garden.png", "#a72")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    form.photos.dropEvent(drop)
    photos = queries.photos_of(window.project.conn, uuid)
    assert [p.original_name for p in photos] == ["front door.png", "garden.png"]
    assert photos[0].data == first.read_bytes() and photos[1].data == second.read_bytes()
    for p in photos:
        assert p.filename == f"{p.uuid}.png" and str(tmp_path) not in (p.original_name or "")
    raw = window.project.conn.execute("SELECT group_concat(filename || original_name) FROM attachments").fetchone()[0]
    assert str(tmp_path) not in raw
    assert form.photos.thumbs.count() == 2
    assert not form.photos.thumbs.item(0).icon().isNull()
    window.act_undo.trigger()
    assert len(queries.photos_of(window.project.conn, uuid)) == 1
    assert form.photos.thumbs.count() == 1
    # a file that is not a photo is refused with a plain message
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    form.add_photo(bad)
    box = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert any("is not a photo" in b.text() for b in box)


def test_search_and_filters(window, qtbot):
    lst = window.assets
    conn = sqlite3.connect(window.project.path)
    lst.search.setFocus()
    qtbot.keyClicks(lst.search, "libr")
    names = [r[2] for r in lst.model.rows]
    expected = conn.execute("SELECT count(*) FROM assets WHERE lower(name) LIKE '%libr%' OR lower(category) LIKE "
                            "'%libr%' OR lower(description) LIKE '% libr%'").fetchone()[0]
    assert lst.model.total == expected > 0 and len(names) == min(expected, 200)
    assert lst.count_label.text().startswith(f"{expected:,} asset")
    lst.search.clear()
    lst.category.setCurrentIndex(lst.category.findData("pub"))
    pubs = conn.execute("SELECT uuid FROM assets WHERE category='pub'").fetchall()
    assert lst.model.total == len(pubs) and {r[1] for r in lst.model.rows} == {u for (u,) in pubs}
    lst.category.setCurrentIndex(0)
    lst.status.setCurrentIndex(lst.status.findData("closed"))
    assert lst.model.total == conn.execute("SELECT count(*) FROM assets WHERE status='closed'").fetchone()[0]
    lst.status.setCurrentIndex(0)
    lst.kind.setCurrentIndex(lst.kind.findData("everyday_help"))
    assert lst.model.total == conn.execute("SELECT count(*) FROM assets WHERE kind='everyday_help'").fetchone()[0]
    lst.kind.setCurrentIndex(0)
    lst.stale.setChecked(True)
    cutoff = (dt.date.today() - dt.timedelta(days=365)).isoformat()
    assert lst.model.total == conn.execute("SELECT count(*) FROM assets WHERE last_checked IS NULL OR "
                                           "last_checked < ?", (cutoff,)).fetchone()[0]
    lst.stale.setChecked(False)
    # the neighbourhood picker filters the asset and the group lists
    hood = conn.execute("SELECT neighbourhood, count(*) c FROM assets GROUP BY neighbourhood "
                        "HAVING neighbourhood IS NOT NULL ORDER BY c DESC").fetchone()[0]
    window.hood.setCurrentIndex(window.hood.findData(hood))
    assert {r[1] for r in lst.model.rows} == {u for (u,) in conn.execute(
        "SELECT uuid FROM assets WHERE neighbourhood=?", (hood,))}
    served = [u for u, n in conn.execute("SELECT uuid, neighbourhoods FROM groups") if hood in (n or "")]
    assert {r[1] for r in window.groups.model.rows} == set(served)
    conn.close()


def test_a_search_matching_very_many_shows_its_first_page_then_the_exact_count(window, qtbot, monkeypatch):
    """Issue 17: the first page and an "or more" count at once; the exact count, made on a helper thread,
    follows; a count for words typed over is never shown."""
    monkeypatch.setattr(queries, "GATHER_MAX", 20)
    lst = window.assets
    conn = sqlite3.connect(window.project.path)

    def matching(text):
        return conn.execute("SELECT count(*) FROM assets_fts WHERE assets_fts MATCH ?",
                            (queries.fts_query(text),)).fetchone()[0]

    lst.search.setFocus()
    qtbot.keyClicks(lst.search, "a")
    assert not lst.model.exact and lst.model.total == 20 and matching("a") > 20
    assert lst.count_label.text() == "20 or more assets shown"
    names = [r[2].lower() for r in lst.model.rows]
    assert len(names) == min(matching("a"), 200) and names == sorted(names)
    qtbot.keyClicks(lst.search, "s")  # typed over: only the count for "as" may arrive
    qtbot.waitUntil(lambda: lst.model.exact, timeout=10000)
    assert lst.model.total == matching("as") and lst.count_label.text() == f"{matching('as'):,} assets shown"
    qtbot.wait(200)
    assert lst.model.total == matching("as")
    conn.close()


def test_find_shortcut_focuses_search(window, qtbot):
    window.activateWindow()
    window.act_find.trigger()
    assert window.assets.search.hasFocus() or window.focusWidget() is window.assets.search


def test_list_pages_rows_on_demand(window):
    model = window.assets.model
    assert model.total == 324 and len(model.rows) == 200 and model.canFetchMore()
    model.fetchMore()
    assert len(model.rows) == 324 and not model.canFetchMore()
    names = [r[2].lower() for r in model.rows]
    assert names == sorted(names)


def test_link_group_to_asset_both_ways(window, qtbot):
    group = Group(name="Friends of the Test Park", group_type="informal_group")
    window.project.add(group)
    window.reload_all()
    uuid = window.assets.model.uuid_at(5)
    window.show_record("assets", uuid)
    form = window.asset_form
    combo = form.widgets["run_by"]
    combo.setCurrentIndex(combo.findData(group.uuid))
    combo.activated.emit(combo.currentIndex())
    assert db_asset(window, uuid).run_by == group.uuid
    # the group shows the asset it runs
    window.show_record("groups", group.uuid)
    runs = window.group_form.runs
    assert [runs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(runs.count())] == [uuid]
    # link another asset from the group's side (the asset selected in the list)
    other = window.assets.model.uuid_at(7)
    window.tabs.setCurrentWidget(window.assets)
    window.assets.view.selectRow(7)
    window.show_record("groups", group.uuid)
    window.group_form.link_selected_asset()
    assert db_asset(window, other).run_by == group.uuid
    assert runs.count() == 2
    window.act_undo.trigger()
    assert db_asset(window, other).run_by != group.uuid and runs.count() == 1


def test_history_shows_who_changed_what(window, qtbot):
    uuid = window.assets.model.uuid_at(0)
    window.show_record("assets", uuid)
    old = db_asset(window, uuid).cost
    type_into(qtbot, window.asset_form.widgets["cost"], "Pay what you can")
    dialog = window.show_history()
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows[0][1:5] == [NAME, "Cost", old or "—", "Pay what you can"]
    assert rows[0][5] == "form"


def test_group_added_and_deleted_with_undo(window, qtbot):
    window.act_new_group.trigger()
    form = window.group_form
    type_into(qtbot, form.widgets["name"], "Walkers of Test Vale")
    uuid = form.record.uuid
    assert window.project.find("groups", uuid).recorded_by == NAME
    window.act_delete.trigger()
    assert window.project.find("groups", uuid) is None
    window.act_undo.trigger()
    assert window.project.find("groups", uuid).name == "Walkers of Test Vale"


def test_tab_order_follows_the_form(window):
    window.act_new_asset.trigger()
    form = window.asset_form
    w = form.widgets["name"]
    seen = []
    for _ in range(5000):
        if w in form.order and w not in seen:
            seen.append(w)
        w = w.nextInFocusChain()
        if w is form.widgets["name"]:
            break
    assert seen == form.order
    keys = {id(v): k for k, v in form.widgets.items()}
    named = [keys[id(x)] for x in seen if id(x) in keys]
    assert named[:8] == ["name", "kind", "category", "status", "description", "address", "postcode",
                         "neighbourhood"]
    assert seen.index(form.find_button) == seen.index(form.widgets["postcode"]) + 1
