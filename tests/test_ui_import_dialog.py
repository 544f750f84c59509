"""File -> Import in the window: the preview dialog, changing a column's field, Import and Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QTableWidget,
    QWidget,
)

from mapper.ui import ops  # noqa: E402
from mapper.ui.import_dialog import ImportDialog  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402

DATA = Path(__file__).parent / "data" / "foreign"


def _sheet(tmp_path) -> Path:
    f = tmp_path / "from the community centre.csv"
    f.write_text("Organisation,What happens,Post Code\n"
                 "Tuesday Tool Library,Borrow a drill for free,S1 2BJ\n"
                 "Knit and Natter,Knitting and tea,S1 2BJ\n", encoding="utf-8")
    return f


@pytest.fixture
def window(qtbot, project):
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    path = project.path
    project.close()
    w.open_project(path, wait=True)
    return w


def _run_file_menu_import(qtbot, w, monkeypatch, f: Path, interact) -> list[str]:
    """Trigger File -> Import with ``f`` chosen; ``interact(dialog)`` runs inside the modal dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f)], ""))
    seen: list[str] = []

    def inside():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportDialog):
            QTimer.singleShot(20, inside)
            return
        seen.append(dialog.windowTitle())
        interact(dialog)

    QTimer.singleShot(0, inside)
    w.act_import.trigger()
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=30000)
    return seen


def _own_control(c: QWidget) -> bool:
    """A control the user reaches (not a part inside a combo box or a table)."""
    inside = (QComboBox, QAbstractItemView)
    return (isinstance(c, (QAbstractButton, QComboBox, QAbstractItemView)) and not c.objectName().startswith("qt_")
            and not isinstance(c.parentWidget(), inside) and not isinstance(c.parentWidget().parentWidget(), inside))


def test_dialog_shows_preview_mapping_and_warnings_with_accessible_names(qtbot, tmp_path):
    d = ImportDialog(_sheet(tmp_path))
    qtbot.addWidget(d)
    table = d.findChild(QTableWidget, "importPreview")
    assert (table.rowCount(), table.columnCount()) == (2, 3)
    assert table.item(0, 1).text() == "Borrow a drill for free"
    assert table.horizontalHeaderItem(0).text() == "Organisation\n→ Name"
    assert {h: d.field_of(h) for h in d.combos} == {"Organisation": "name", "What happens": None,
                                                     "Post Code": "postcode"}
    warnings = [d.warnings.item(i).text() for i in range(d.warnings.count())]
    assert "no coordinates: rows will be placed by postcode" in warnings
    assert not d.boundaries.isVisible() and not d.as_neighbourhoods()
    assert d.mapping() == {}  # nothing changed: the automatic match
    controls = [c for c in d.findChildren(QWidget) if _own_control(c) and c.isVisibleTo(d)]
    assert len(controls) == 7  # 3 column combos, the table, the warnings, Import, Cancel
    assert all(c.accessibleName() for c in controls), [c for c in controls if not c.accessibleName()]


def test_changing_a_column_updates_header_and_frees_the_field_elsewhere(qtbot, tmp_path):
    d = ImportDialog(_sheet(tmp_path))
    qtbot.addWidget(d)
    d.set_field("What happens", "name")
    assert d.field_of("Organisation") is None  # one column per field
    assert d.mapping() == {"What happens": "name", "Organisation": None}
    assert d.findChild(QTableWidget, "importPreview").horizontalHeaderItem(1).text() == "What happens\n→ Name"


def test_polygon_file_offers_boundaries_and_their_mapping(qtbot):
    d = ImportDialog(DATA / "fiona_test_uk.gpkg")
    qtbot.addWidget(d)
    d.show()
    assert d.boundaries.isVisible() and d.boundaries.isChecked()  # a file of areas: boundaries, ticked
    assert "EPSG" not in d.source_info.text() and "POLYGON" not in d.source_info.text()  # no jargon
    assert "areas on a map" in d.source_info.text() and "EPSG:4326" in d.source_info.toolTip()
    assert d.choice().as_neighbourhoods
    warnings = [d.warnings.item(i).text() for i in range(d.warnings.count())]
    assert not any("holds polygons" in w for w in warnings)


