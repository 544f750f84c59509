"""Photos in the record panel, driven as a volunteer would: remove (undoable), enlarge, caption."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from mapper.store import queries  # noqa: E402
from mapper.store.project import Project  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from mapper.ui.photos import PhotoViewer  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402


@pytest.fixture
def window(qtbot, demo_path):
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(demo_path, wait=True)
    w.show()
    return w


def _png(path, colour, size=(800, 600)):
    img = QImage(*size, QImage.Format.Format_RGB32)
    img.fill(QColor(colour))
    assert img.save(str(path), "PNG")
    return path


def _record_with_photos(window, tmp_path):
    uuid = window.assets.model.uuid_at(0)
    window.show_record("assets", uuid)
    form = window.asset_form
    form.add_photo(_png(tmp_path / "front door.png", "#2a7"))
    form.add_photo(_png(tmp_path / "garden.png", "#a72"))
    assert form.photos.thumbs.count() == 2
    return uuid, form


def _click_thumb(qtbot, strip, row):
    rect = strip.thumbs.visualItemRect(strip.thumbs.item(row))
    qtbot.mouseClick(strip.thumbs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert strip.thumbs.currentRow() == row


def test_remove_photo_by_keyboard_and_undo_puts_it_back(window, qtbot, tmp_path):
    uuid, form = _record_with_photos(window, tmp_path)
    strip = form.photos
    before = queries.photos_of(window.project.conn, uuid)
    _click_thumb(qtbot, strip, 0)
    qtbot.keyClick(strip.thumbs, Qt.Key.Key_Delete)
    left = queries.photos_of(window.project.conn, uuid)
    assert [p.original_name for p in left] == ["garden.png"]
    assert strip.thumbs.count() == 1
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = queries.photos_of(window.project.conn, uuid)
    assert {(p.uuid, p.original_name, p.data) for p in back} == {(p.uuid, p.original_name, p.data) for p in before}
    assert strip.thumbs.count() == 2
    # the Remove button does the same for the one chosen
    garden = [p.original_name for p in strip.photos].index("garden.png")
    _click_thumb(qtbot, strip, garden)
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert [p.original_name for p in queries.photos_of(window.project.conn, uuid)] == ["front door.png"]


def test_enlarge_photo_and_caption_is_kept_as_plain_text(window, qtbot, tmp_path):
    uuid, form = _record_with_photos(window, tmp_path)
    strip = form.photos
    assert not strip.view_button.isEnabled()  # nothing chosen yet
    _click_thumb(qtbot, strip, 0)
    qtbot.keyClick(strip.thumbs, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert isinstance(viewer, PhotoViewer) and viewer.isVisible()
    # large: far bigger than the 96x72 thumbnail
    assert viewer.picture.pixmap().width() >= 400
    caption = "  <b>Front</b> door,   new ramp "
    viewer.caption.setFocus()
    qtbot.keyClicks(viewer.caption, caption)
    out = screenshot_path("photo_viewer.png", tmp_path)
    assert viewer.grab().toImage().save(str(out), "PNG")
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    stored = queries.photos_of(window.project.conn, uuid)[0]
    assert stored.caption == "<b>Front</b> door, new ramp"  # one line of text, not markup
    # shown as text: the tooltip is escaped, nothing renders the markup
    tip = strip.thumbs.item(0).toolTip()
    assert "<b>" not in tip and "&lt;b&gt;" in tip
    # the caption survives closing and reopening the project
    path = window.project.path
    window.project.close()
    with Project.open(path) as p:
        assert queries.photos_of(p.conn, uuid)[0].caption == "<b>Front</b> door, new ramp"
    window.open_project(path, wait=True)
    window.show_record("assets", uuid)
    _click_thumb(qtbot, window.asset_form.photos, 0)
    button = window.asset_form.photos.view_button
    qtbot.waitUntil(lambda: button.height() > 0, timeout=5000)  # laid out: there to be clicked
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    viewer = window.asset_form.photos.viewer
    assert viewer.caption.text() == "<b>Front</b> door, new ramp"
    for label in viewer.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<b>" not in label.text()
    viewer.caption.selectAll()
    qtbot.keyClick(viewer.caption, Qt.Key.Key_Backspace)
    viewer.reject()
    assert queries.photos_of(window.project.conn, uuid)[0].caption is None
    window.undo_stack.undo()  # a caption change is one undo step
    assert queries.photos_of(window.project.conn, uuid)[0].caption == "<b>Front</b> door, new ramp"


def test_caption_pasted_with_line_breaks_is_kept_as_one_line(window, qtbot, tmp_path):
    uuid, form = _record_with_photos(window, tmp_path)
    _click_thumb(qtbot, form.photos, 1)
    viewer = form.photos.enlarge()
    viewer.caption.insert("Ramp\tat the\x00 back")  # what a paste from another program can bring
    viewer.accept()
    assert queries.photos_of(window.project.conn, uuid)[1].caption == "Ramp at the back"
