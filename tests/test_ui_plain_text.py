"""Record data in the window is text, never markup: names like ``<b>x</b><img src=...>`` in every kind of
record, opened in the window's views (record panel, history, review, import preview, care needs, the
error, question and merge boxes), leave every QLabel that shows them in Qt.PlainText, and tooltips escaped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from mapper.domain.errors import MapperError
from mapper.domain.records import Asset, Group, Neighbourhood
from mapper.sync.merge import merge_files
from mapper.ui import settings
from mapper.ui.main_window import MainWindow, MapPlaceholder
from tests.test_merge_helpers import make_trio

MARK = "<b>"  # what marks record data in a label's text (file names cannot hold the "/" of "</b>")
HOSTILE = f"{MARK}x</b><img src=\"file:///etc/hostname\"><a href='http://example.invalid'>link</a>"
SQUARE = {"type": "Polygon", "coordinates": [[[-1.52, 53.36], [-1.44, 53.36], [-1.44, 53.40], [-1.52, 53.40],
                                              [-1.52, 53.36]]]}


def data_labels() -> list[QLabel]:
    """Every QLabel of every window and dialog now open whose text holds record data."""
    found = {}
    for top in QApplication.topLevelWidgets():
        for label in [top, *top.findChildren(QLabel)] if isinstance(top, QLabel) else top.findChildren(QLabel):
            if MARK in label.text():
                found[id(label)] = label
    return list(found.values())


def rich(labels: list[QLabel]) -> list[str]:
    out = []
    for label in labels:
        if label.textFormat() != Qt.TextFormat.PlainText:
            chain, w = [], label
            while w is not None:
                chain.append(w.objectName() or type(w).__name__)
                w = w.parentWidget()
            out.append(f"{' < '.join(chain)}: {label.text()[:60]!r}")
    return out


@pytest.fixture
def hostile_project(tmp_path):
    """A coordinator's project after a merge: a conflict and a possible duplicate, all named with markup."""
    a, b, c, hall = make_trio(tmp_path)
    a.now += 100
    a.p.update("assets", hall, {"name": f"Hall A {HOSTILE}"})
    a.p.add(Asset(name=f"Oakwood Library {HOSTILE}", location=(-1.5001, 53.4001), contact_phone="0114 273 4567"))
    b.now += 200
    b.p.update("assets", hall, {"name": f"Hall B {HOSTILE}"})
    b.p.add(Asset(name=f"Oakwood library {HOSTILE}", location=(-1.5002, 53.4002)))
    hood = b.p.add(Neighbourhood(name=f"Hood {HOSTILE}", geometry=SQUARE))
    b.p.add(Group(name=f"Group {HOSTILE}", description=HOSTILE, neighbourhoods=(hood.uuid,)))
    merge_files(c.p, [a.export(tmp_path / f"a {MARK}x.gpkg"), b.export(tmp_path / "b.gpkg")])
    for r in (a, b):
        r.close()
    c.p.set_setting("passphrase_hint", f"hint {HOSTILE}")
    path = c.p.path
    c.close()
    return path, hall


def test_every_label_showing_record_data_is_plain_text(qtbot, hostile_project, tmp_path, monkeypatch):
    path, hall = hostile_project
    settings.set_mapper_name(f"Mapper {HOSTILE}")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(path, wait=True)
    w.show()
    seen: dict[str, int] = {}

    def check(view: str) -> None:
        labels = data_labels()
        assert not rich(labels), f"{view}: labels showing data as rich text:\n" + "\n".join(rich(labels))
        seen[view] = len(labels)

    # the record panel: an asset (its name in the heading), a group
    w.show_record("assets", hall)
    check("asset")
    group = w.project.conn.execute("SELECT uuid FROM groups").fetchone()[0]
    w.show_record("groups", group)
    check("group")
    # an edit, then its undo tooltip quotes the name: escaped, never markup
    w.show_record("assets", hall)
    name = w.asset_form.widgets["name"]
    name.setFocus()
    name.setText(f"Renamed {HOSTILE}")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.undo_stack.count() == 1)
    tip = w.act_undo.toolTip()
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and MARK not in tip
    check("asset renamed")
    # its history
    history = w.show_history()
    qtbot.addWidget(history)
    check("history")
    history.close()
    # the review of the merge's conflict and pair
    from mapper.ui.review import ReviewDialog

    review = ReviewDialog(w.project, w)
    qtbot.addWidget(review)
    review.show()
    assert review.conflict_list.count() == 1 and review.pair_list.count() >= 1
    check("review")
    review.close()
    # messages: an error quoting a value, a question quoting a name, the merge summary quoting a file
    box = w.show_error(MapperError(f"cannot read {HOSTILE}"))
    check("error")
    assert seen["error"] >= 1
    box.close()
    asked = {}

    def answer():
        asked["labels"] = rich(data_labels())
        asked["count"] = len(data_labels())
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QMessageBox) and top.isVisible():
                top.reject()

    QTimer.singleShot(100, answer)
    w._ask("Similar asset nearby", f"“{HOSTILE}” is 20 m away. Add anyway?", "Add", "Cancel")
    assert asked["count"] >= 1 and asked["labels"] == []

    class Summary:
        conflicts = possible_duplicates = 0

        def text(self):
            return f"merged a {MARK}x.gpkg"

    summary = w.show_merge_summary(Summary())
    check("merge summary")
    summary.close()
    # an import preview of a file whose header and name hold markup
    from mapper.ui.import_dialog import ImportDialog

    csv = tmp_path / f"{MARK}x.csv"
    csv.write_text(f"name,{HOSTILE}\nOne,two\n", encoding="utf-8")
    dialog = ImportDialog(csv, w)
    qtbot.addWidget(dialog)
    dialog.show()
    check("import preview")
    dialog.close()
    # the care-needs unlock page shows the project's hint
    from mapper.privacy.setup import lock, set_passphrase
    from mapper.ui.care_needs import CareNeedsPanel

    set_passphrase(w.project, "correct horse battery staple")
    lock(w.project)
    panel = CareNeedsPanel(w.project)
    qtbot.addWidget(panel)
    panel.show()
    check("care needs")
    # the views above did put record data into labels (so the walk looked at something)
    for view in ("asset", "group", "history", "error", "merge summary", "import preview", "care needs"):
        assert seen[view] >= 1, view


def test_the_walk_finds_a_rich_label(qtbot):
    """The check above would catch an ordinary QLabel showing a name."""
    label = QLabel(f"Name {HOSTILE}")
    qtbot.addWidget(label)
    label.show()
    assert rich(data_labels())