def test_file_import_with_a_changed_mapping_imports_that_column(qtbot, window, monkeypatch, tmp_path):
    f = _sheet(tmp_path)

    def change_and_accept(dialog):
        dialog.set_field("What happens", "description")
        dialog.import_button.click()

    seen = _run_file_menu_import(qtbot, window, monkeypatch, f, change_and_accept)
    assert seen == [f"Import {f.name}"]
    assert window.assets.model.total == 2  # the list was refreshed
    tools = next(a for a in window.project.records("assets") if a.name == "Tuesday Tool Library")
    assert tools.description == "Borrow a drill for free"
    assert tools.location is not None  # placed by postcode
    # a summary says what came in, and that Ctrl+Z cannot take the import back
    text = window.import_summary_box.text()
    assert f"{f.name}: 2 added" in text and "Ctrl+Z" in text
    window.import_summary_box.grab().save(str(screenshot_path("import_summary.png", tmp_path)), "PNG")


def test_cancel_imports_nothing(qtbot, window, monkeypatch, tmp_path):
    seen = _run_file_menu_import(qtbot, window, monkeypatch, _sheet(tmp_path),
                                 lambda dialog: dialog.cancel_button.click())
    assert len(seen) == 1
    assert window.project.count("assets") == 0 and window.assets.model.total == 0


def test_a_file_that_cannot_be_read_is_shown_as_one_error(qtbot, window, monkeypatch, tmp_path):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("just text", encoding="utf-8")
    shown = []
    monkeypatch.setattr("mapper.ui.import_dialog.show_error", lambda parent, exc, doing=None: shown.append(str(exc)))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bad)], ""))
    window.act_import.trigger()
    assert len(shown) == 1 and "notes.gpkg" in shown[0] and "not a GeoPackage" in shown[0]
    assert ops.running() == 0 and window.project.count("assets") == 0


def test_our_own_export_needs_no_mapping(qtbot, project, tmp_path):
    from mapper.domain.records import Asset
    from mapper.formats.api import export_file

    project.add(Asset(name="Cafe", category="cafe", kind="shared_space", location=(-1.47, 53.38)))
    out = tmp_path / "for-coordinator.gpkg"
    export_file(project, out, public=False, kind="all")
    d = ImportDialog(out)
    qtbot.addWidget(d)
    assert not d.combos and d.choice().mapping is None
    assert any("Neighbourhood Mapper file" in d.warnings.item(i).text() for i in range(d.warnings.count()))


def test_importing_boundaries_gives_assets_already_recorded_their_neighbourhood(qtbot, window, monkeypatch):
    from mapper.domain.records import Asset

    p = window.project
    placed = p.add(Asset(name="Winter Garden benches", kind="shared_space", category="community_hub",
                         location=(-1.4701, 53.3801)))
    unplaced = p.add(Asset(name="Phone befriending", kind="shared_space", category="community_hub"))
    window.reload_all()
    assert p.get("assets", placed.uuid).neighbourhood is None
    boundaries = Path(__file__).parent.parent / "resources" / "boundaries" / "sheffield_neighbourhoods_147.geojson"
    _run_file_menu_import(qtbot, window, monkeypatch, boundaries, lambda dialog: dialog.import_button.click())
    hood = window.project.get("assets", placed.uuid).neighbourhood
    assert hood is not None and hood in window.project.neighbourhood_names()
    assert window.project.get("assets", unplaced.uuid).neighbourhood is None
    assert "1 asset already recorded given its neighbourhood" in window.import_summary_box.text()
    # the picker now offers the boundaries, and choosing that neighbourhood lists the asset
    window.hood.setCurrentIndex(window.hood.findData(hood))
    qtbot.waitUntil(lambda: window.assets.model.total == 1)
    assert window.assets.model.uuid_at(0) == placed.uuid
