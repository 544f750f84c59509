"""The record form as people really use it: scrolling it with the wheel never edits it, and what a person
typed stays visible (marked, unsaved) until they fix it or put the saved value back."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QFont, QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QAbstractSpinBox, QApplication  # noqa: E402

from mapper.ui import settings  # noqa: E402
from mapper.ui.care_needs import CareNeedsPanel  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402


@pytest.fixture(params=[1.0, 2.0], ids=["text-100%", "text-200%"])
def small_window(request, qtbot, demo_path):
    """The window on a 1024x600 screen, with ordinary and with 200% text."""
    app = QApplication.instance()
    ordinary = app.font()
    big = QFont(ordinary)
    big.setPointSizeF(ordinary.pointSizeF() * request.param)
    app.setFont(big)
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.open_project(demo_path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    w.text_scale = request.param
    yield w
    app.setFont(ordinary)


def wheel_over(widget, notches: int = -1) -> None:
    """One turn of the mouse wheel with the pointer over the middle of ``widget``."""
    local = QPointF(widget.rect().center())
    glob = QPointF(widget.mapToGlobal(widget.rect().center()))
    event = QWheelEvent(local, glob, QPoint(0, 0), QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _library(window) -> str:
    rows = window.assets.model.rows
    return window.assets.model.uuid_at(next(i for i in range(len(rows)) if rows[i][3] == "library"))


def test_wheel_over_the_form_scrolls_it_and_changes_nothing(small_window, qtbot):
    w = small_window
    uuid = _library(w)
    w.show_record("assets", uuid)
    form = w.asset_form
    bar = w.scroll.verticalScrollBar()
    assert bar.maximum() > 0, "at 1024x600 the form is taller than its panel"
    before = w.project.find("assets", uuid)
    form.widgets["name"].setFocus()
    for key in ("kind", "category", "status", "neighbourhood", "run_by"):
        combo = form.widgets[key]
        w.scroll.ensureWidgetVisible(combo)
        shown, top = combo.currentIndex(), bar.value()
        wheel_over(combo)
        assert combo.currentIndex() == shown, f"the wheel changed {key}"
        if top < bar.maximum():
            assert bar.value() > top, f"the wheel over {key} did not scroll the form"
    after = w.project.find("assets", uuid)
    assert after == before
    assert not w.undo_stack.canUndo()


def test_wheel_changes_a_combo_the_user_focused(small_window, qtbot):
    w = small_window
    w.show_record("assets", _library(w))
    combo = w.asset_form.widgets["status"]
    w.scroll.ensureWidgetVisible(combo)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    shown = combo.currentIndex()
    wheel_over(combo)
    assert combo.currentIndex() != shown


def test_wheel_over_a_care_need_status_changes_nothing(qtbot, project):
    panel = CareNeedsPanel(project)
    qtbot.addWidget(panel)
    panel.show()
    panel.new_pass.setText("panel passphrase")
    panel.new_pass2.setText("panel passphrase")
    qtbot.mouseClick(panel.set_button, Qt.MouseButton.LeftButton)
    assert panel.is_open and panel.status_combo.isVisible()
    for combo in (panel.status_combo, panel.urgency_combo, panel.hood_combo, panel.age_combo):
        shown = combo.currentIndex()
        for notches in (-1, 1):
            wheel_over(combo, notches)
            assert combo.currentIndex() == shown, combo.accessibleName()
    dates = panel.findChildren(QAbstractSpinBox)
    assert dates, "the consent date is a spin box"
    for date in dates:
        shown = date.text()
        for notches in (-1, 1):
            wheel_over(date, notches)
            assert date.text() == shown, date.accessibleName()


def test_care_need_messages_show_where_the_eye_is(small_window, qtbot):
    w = small_window
    w.tabs.setCurrentWidget(w.care_scroll)
    panel = w.care_panel
    bar = w.care_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled down, as after filling in the form
    panel.pass_edit.setFocus()
    qtbot.keyClicks(panel.pass_edit, "wrong passphrase")
    qtbot.keyClick(panel.pass_edit, Qt.Key.Key_Return)
    assert panel.message.isVisible() and panel.message.text()
    assert not panel.message.visibleRegion().isEmpty(), "the message is scrolled out of sight"
    top_of_panel = panel.message.mapTo(panel, panel.message.rect().topLeft()).y()
    assert top_of_panel < panel.stack.mapTo(panel, panel.stack.rect().topLeft()).y()  # above the form


def test_invalid_value_stays_marked_and_unsaved_until_fixed(small_window, qtbot, tmp_path):
    w = small_window
    uuid = _library(w)
    other = w.assets.model.uuid_at(0 if w.assets.model.uuid_at(0) != uuid else 1)
    w.show_record("assets", uuid)
    form = w.asset_form
    saved = w.project.find("assets", uuid).contact_email
    email = form.widgets["contact_email"]
    email.setFocus()
    email.selectAll()
    qtbot.keyClicks(email, "not-an-email")
    qtbot.keyClick(email, Qt.Key.Key_Tab)  # leaves the field: nothing invalid is written
    assert w.project.find("assets", uuid).contact_email == saved
    assert email.text() == "not-an-email"
    assert "not saved" in form.errors["contact_email"].text().lower()
    assert email.property("unsaved") is True
    qtbot.wait(100)  # let the layout make room for the message
    w.scroll.ensureWidgetVisible(form.errors["contact_email"])
    qtbot.wait(50)
    shot = screenshot_path("form_unsaved_value.png" if w.text_scale == 1 else "form_unsaved_value_200.png", tmp_path)
    w.grab().save(str(shot), "PNG")
    # another field's edit saves and the typed value is still there
    times = form.widgets["opening_times"]
    times.setFocus()
    times.selectAll()
    qtbot.keyClicks(times, "Mondays 9-5")
    qtbot.keyClick(times, Qt.Key.Key_Return)
    assert w.project.find("assets", uuid).opening_times == "Mondays 9-5"
    assert email.text() == "not-an-email"
    # leaving the record says what was not saved; coming back shows the typed value again
    w.show_record("assets", other)
    message = w.statusBar().currentMessage()
    assert "not saved" in message.lower() and "Email" in message
    w.show_record("assets", uuid)
    assert email.text() == "not-an-email" and form.errors["contact_email"].isVisibleTo(form)
    # fixed: saved, and the marks go
    email.setFocus()
    email.end(False)
    qtbot.keyClicks(email, "@example.org")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert w.project.find("assets", uuid).contact_email == "not-an-email@example.org"
    assert not form.errors["contact_email"].isVisibleTo(form) and not email.property("unsaved")


def test_escape_puts_the_saved_value_back(small_window, qtbot):
    w = small_window
    uuid = _library(w)
    w.show_record("assets", uuid)
    form = w.asset_form
    saved = w.project.find("assets", uuid).website or ""
    web = form.widgets["website"]
    web.setFocus()
    web.selectAll()
    qtbot.keyClicks(web, "htp:/bad site")
    qtbot.keyClick(web, Qt.Key.Key_Tab)
    assert web.text() == "htp:/bad site" and web.property("unsaved") is True
    web.setFocus()
    qtbot.keyClick(web, Qt.Key.Key_Escape)
    assert web.text() == saved and not web.property("unsaved")
    assert not form.errors["website"].isVisibleTo(form)
    w.show_record("assets", w.assets.model.uuid_at(0))
    assert "not saved" not in w.statusBar().currentMessage().lower()



def test_leaving_an_unfinished_new_asset_says_it_was_not_saved(small_window, qtbot):
    w = small_window
    w.act_new_asset.trigger()
    form = w.asset_form
    phone = form.widgets["contact_phone"]
    phone.setFocus()
    qtbot.keyClicks(phone, "0114 496 0000")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    before = w.project.count("assets")
    w.show_record("assets", _library(w))
    assert w.project.count("assets") == before
    message = w.statusBar().currentMessage()
    assert "new asset was not saved" in message and "Name" in message


def test_choosing_a_kind_never_overwrites_the_category(small_window, qtbot):
    from mapper.domain.taxonomy import taxonomy

    w = small_window
    uuid = _library(w)
    w.show_record("assets", uuid)
    form = w.asset_form
    kind, category = form.widgets["kind"], form.widgets["category"]
    assert {category.itemData(i) for i in range(category.count())} == set(taxonomy().categories_of("shared_space"))
    w.scroll.ensureWidgetVisible(kind)
    kind.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # the next kind: Group or activity
    new_kind = kind.currentData()
    assert new_kind != "shared_space"
    saved = w.project.find("assets", uuid)
    assert saved.kind == "shared_space" and saved.category == "library"  # nothing replaced behind the back
    assert category.currentData() is None and "Choose a category" in form.errors["category"].text()
    assert {category.itemData(i) for i in range(category.count())} - {None} == set(taxonomy().categories_of(new_kind))
    category.hidePopup()
    category.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(category, Qt.Key.Key_Down)  # the first category of the new kind
    saved = w.project.find("assets", uuid)
    assert saved.kind == new_kind and saved.category == taxonomy().categories_of(new_kind)[0]
    w.act_undo.trigger()  # one step: kind and category together
    saved = w.project.find("assets", uuid)
    assert (saved.kind, saved.category) == ("shared_space", "library")


def test_a_record_opens_at_the_top_of_the_form(small_window, qtbot):
    w = small_window
    w.show_record("assets", _library(w))
    bar = w.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    w.act_add_on_map.setChecked(True)
    w.map_clicked(-1.47, 53.38)
    assert w.asset_form.draft and bar.value() == 0
    assert not w.asset_form.widgets["name"].visibleRegion().isEmpty()
    bar.setValue(bar.maximum())
    w.show_record("assets", w.assets.model.uuid_at(0))
    assert bar.value() == 0


def test_tab_leaves_the_list_for_the_form_without_changing_the_record(small_window, qtbot):
    w = small_window
    view = w.assets.view
    rect = view.visualRect(w.assets.model.index(0, 0))  # the first row: a short list may show only one
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    uuid = w.asset_form.record.uuid
    assert uuid == w.assets.model.uuid_at(0) and view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # arrows move inside the list
    uuid = w.assets.model.uuid_at(1)
    assert w.asset_form.record.uuid == uuid
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert w.asset_form.record.uuid == uuid  # the same record still shown
    focus = QApplication.focusWidget()
    assert focus is w.asset_form.widgets["name"], focus
    assert "3px" in view.styleSheet()  # a focus ring people can see


def test_the_form_stays_usable_on_a_small_screen_and_with_large_text(small_window, qtbot, tmp_path):
    w = small_window
    w.show_record("assets", _library(w))
    qtbot.wait(50)
    form = w.asset_form
    chars = w.fontMetrics().averageCharWidth()
    for key in ("name", "category", "contact_email", "opening_times"):
        field = form.widgets[key]
        assert field.width() >= 18 * chars, f"{key} is cut: {field.width()} px for {chars} px characters"
    name = f"small_screen_text_{int(w.text_scale * 100)}.png"
    w.grab().save(str(screenshot_path(name, tmp_path)), "PNG")


def test_a_point_outside_every_neighbourhood_asks_before_it_is_saved(small_window, qtbot):
    w = small_window
    asked = []
    answer = {"yes": False}
    w.ask = lambda title, text, yes, no: asked.append(text) or answer["yes"]
    before = w.project.count("assets")
    w.act_add_on_map.setChecked(True)
    w.map_clicked(-1.70, 53.30)  # about 14 km west of Sheffield's neighbourhoods
    form = w.asset_form
    form.widgets["name"].setFocus()
    qtbot.keyClicks(form.widgets["name"], "Moorland cafe")
    qtbot.keyClick(form.widgets["name"], Qt.Key.Key_Return)
    assert asked and "outside" in asked[0]
    assert w.project.count("assets") == before and form.draft and form.location is None
    answer["yes"] = True
    w.map_clicked(-1.70, 53.30)  # placed there again, on purpose
    assert w.project.count("assets") == before + 1


def test_file_menu_has_add_basemap_as_the_map_hint_says(small_window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMenu

    w = small_window
    file_menu = next(m for m in w.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "File")
    assert "Add basemap…" in [a.text().replace("&", "") for a in file_menu.actions()]
    added = []
    monkeypatch.setattr(w.map, "add_basemap", lambda path: added.append(path), raising=False)
    tiles = tmp_path / "sheffield.mbtiles"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tiles), ""))
    w.act_add_basemap.trigger()
    assert added == [tiles]


def test_a_kind_picked_from_its_list_opens_the_categories_arrow_keys_do_not(small_window, qtbot):
    w = small_window
    w.show_record("assets", _library(w))
    kind, category = w.asset_form.widgets["kind"], w.asset_form.widgets["category"]
    w.scroll.ensureWidgetVisible(kind)
    kind.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # browsing kinds with the arrow keys: the focus stays here
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.hasFocus() and not category.view().isVisible()
    kind.showPopup()
    view = kind.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    rect = view.visualRect(kind.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: category.view().isVisible(), timeout=2000)  # picked: choose its category next
    category.hidePopup()
