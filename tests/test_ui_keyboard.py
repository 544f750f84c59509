"""Every flow with the keyboard alone: add an asset, add a group, record a care need, export for the
coordinator. Only key presses (Tab, arrows, Space, Enter, shortcuts) sent to whatever has the focus; no
mouse, no calls that do the work. The record list is one Tab stop, with a focus ring people can see."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from mapper.domain.taxonomy import taxonomy  # noqa: E402
from mapper.store import postcodes  # noqa: E402
from mapper.store.project import Project  # noqa: E402
from mapper.ui import ops, settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.keys import ALT, CTRL, SHIFT, Modals, activate, focused, press, type_text  # noqa: E402

K = Qt.Key
pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def window(qtbot, demo_path):
    settings.set_mapper_name("Kay Board")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.open_project(demo_path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    activate(qtbot, w)
    return w


def tab_to(qtbot, widget, limit: int = 60) -> int:
    """Tab until ``widget`` has the focus (as a person would); returns how many presses it took."""
    for n in range(1, limit + 1):
        press(qtbot, K.Key_Tab)
        if QApplication.focusWidget() is widget:
            return n
    raise AssertionError(f"Tab never reached {widget.accessibleName() or widget}")


def test_add_an_asset_with_the_keyboard_alone(window, qtbot):
    w = window
    before = w.project.count("assets")
    press(qtbot, K.Key_N, CTRL)  # Record → New asset
    form = w.asset_form
    assert focused() is form.widgets["name"]
    type_text(qtbot, "Keyboard Kitchen")
    assert press(qtbot, K.Key_Tab) is form.widgets["kind"]  # leaving the name saves the new asset
    assert w.project.count("assets") == before + 1
    uuid = form.record.uuid
    press(qtbot, K.Key_Down)  # the next kind
    new_kind = form.widgets["kind"].currentData()
    assert press(qtbot, K.Key_Tab) is form.widgets["category"]
    press(qtbot, K.Key_Down)  # its first category
    press(qtbot, K.Key_Tab)  # status
    assert press(qtbot, K.Key_Tab) is form.widgets["description"]
    type_text(qtbot, "Hot lunches on Fridays")
    press(qtbot, K.Key_Tab)  # address
    assert press(qtbot, K.Key_Tab) is form.widgets["postcode"]
    type_text(qtbot, "s1 2bj")
    press(qtbot, K.Key_Return)  # looks the postcode up and places the asset
    press(qtbot, K.Key_Tab)
    saved = w.project.find("assets", uuid)
    assert saved.name == "Keyboard Kitchen" and saved.recorded_by == "Kay Board"
    assert saved.kind == new_kind != "shared_space"
    assert saved.category == taxonomy().categories_of(new_kind)[0]
    assert saved.description == "Hot lunches on Fridays"
    assert saved.postcode == "S1 2BJ" and saved.location == pytest.approx(postcodes.lookup("S1 2BJ"))
    press(qtbot, K.Key_Z, CTRL)  # undo: the place goes again, one step at a time
    assert w.project.find("assets", uuid).location is None


def test_add_a_group_with_the_keyboard_alone(window, qtbot):
    w = window
    press(qtbot, K.Key_N, CTRL | SHIFT)  # Record → New group
    form = w.group_form
    assert focused() is form.widgets["name"]
    type_text(qtbot, "Keyboard Walkers")
    assert press(qtbot, K.Key_Tab) is form.widgets["group_type"]
    press(qtbot, K.Key_Down)
    chosen = form.widgets["group_type"].currentData()
    assert press(qtbot, K.Key_Tab) is form.widgets["description"]
    type_text(qtbot, "Walks every Sunday")
    assert press(qtbot, K.Key_Tab) is form.widgets["contact_phone"]  # Tab leaves the text box, never types a tab
    type_text(qtbot, "0114 496 0101")
    press(qtbot, K.Key_Tab)
    saved = w.project.find("groups", form.record.uuid)
    assert (saved.name, saved.group_type, saved.description, saved.contact_phone) == (
        "Keyboard Walkers", chosen, "Walks every Sunday", "0114 496 0101")
    assert w.groups.model.row_of(saved.uuid) is not None


def test_record_a_care_need_with_the_keyboard_alone(window, qtbot):
    from mapper.demo import DEMO_PASSPHRASE
    from mapper.domain.records import CareNeed

    w = window
    press(qtbot, K.Key_C, ALT)  # the "Care needs" tab
    assert w.tabs.currentWidget() is w.care_scroll
    panel = w.care_panel
    tab_to(qtbot, panel.pass_edit)
    type_text(qtbot, DEMO_PASSPHRASE)
    press(qtbot, K.Key_Return)
    assert panel.is_open
    before = w.project.count("care_needs")
    tab_to(qtbot, panel.new_button)
    press(qtbot, K.Key_Space)
    assert tab_to(qtbot, panel.hood_combo)
    press(qtbot, K.Key_Down)
    hood = panel.hood_combo.currentData()
    assert press(qtbot, K.Key_Tab) is panel.categories
    press(qtbot, K.Key_Down)  # the second need
    press(qtbot, K.Key_Space)  # ticked
    need_code = panel.categories.currentItem().data(Qt.ItemDataRole.UserRole)
    tab_to(qtbot, panel.notes_edit)
    type_text(qtbot, "Shopping help twice a week")
    assert press(qtbot, K.Key_Tab) is not panel.notes_edit  # Tab leaves the notes
    tab_to(qtbot, panel.consent_check)
    press(qtbot, K.Key_Space)
    tab_to(qtbot, panel.consent_by)
    press(qtbot, K.Key_A, CTRL)
    type_text(qtbot, "Kay Board")
    tab_to(qtbot, panel.consent_scope)
    type_text(qtbot, "Recording the need for a referral")
    assert panel.save_button.isEnabled()
    tab_to(qtbot, panel.save_button)
    press(qtbot, K.Key_Space)
    assert "Saved (encrypted)" in panel.message.text()
    assert w.project.count("care_needs") == before + 1
    needs = [n for n in w.project.records(CareNeed.TABLE) if n.notes == "Shopping help twice a week"]
    assert len(needs) == 1
    need = needs[0]
    assert need.neighbourhood == hood and need.categories == (need_code,)
    assert need.consent_by == "Kay Board" and need.consent_scope == "Recording the need for a referral"


def _is_save_dialog(w) -> bool:
    return isinstance(w, QFileDialog) and w.acceptMode() == QFileDialog.AcceptMode.AcceptSave


def test_export_for_the_coordinator_with_the_keyboard_alone(window, qtbot, tmp_path):
    w = window
    target = tmp_path / "for-coordinator"

    def name_the_file(dialog):
        edit = QApplication.focusWidget()
        assert edit is not None and dialog.isAncestorOf(edit), "the file name box has the focus"
        qtbot.keyClick(edit, K.Key_A, CTRL)
        qtbot.keyClicks(edit, str(target))  # no suffix typed
        qtbot.keyClick(edit, K.Key_Return)

    def for_my_coordinator(box):
        focus = QApplication.focusWidget()
        assert focus is not None and focus.text().replace("&", "") == "For my coordinator"  # the safe default
        qtbot.keyClick(focus, K.Key_Return)

    def no_key(dialog):
        qtbot.keyClick(QApplication.focusWidget(), K.Key_Escape)  # no key file: care needs stay here

    modals = Modals(qtbot, [
        (_is_save_dialog, name_the_file),
        (lambda m: isinstance(m, QMessageBox), for_my_coordinator),
        (lambda m: isinstance(m, QFileDialog) and m.acceptMode() == QFileDialog.AcceptMode.AcceptOpen, no_key),
    ])
    press(qtbot, K.Key_E, CTRL)  # File → Export (returns once the dialogs are answered)
    modals.check()
    qtbot.waitUntil(lambda: ops.running() == 0 and getattr(w, "export_done_box", None) is not None, timeout=60000)
    box = w.export_done_box
    out = tmp_path / "for-coordinator.gpkg"
    assert out.exists() and str(out.parent) in box.text().replace("\u2068", "").replace("\u2069", "")
    assert "care needs" in box.text().lower()
    with Project.open(out, readonly=True) as p:
        assert p.count("assets") == 324 and p.count("care_needs") == 0
    qtbot.waitUntil(lambda: box.isActiveWindow() or QApplication.activeModalWidget() is box, timeout=5000)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=5000)
    press(qtbot, K.Key_Return)  # closes the message
    assert not box.isVisible()


def test_the_record_list_is_one_tab_stop(window, qtbot):
    w = window
    press(qtbot, K.Key_F, CTRL)  # Edit → Find: the search box
    assert focused() is w.assets.search
    view = w.assets.view
    tab_to(qtbot, view)
    shown = w.asset_form.record.uuid if w.asset_form.record else None
    press(qtbot, K.Key_Down)  # arrows move inside the list and show the record
    uuid = w.asset_form.record.uuid
    assert uuid != shown and uuid == w.assets.selected_uuid()
    after = press(qtbot, K.Key_Tab)  # one press and the list is left, for the record's form
    assert after is w.asset_form.widgets["name"]
    assert w.asset_form.record.uuid == uuid  # Tab never changed the record
    press(qtbot, K.Key_Tab, SHIFT)
    assert focused() is view  # Shift+Tab comes back to the list, in one press
    assert press(qtbot, K.Key_Tab, SHIFT) is not view


def _ring_pixels(view) -> list[QColor]:
    image = view.grab().toImage()
    y = image.height() // 2
    return [image.pixelColor(x, y) for x in range(3)]


def test_the_focused_list_has_a_focus_ring_people_can_see(window, qtbot):
    w = window
    view = w.assets.view
    press(qtbot, K.Key_F, CTRL)
    unfocused = _ring_pixels(view)
    tab_to(qtbot, view)
    qtbot.wait(50)
    ring = _ring_pixels(view)
    blue = QColor("#1a5fb4")
    assert all(c == blue for c in ring), [c.name() for c in ring]  # three pixels wide, a strong blue
    assert all(c != blue for c in unfocused)


def test_no_text_box_traps_tab(window, qtbot):
    """Every multi-line text box passes Tab on (else a keyboard user is stuck in it)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    w = window
    w.act_new_asset.trigger()
    panel = w.care_panel
    boxes = [b for kind in (QPlainTextEdit, QTextEdit) for b in w.findChildren(kind) if not b.isReadOnly()]
    assert panel.notes_edit in boxes and w.asset_form.widgets["description"] in boxes
    trapping = [b.accessibleName() or b.placeholderText() for b in boxes if not b.tabChangesFocus()]
    assert not trapping, trapping
