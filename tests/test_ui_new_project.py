"""A new project starts with neighbourhoods: the Sheffield or South Yorkshire boundaries shipped with the app
(offline, in resources/boundaries), or a boundaries file of the user's own; never an empty grey map, never
over an existing file. Driven with the keyboard, as a person would; modal dialogs are driven from inside
their own event loop (QTimer), and always closed, so a failing test cannot hang."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

from mapper.domain.resources import RESOURCES  # noqa: E402
from mapper.formats import boundary_sets  # noqa: E402
from mapper.ui import app, ops, settings  # noqa: E402
from mapper.ui.first_start import NEW, FirstStartDialog  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from mapper.ui.new_project import NewProjectDialog  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def window(qtbot):
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def open_new_project_by_keyboard(qtbot, w) -> NewProjectDialog:
    """Alt+F opens File; N is New project's mnemonic."""
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert menu is w.file_menu, "Alt+F did not open the File menu"
    qtbot.keyClick(menu, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: isinstance(getattr(w, "new_project_box", None), NewProjectDialog)
                    and w.new_project_box.isVisible(), timeout=5000)
    dialog = w.new_project_box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.file, timeout=5000)  # typing starts there
    return dialog


def type_file_name(qtbot, dialog: NewProjectDialog, path: Path) -> None:
    field = dialog.file
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, str(path))


def wait_opened(qtbot, w, path: Path) -> None:
    qtbot.waitUntil(lambda: w.project is not None and w.project.path == path and ops.running() == 0, timeout=30000)
    back_to(qtbot, w)


