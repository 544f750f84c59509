"""Care needs at rest: sealed fields, the passphrase, locking, history and the access log."""

from __future__ import annotations

import pytest

from mapper.domain.errors import PrivacyError
from mapper.domain.records import Asset, CareNeed
from mapper.privacy import setup
from mapper.privacy.access_log import access_log
from mapper.privacy.codec import SEALED, PassphraseCodec
from mapper.store.codec import LockedCodec
from mapper.store.project import Project

PASS = "correct horse battery"
MARK = "zqx7needlemarker"


def _need(**kw) -> CareNeed:
    base = dict(categories=("loneliness", "food"), age_band="75-84", is_carer=True, urgency="high",
                consent_by="Test mapper", consent_at="2026-02-01T10:00:00Z", consent_scope="record and connect",
                notes=f"likes gardening {MARK}", approx_location="-1.47 53.38")
    base.update(kw)
    return CareNeed(**base)


def _raw(path) -> bytes:
    out = b""
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            out += p.read_bytes()
    return out


def test_sensitive_fields_are_sealed_in_the_file_and_open_when_unlocked(project):
    setup.set_passphrase(project, PASS)
    need = project.add(_need())
    stored = dict(project.conn.execute(
        "SELECT 'notes', notes FROM care_needs UNION ALL SELECT 'categories', categories FROM care_needs"))
    assert stored["notes"].startswith(SEALED) and MARK not in stored["notes"]
    assert stored["categories"].startswith(SEALED)
    status, hood = project.conn.execute("SELECT status, neighbourhood FROM care_needs").fetchone()
    assert status == "open"  # workflow status stays queryable
    back = project.get("care_needs", need.uuid)
    assert back.notes == need.notes and back.categories == ("loneliness", "food") and back.is_carer is True
    assert MARK.encode() not in _raw(project.path)
    assert PASS.encode() not in _raw(project.path)


def test_ciphertext_is_bound_to_its_record_and_field(project):
    setup.set_passphrase(project, PASS)
    a = project.add(_need(notes="first"))
    b = project.add(_need(notes="second"))
    sealed_a = project.conn.execute("SELECT notes FROM care_needs WHERE uuid=?", (a.uuid,)).fetchone()[0]
    with project.transaction():
        project.conn.execute("UPDATE care_needs SET notes=? WHERE uuid=?", (sealed_a, b.uuid))
    with pytest.raises(PrivacyError):
        project.get("care_needs", b.uuid)
    with project.transaction():  # same record, other field
        project.conn.execute("UPDATE care_needs SET consent_scope=? WHERE uuid=?", (sealed_a, a.uuid))
    with pytest.raises(PrivacyError):
        project.get("care_needs", a.uuid)


def test_reopened_project_is_locked_and_other_tables_work(project):
    setup.set_passphrase(project, PASS)
    need = project.add(_need())
    path = project.path
    project.close()
    with Project.open(path) as p:
        assert isinstance(p.codec, LockedCodec)
        with pytest.raises(PrivacyError, match="locked"):
            p.get("care_needs", need.uuid)
        with pytest.raises(PrivacyError, match="locked"):
            p.add(_need())
        asset = p.add(Asset(name="Hall", category="community_hub", kind="shared_space"))
        assert p.get("assets", asset.uuid).name == "Hall"
        assert p.count("care_needs") == 1
        setup.unlock(p, PASS)
        assert p.get("care_needs", need.uuid).notes == need.notes
        setup.lock(p)
        with pytest.raises(PrivacyError):
            p.get("care_needs", need.uuid)


def test_wrong_passphrase_is_one_clear_line(project):
    setup.set_passphrase(project, PASS)
    project.codec = LockedCodec()
    with pytest.raises(PrivacyError) as exc:
        setup.unlock(project, "not the passphrase")
    text = str(exc.value)
    assert "passphrase is wrong" in text and str(project.path) in text and "\n" not in text
    assert not setup.is_unlocked(project)
    assert [e["action"] for e in access_log(project)][-1] == "wrong passphrase"


def test_unprotected_project_cannot_be_unlocked_and_short_passphrase_refused(project):
    with pytest.raises(PrivacyError, match="no care-needs passphrase"):
        setup.unlock(project, PASS)
    with pytest.raises(PrivacyError, match="at least 8"):
        setup.set_passphrase(project, "short")
    setup.set_passphrase(project, PASS)
    with pytest.raises(PrivacyError, match="already"):
        setup.set_passphrase(project, PASS + "x")


