"""The window's neighbourhood profile (Edit → Neighbourhood profile…, Ctrl+Shift+P), driven by keyboard, and
the map's "Shading (indicator)" layer in the real web view."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QListWidget  # noqa: E402

from mapper.domain.records import CareNeed  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from mapper.ui.profile_view import BarChart, ProfileDialog  # noqa: E402
from tests.map_helpers import widget_fixture  # noqa: E402,F401 - the widget fixture
from tests.published_fixtures import XSS, add_markup_asset, build_small  # noqa: E402


@pytest.fixture
def small_path(project):
    add_markup_asset(build_small(project))
    path = project.path
    project.close()
    return path


@pytest.fixture
def window(qtbot, small_path):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(small_path, wait=True)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_dialog(qtbot, window) -> ProfileDialog:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or window.findChild(ProfileDialog),
                                       ProfileDialog))
    return window.findChild(ProfileDialog)


def test_profile_opens_by_keyboard_and_picks_areas(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.picker.currentText() == "The whole map"
    assert "5 assets" in dialog.summary.text()  # the coordinator's view: published or not (the markup one too)
    dialog.picker.setFocus()
    for _ in range(dialog.picker.count()):
        if dialog.picker.currentText() == "Crookes":
            break
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Down)
    assert dialog.picker.currentText() == "Crookes"
    assert dialog.profile.area.name == "Crookes"
    assert set(dialog.sections) >= {"kinds", "principles", "open", "gaps", "recent", "stale", "groups", "needs"}
    charts = dialog.scroll.widget().findChildren(BarChart)
    assert charts[0].accessibleDescription().startswith("Shared space: ")
    groups = dialog.sections["groups"].findChild(QListWidget)
    assert [groups.item(i).text() for i in range(groups.count())] == ["Crookes Friends (Voluntary or community organisation)"]
    needs = dialog.sections["needs"].findChild(QLabel)
    assert needs.text() == "Unlock care needs to see their counts here."
    dialog.close()


def pick(qtbot, dialog, text):
    dialog.picker.setFocus()
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Home)
    for _ in range(dialog.picker.count()):
        if dialog.picker.currentText() == text:
            return
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not among {[dialog.picker.itemText(i) for i in range(dialog.picker.count())]}")


def test_district_and_ward_profiles_are_separate_areas_in_the_window(qtbot, window):
    """South Yorkshire's districts and wards (shipped boundaries) are areas of their own in the picker."""
    dialog = open_dialog(qtbot, window)
    names = [dialog.picker.itemText(i) for i in range(dialog.picker.count())]
    assert names[:2] == ["The whole map", "District: Sheffield"] and "Ward: Crookes & Crosspool" in names
    pick(qtbot, dialog, "District: Sheffield")
    area = dialog.profile.area
    assert (area.level, area.key) == ("district", "E08000019")
    # Crookes and Walkley's assets, published or not, and the markup one placed in Crookes & Crosspool;
    # not the befriending, which has neither place nor neighbourhood
    assert "4 assets" in dialog.summary.text() and dialog.summary.text().startswith("Sheffield")
    pick(qtbot, dialog, "Ward: Crookes & Crosspool")
    assert (dialog.profile.area.level, dialog.profile.area.key) == ("ward", "E05010863")
    assert "4 assets" in dialog.summary.text()
    dialog.close()


def test_markup_names_are_plain_text_in_the_profile(qtbot, window):
    dialog = open_dialog(qtbot, window)
    texts = []
    for lst in dialog.scroll.widget().findChildren(QListWidget):
        texts += [lst.item(i).text() for i in range(lst.count())]
    assert any(t.startswith(XSS) for t in texts)  # shown as the text it is (recently changed)
    for label in dialog.scroll.widget().findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    dialog.close()


def test_private_profile_shows_suppressed_counts_while_unlocked(qtbot, project):
    build_small(project)
    crookes = project.conn.execute("SELECT uuid FROM neighbourhoods WHERE name='Crookes'").fetchone()[0]
    project.bulk_add([CareNeed(neighbourhood=crookes, categories=("food",), consent_by="a",
                               consent_at="2026-01-01") for _ in range(12)])
    dialog = ProfileDialog(project)
    qtbot.addWidget(dialog)
    dialog.select("neighbourhood", crookes)
    table = dialog.needs_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    row = {h: table.item(0, c).text() for c, h in enumerate(headers)}
    assert row["Area"] == "Crookes" and row["Food"] == "10" and row["Loneliness or isolation"] == "fewer than 10*"


OVERLAYS = "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))"
SWITCH = (f"(() => {{ const l = {OVERLAYS}.find(l => l.textContent.trim() === 'Shading (indicator)');"
          " const box = l.querySelector('input'); box.click(); return box.checked; })()")


@pytest.mark.web
def test_window_map_shades_neighbourhoods_by_an_indicator_with_a_legend(qtbot, widget, project):

    from mapper.mapview.indicator_layer import indicator_payload
    from tests.map_helpers import js, load, wait_js

    build_small(project)
    load(qtbot, widget, project)
    assert js(qtbot, widget, "MapperApp.shading.on") is False  # off until switched on
    assert js(qtbot, widget, SWITCH) is True
    wait_js(qtbot, widget, "MapperApp.shading.shaded === 3")
    want = {f["properties"]["id"]: f["properties"]["band"] for f in indicator_payload(project, "assets")["features"]}
    assert js(qtbot, widget, "MapperApp.shading.bands") == want
    legend = js(qtbot, widget, "document.querySelector('.nm-shading-legend').textContent")
    assert "Shade neighbourhoods by" in legend and "0" in legend
    js(qtbot, widget, "var s = document.querySelector('.nm-shading-indicator'); s.value = 'stale';"
                      "s.dispatchEvent(new Event('change')); 1")
    wait_js(qtbot, widget, "MapperApp.shading.code === 'stale' && MapperApp.shading.shaded === 3")
    stale = indicator_payload(project, "stale")["properties"]
    assert js(qtbot, widget, "MapperApp.shading.legend") == stale["legend"]
    assert not widget.guard.blocked and widget.page().errors() == []
