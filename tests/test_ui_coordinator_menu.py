"""The coordinator's key pair is under Coordinator, not offered to every volunteer in the care-needs panel."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QFileDialog  # noqa: E402

from mapper.privacy import keys, setup  # noqa: E402
from mapper.store.project import Project  # noqa: E402
from mapper.ui import settings  # noqa: E402
from mapper.ui.main_window import MainWindow, MapPlaceholder  # noqa: E402

PASS = "menu test passphrase"


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "coordinator.gpkg"
    with Project.create(path) as p:
        setup.set_passphrase(p, PASS)
    settings.set_mapper_name("Cora Ordinator")
    w = MainWindow(map_factory=MapPlaceholder)
    qtbot.addWidget(w)
    w.open_project(path, wait=True)
    w.show()
    return w


def _unlock(window, qtbot):
    window.tabs.setCurrentWidget(window.care_scroll)
    panel = window.care_panel
    qtbot.keyClicks(panel.pass_edit, PASS)
    qtbot.keyClick(panel.pass_edit, Qt.Key.Key_Return)
    assert panel.is_open


def test_care_needs_panel_offers_no_coordinator_keys_to_a_volunteer(window, qtbot):
    _unlock(window, qtbot)
    texts = [b.text().lower() for b in window.care_panel.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    assert texts and not [t for t in texts if "key" in t]
    menus = [m.title().replace("&", "") for m in window.menuBar().findChildren(type(window.coordinator_menu))]
    assert "Coordinator" in menus
    assert window.act_coordinator_key in window.coordinator_menu.actions()
    assert window.act_merge in window.coordinator_menu.actions()
    assert window.act_review in window.coordinator_menu.actions()


def test_coordinator_saves_public_key_from_the_menu(window, qtbot, tmp_path, monkeypatch):
    # locked: the menu item says what to do first, where the eye is, and makes nothing
    window.tabs.setCurrentIndex(0)
    window.act_coordinator_key.trigger()
    assert window.tabs.currentWidget() is window.care_scroll
    assert "passphrase" in window.care_panel.message.text()
    assert window.care_panel.message.isVisibleTo(window)
    assert not keys.has_coordinator_keys(window.project)
    _unlock(window, qtbot)
    target = tmp_path / "for mappers"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.act_coordinator_key.trigger()
    saved = tmp_path / "for mappers.nmkey"
    assert saved.exists() and keys.has_coordinator_keys(window.project)
    fingerprint = keys.fingerprint(keys.load_public_key(saved))
    assert fingerprint in window.care_panel.keys_label.text() and window.care_panel.keys_label.isVisibleTo(window)
