"""Export as a volunteer meets it: a suggested name in the last folder used, a name typed without a suffix
still works, and afterwards plain words say what was written, where, and what stayed behind and why."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFileDialog  # noqa: E402

from mapper.ui import ops, settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402
from tests.paths import screenshot_path  # noqa: E402


@pytest.fixture
def window(qtbot, demo_path):
    settings.set_mapper_name("Sam Tester")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.open_project(demo_path, wait=True)
    w.show()
    return w


def test_export_for_the_coordinator_without_a_suffix_or_key_says_what_stayed_behind(window, qtbot, tmp_path,
                                                                                  monkeypatch):
    w = window
    seen = {}

    def save_dialog(parent, title, start, filters):
        seen["start"] = start
        seen["filters"] = filters
        return str(tmp_path / "for sam's coordinator"), filters.split(";;")[0]  # typed without .gpkg

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))  # no coordinator key
    w.ask = lambda title, text, yes, no: False  # "For my coordinator"
    w.act_export.trigger()
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=60000)
    assert seen["start"].endswith(".gpkg") and "sam-tester" in seen["start"]  # a suggested name
    out = tmp_path / "for sam's coordinator.gpkg"
    assert out.exists()
    box = w.export_done_box
    text = box.text()
    assert "ExportReport" not in text and "PosixPath" not in text
    assert out.name in text and str(tmp_path) in text and "assets" in text
    assert "care needs" in text and "stay on this laptop" in text
    box.grab().save(str(screenshot_path("export_done.png", tmp_path)), "PNG")
    box.close()
    # the next file dialog starts where the last export went
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filters: (
        seen.update(second=start) or ("", "")))
    w.act_export.trigger()
    assert seen["second"].startswith(str(tmp_path))


def test_html_map_export_says_what_was_written_in_plain_words(window, qtbot, tmp_path, monkeypatch):
    w = window
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "our map"),
                                                                    "Public web map, one file (*.html)"))
    w.act_export.trigger()
    qtbot.waitUntil(lambda: ops.running() == 0, timeout=60000)
    assert (tmp_path / "our map.html").exists()
    text = w.export_done_box.text()
    assert "HtmlExportReport" not in text and "our map.html" in text and "May appear on public maps" in text


def test_coordinator_key_is_saved_as_nmkey_and_says_where(qtbot, project, tmp_path):
    from mapper.privacy import setup
    from mapper.ui.care_needs import CareNeedsPanel

    setup.set_passphrase(project, "coordinator passphrase")
    panel = CareNeedsPanel(project)
    qtbot.addWidget(panel)
    out = panel.save_coordinator_key(tmp_path / "coordinator")
    assert out == tmp_path / "coordinator.nmkey" and out.exists()
    assert "coordinator.nmkey" in panel.keys_label.text() and str(tmp_path) in panel.keys_label.text()