class _OlderAppCodec:
    """Files made before care needs were refused without a passphrase hold them in plaintext: write some."""

    def seal(self, table, field, value, uuid=None):
        return value

    def open(self, table, field, stored, uuid=None):
        return stored


def test_store_refuses_a_sensitive_field_without_a_codec(project):
    with pytest.raises(PrivacyError, match="only stored encrypted"):
        project.add(_need())
    assert project.count("care_needs") == 0
    assert MARK.encode() not in _raw(project.path)


def test_setting_a_passphrase_seals_needs_recorded_before(project):
    project.codec = _OlderAppCodec()
    old = project.add(_need())
    gone = project.add(_need(notes=f"deleted {MARK}"))
    project.delete("care_needs", gone.uuid)
    project.codec = None
    assert MARK in project.conn.execute("SELECT notes FROM care_needs").fetchone()[0]
    assert MARK.encode() in _raw(project.path)  # the plaintext is in the -wal now
    setup.set_passphrase(project, PASS)
    # still open: the file, its -wal, its -shm and free pages hold no plaintext (checkpoint + VACUUM)
    assert MARK.encode() not in _raw(project.path)
    assert project.conn.execute("SELECT notes FROM care_needs").fetchone()[0].startswith(SEALED)
    tomb = project.conn.execute("SELECT data FROM nm_tombstones WHERE tbl='care_needs'").fetchone()[0]
    assert MARK not in tomb
    assert project.get("care_needs", old.uuid).notes == old.notes
    project.restore("care_needs", gone.uuid)
    assert project.get("care_needs", gone.uuid).notes == f"deleted {MARK}"
    assert MARK.encode() not in _raw(project.path)


def test_history_keeps_no_care_need_values(project):
    setup.set_passphrase(project, PASS)
    need = project.add(_need())
    need.notes = f"changed {MARK}"
    project.save(need)
    rows = project.conn.execute("SELECT old, new FROM nm_history WHERE tbl='care_needs'").fetchall()
    assert rows and all(MARK not in (o or "") + (n or "") for o, n in rows)
    fields = {h["field"]: h for h in project.history("care_needs", need.uuid)}
    assert fields["notes"]["new"] == "(sealed)"


def test_secure_delete_is_on(project):
    assert project.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    path = project.path
    project.close()
    with Project.open(path) as p:
        assert p.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_access_log_records_who_and_when_without_contents(project):
    setup.set_passphrase(project, PASS)
    project.add(_need())
    project.codec = LockedCodec()
    setup.unlock(project, PASS)
    setup.lock(project)
    log = access_log(project)
    assert [e["action"] for e in log] == ["set passphrase", "unlock", "lock"]
    assert all(e["who"] == "Test mapper" and e["at"] for e in log)
    assert not any(MARK in (e["detail"] or "") for e in log)


def test_setup_text_says_a_lost_passphrase_loses_the_needs():
    assert "cannot be recovered" in setup.SETUP_TEXT
    assert "never stored" in setup.SETUP_TEXT


def test_cli_new_sets_the_passphrase(tmp_path):
    from mapper.cli import main

    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n", encoding="utf-8")
    target = tmp_path / "new.gpkg"
    assert main(["new", str(target), "--passphrase-file", str(pf)]) == 0
    with Project.open(target) as p:
        assert setup.is_protected(p) and isinstance(p.codec, LockedCodec)
        assert isinstance(setup.unlock(p, PASS), PassphraseCodec)
    assert PASS.encode() not in _raw(target)


def test_cli_demo_with_passphrase_seals_the_demo_needs(tmp_path):
    from mapper.cli import main

    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n", encoding="utf-8")
    target = tmp_path / "demo.gpkg"
    assert main(["demo", str(target), "--passphrase-file", str(pf)]) == 0
    assert b"Fictional demo need" not in _raw(target)
    with Project.open(target) as p:
        assert p.count("care_needs") > 0
        assert all(n.startswith(SEALED) for (n,) in p.conn.execute("SELECT notes FROM care_needs"))
        setup.unlock(p, PASS)
        assert all(n.notes.startswith("Fictional demo need") for n in p.records("care_needs"))