def back_to(qtbot, w) -> None:
    """A dialog closed: the window manager gives the window the keyboard again (the offscreen platform has
    none, so the test does what it would)."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)


def test_shipped_boundaries_live_in_resources_and_every_set_loads():
    assert boundary_sets.BOUNDARIES == RESOURCES / "boundaries"
    expected = {"sheffield_neighbourhoods": (147, 28), "sheffield_wards": (28, 28),
                "south_yorkshire_wards": (91, 91), "south_yorkshire_districts": (4, 91)}
    assert [s.code for s in boundary_sets.SETS] == list(expected)
    for s in boundary_sets.SETS:
        assert s.path.is_file() and s.path.parent == RESOURCES / "boundaries"
        hoods, wards = boundary_sets.load(s)
        assert (len(hoods), len(wards)) == expected[s.code], s.code
        names = [n.name for n in hoods]
        assert len(set(names)) == len(names), f"{s.code}: two neighbourhoods with one name"
        assert all(n.ward for n in hoods) == s.in_a_ward, f"{s.code}: a neighbourhood without its ward"
    # two districts each have a "Central" ward: names say which
    sy = [n.name for n in boundary_sets.load(boundary_sets.boundary_set("south_yorkshire_wards"))[0]]
    assert "Central (Barnsley)" in sy and "Central (Doncaster)" in sy and "City (Sheffield)" in sy


def test_new_project_starts_with_the_sheffield_neighbourhoods(window, qtbot, tmp_path):
    w = window
    dialog = open_new_project_by_keyboard(qtbot, w)
    assert dialog.buttons["sheffield_neighbourhoods"].isChecked()  # the default: Sheffield's own map
    dialog.grab().save(str(screenshot_path("new_project.png", tmp_path)), "PNG")
    type_file_name(qtbot, dialog, tmp_path / "hillside")  # no .gpkg typed: it is added
    qtbot.keyClick(dialog.file, Qt.Key.Key_Return)  # Enter: Create project
    wait_opened(qtbot, w, tmp_path / "hillside.gpkg")
    assert w.project.count("neighbourhoods") == 147 and len(w.project.wards()) == 28
    assert w.hood.count() == 148  # All neighbourhoods + 147 to pick from
    assert "147 neighbourhoods" in w.statusBar().currentMessage()
    # the same neighbourhoods (same uuids) as every other laptop's project from the shipped set
    hoods, _ = boundary_sets.load(boundary_sets.DEFAULT)
    assert set(w.project.neighbourhood_names()) == {n.uuid for n in hoods}
    # an asset placed 14 km outside Sheffield asks first; one inside gets its neighbourhood
    asked = []
    w.ask = lambda title, text, yes, no: asked.append(text) or False
    qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.act_add_on_map.isChecked()
    w.map.mapClicked.emit(-1.70, 53.30)  # the map's own signal for a click
    form = w.asset_form
    qtbot.keyClicks(form.widgets["name"], "Moorland cafe")
    qtbot.keyClick(form.widgets["name"], Qt.Key.Key_Return)
    assert asked and "outside all 147 neighbourhoods" in asked[0]
    assert w.project.count("assets") == 0 and form.draft
    w.map.mapClicked.emit(-1.4702, 53.3811)  # the city centre
    qtbot.keyClick(form.widgets["name"], Qt.Key.Key_Return)
    uuid = form.record.uuid
    assert w.project.find("assets", uuid).neighbourhood in w.project.neighbourhood_names()


def test_choosing_south_yorkshire_wards_with_the_arrow_keys(window, qtbot, tmp_path):
    w = window
    dialog = open_new_project_by_keyboard(qtbot, w)
    type_file_name(qtbot, dialog, tmp_path / "county.gpkg")
    qtbot.keyClick(dialog.file, Qt.Key.Key_Tab)  # to "Choose where…"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the chosen neighbourhoods
    radio = QApplication.focusWidget()
    assert radio is dialog.buttons["sheffield_neighbourhoods"]
    qtbot.keyClick(radio, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert dialog.buttons["south_yorkshire_wards"].isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_opened(qtbot, w, tmp_path / "county.gpkg")
    names = set(w.project.neighbourhood_names().values())
    assert len(names) == 91 and "Central (Doncaster)" in names


def test_a_boundaries_file_of_ones_own(window, qtbot, tmp_path):
    own = tmp_path / "our-areas.geojson"
    square = [[[-1.50, 53.37], [-1.46, 53.37], [-1.46, 53.39], [-1.50, 53.39], [-1.50, 53.37]]]
    own.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Our Patch"}, "geometry": {"type": "Polygon", "coordinates": square}}]}))
    w = window
    dialog = open_new_project_by_keyboard(qtbot, w)
    type_file_name(qtbot, dialog, tmp_path / "patch.gpkg")
    dialog.buttons["own"].setFocus()
    qtbot.keyClick(dialog.buttons["own"], Qt.Key.Key_Space)
    assert dialog.own.isEnabled()
    dialog.own.setFocus()
    qtbot.keyClick(dialog.own, Qt.Key.Key_Return)  # no file named yet: the dialog says so and stays open
    assert dialog.isVisible() and "boundaries" in dialog.message.text()
    qtbot.keyClicks(dialog.own, str(own))
    qtbot.keyClick(dialog.own, Qt.Key.Key_Return)
    wait_opened(qtbot, w, tmp_path / "patch.gpkg")
    assert list(w.project.neighbourhood_names().values()) == ["Our Patch"]


def test_a_bad_boundaries_file_says_so_and_leaves_no_file(window, qtbot, tmp_path):
    bad = tmp_path / "points.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [-1.4, 53.3]}}]}))
    w = window
    w.create_project(tmp_path / "nope.gpkg", bad)
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "points.geojson" in boxes[-1].text() and "no polygons" in boxes[-1].text()
    assert w.project is None
    assert not list(tmp_path.glob("nope.gpkg*"))


def test_an_existing_file_is_never_written_over(window, qtbot, tmp_path):
    existing = tmp_path / "mine.gpkg"
    existing.write_bytes(b"someone's work")
    w = window
    dialog = open_new_project_by_keyboard(qtbot, w)
    type_file_name(qtbot, dialog, existing)
    qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
    assert dialog.isVisible() and "already a file" in dialog.message.text()
    assert existing.read_bytes() == b"someone's work"
    qtbot.keyClick(dialog.file, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and w.project is None


def test_start_mapping_at_first_start_asks_which_neighbourhoods(window, qtbot, monkeypatch, tmp_path):
    """The first-start choice "Start mapping my neighbourhood" leads to the same dialog (its real exec(),
    driven from inside its own event loop)."""
    w = window
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(FirstStartDialog, "chosen", lambda self: NEW)
    seen = []

    def drive():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, NewProjectDialog)
            seen.append(dialog)
            qtbot.keyClick(dialog.file, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(dialog.file, str(tmp_path / "first.gpkg"))
            qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave a modal dialog waiting

    QTimer.singleShot(0, drive)
    assert app.first_start(w) is None  # nothing else to open: the window makes this one
    assert seen
    wait_opened(qtbot, w, tmp_path / "first.gpkg")
    assert w.project.count("neighbourhoods") == 147


def test_a_bare_file_name_goes_where_file_dialogs_start_not_where_the_app_was_started(window, qtbot, tmp_path,
                                                                                     monkeypatch):
    started_in, documents = tmp_path / "launched-here", tmp_path / "Documents"
    started_in.mkdir()
    documents.mkdir()
    monkeypatch.chdir(started_in)
    settings.remember_folder(str(documents))
    dialog = open_new_project_by_keyboard(qtbot, window)
    type_file_name(qtbot, dialog, Path("Crookes map"))
    assert dialog.path() == documents / "Crookes map.gpkg"
    assert dialog.problem() is None
    dialog.reject()
