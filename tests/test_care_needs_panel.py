"""The care-needs tab: recording needs consent, it locks when idle, and Connect suggests and records."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mapper.domain.records import Asset, CareNeed, Neighbourhood
from mapper.privacy import setup
from mapper.privacy.access_log import access_log
from mapper.store.codec import LockedCodec
from mapper.ui.care_needs import IDLE_TIMEOUT_MS, CareNeedsPanel

PASS = "panel passphrase"
SQUARE = {"type": "MultiPolygon", "coordinates": [[[[-1.50, 53.30], [-1.40, 53.30], [-1.40, 53.40],
                                                    [-1.50, 53.40], [-1.50, 53.30]]]]}


def _check(panel, code):
    for i in range(panel.categories.count()):
        item = panel.categories.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            item.setCheckState(Qt.CheckState.Checked)


def test_setup_then_recording_needs_consent(qtbot, project):
    project.add(Neighbourhood(name="Hillside", geometry=SQUARE))
    panel = CareNeedsPanel(project)
    qtbot.addWidget(panel)
    assert panel.stack.currentIndex() == panel.SETUP
    panel.new_pass.setText(PASS)
    panel.new_pass2.setText(PASS + "typo")
    qtbot.mouseClick(panel.set_button, Qt.MouseButton.LeftButton)
    assert "not the same" in panel.message.text() and not setup.is_protected(project)
    panel.new_pass2.setText(PASS)
    qtbot.mouseClick(panel.set_button, Qt.MouseButton.LeftButton)
    assert setup.is_protected(project) and panel.is_open

    _check(panel, "loneliness")
    panel.hood_combo.setCurrentIndex(1)
    panel.notes_edit.setPlainText("enjoys singing")
    panel.consent_scope.setText("")
    assert not panel.save_button.isEnabled()  # no consent yet
    assert panel.save() is False and project.count("care_needs") == 0
    assert "Consent is required" in panel.message.text()

    panel.consent_check.setChecked(True)
    panel.consent_by.setText("Test mapper")
    assert not panel.save_button.isEnabled()  # still: what was agreed?
    panel.consent_scope.setText("to be recorded and connected to local groups")
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert project.count("care_needs") == 1
    need = next(project.records("care_needs"))
    assert need.categories == ("loneliness",) and need.notes == "enjoys singing"
    assert need.consent_by == "Test mapper" and need.consent_scope.startswith("to be recorded")
    assert need.consent_at and need.consent_at.endswith("Z")
    stored = project.conn.execute("SELECT notes, consent_scope FROM care_needs").fetchone()
    assert all(v.startswith("nm1:") for v in stored)
    assert panel.need_list.count() == 1 and "Hillside" in panel.need_list.item(0).text()


def test_locks_after_idle_and_clears_what_it_showed(qtbot, project):
    assert IDLE_TIMEOUT_MS == 15 * 60 * 1000
    setup.set_passphrase(project, PASS)
    project.add(CareNeed(categories=("food",), consent_by="a", consent_at="2026-01-01", notes="secret note"))
    setup.lock(project)
    panel = CareNeedsPanel(project, idle_timeout_ms=150)
    qtbot.addWidget(panel)
    assert panel.stack.currentIndex() == panel.LOCKED
    panel.pass_edit.setText("wrong passphrase")
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert "passphrase is wrong" in panel.message.text() and not panel.is_open
    panel.pass_edit.setText(PASS)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert panel.is_open and panel.need_list.count() == 1
    panel.need_list.setCurrentRow(0)
    assert panel.notes_edit.toPlainText() == "secret note"
    with qtbot.waitSignal(panel.locked, timeout=5000):
        pass
    assert panel.stack.currentIndex() == panel.LOCKED
    assert isinstance(project.codec, LockedCodec)
    assert panel.need_list.count() == 0 and panel.notes_edit.toPlainText() == ""
    actions = [e["action"] for e in access_log(project)]
    assert actions[-3:] == ["unlock", "open", "lock"]


def test_activity_restarts_the_idle_timer(qtbot, project):
    setup.set_passphrase(project, PASS)
    panel = CareNeedsPanel(project, idle_timeout_ms=60_000)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.is_open and panel.idle_timer.isActive()
    qtbot.wait(50)
    before = panel.idle_timer.remainingTime()
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_A)  # typing in the panel counts as activity
    assert panel.idle_timer.remainingTime() > before
    qtbot.mouseClick(panel.lock_button, Qt.MouseButton.LeftButton)
    assert not panel.is_open and not panel.idle_timer.isActive()


def test_connect_suggestions_and_recording(qtbot, project):
    setup.set_passphrase(project, PASS)
    hood = project.add(Neighbourhood(name="Hillside", geometry=SQUARE))
    near = project.add(Asset(name="Near food bank", kind="everyday_help", category="food_project",
                             location=(-1.451, 53.351)))
    project.add(Asset(name="Far cafe", kind="shared_space", category="cafe", location=(-1.41, 53.39)))
    project.add(Asset(name="Closed pantry", kind="everyday_help", category="food_project",
                      location=(-1.45, 53.35), status="closed"))
    need = project.add(CareNeed(neighbourhood=hood.uuid, categories=("food",), consent_by="a",
                                consent_at="2026-01-01", approx_location="-1.45 53.35"))
    panel = CareNeedsPanel(project)
    qtbot.addWidget(panel)
    panel.need_list.setCurrentRow(0)
    names = [s.name for s in panel.suggestions()]
    assert names == ["Near food bank", "Far cafe", "Closed pantry"]
    assert panel.suggestion_list.count() == 3 and "Near food bank" in panel.suggestion_list.item(0).text()
    panel.suggestion_list.setCurrentRow(0)
    qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
    got = project.get("care_needs", need.uuid)
    assert got.status == "connected" and got.connections == (near.uuid,)
    assert "Connected" in panel.need_list.item(0).text()
    assert [s.name for s in panel.suggestions()] == ["Far cafe", "Closed pantry"]


def test_coordinator_makes_keys_in_the_app(qtbot, project, tmp_path):
    from mapper.privacy import keys

    setup.set_passphrase(project, PASS)
    panel = CareNeedsPanel(project)
    qtbot.addWidget(panel)
    out = panel.save_coordinator_key(tmp_path / "coordinator.nmkey")
    assert out is not None and keys.has_coordinator_keys(project)
    public = keys.load_public_key(out)
    assert keys.fingerprint(public) in panel.keys_label.text()
    assert panel.save_coordinator_key(tmp_path / "again.nmkey") is not None  # same pair, not replaced
    assert keys.fingerprint(keys.load_public_key(tmp_path / "again.nmkey")) == keys.fingerprint(public)


def test_idle_lock_on_a_busy_file_clears_first_and_logs_later(qtbot, project, monkeypatch):
    """A merge holding the write lock: the screen is cleared and the key forgotten at once; the access
    log entry is written when the file is free again."""
    import sqlite3

    import mapper.ui.care_needs as panel_mod

    monkeypatch.setattr(panel_mod, "LOG_RETRY_MS", 50)
    setup.set_passphrase(project, PASS)
    project.add(CareNeed(categories=("food",), consent_by="a", consent_at="2026-01-01", notes="secret note"))
    panel = CareNeedsPanel(project, idle_timeout_ms=60_000)
    qtbot.addWidget(panel)
    panel.show()
    panel.need_list.setCurrentRow(0)
    assert panel.notes_edit.toPlainText() == "secret note"
    writer = sqlite3.connect(project.path, isolation_level=None, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # another connection holds the write lock
    try:
        panel.idle_timer.setInterval(10)
        panel.idle_timer.start()
        with qtbot.waitSignal(panel.locked, timeout=5000):
            pass
        assert isinstance(project.codec, LockedCodec)
        assert panel.need_list.count() == 0 and panel.notes_edit.toPlainText() == ""
        assert panel.log_retry.isActive()
        qtbot.wait(120)
        assert [e["action"] for e in access_log(project)][-1] != "lock"  # still waiting
    finally:
        writer.execute("COMMIT")
        writer.close()
    qtbot.waitUntil(lambda: [e["action"] for e in access_log(project)][-1] == "lock", timeout=5000)
