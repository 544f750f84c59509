"""Mapper -> coordinator with keys: sealed to the coordinator's public key, merged without a passphrase,
opened only by that coordinator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mapper.domain.errors import PrivacyError
from mapper.domain.records import CareNeed, Neighbourhood
from mapper.formats.api import export_file
from mapper.privacy import keys, setup
from mapper.privacy.codec import BOXED
from mapper.store.codec import LockedCodec
from mapper.store.connection import connect
from mapper.store.project import Project
from mapper.sync.merge import merge_files

MARK = "zqx7coordmarker"
HOOD = {"type": "MultiPolygon", "coordinates": [[[[-1.5, 53.3], [-1.4, 53.3], [-1.4, 53.4], [-1.5, 53.4],
                                                   [-1.5, 53.3]]]]}


def export_for(project: Project, out: Path, *, public: bool = False, coordinator_key: Path | None = None) -> Path:
    """The app's one GeoPackage export path."""
    export_file(project, out, public=public, kind="all", passphrase=None, coordinator_key=coordinator_key)
    return out


def merge_into(project: Project, export: Path) -> None:
    """The app's merge: values are opaque, so no passphrase is involved."""
    merge_files(project, [export])


@pytest.fixture
def coordinator(tmp_path):
    p = Project.create(tmp_path / "coordinator.gpkg", author="Coordinator")
    setup.set_passphrase(p, "coordinator passphrase")
    keys.generate_coordinator_keys(p)
    key_file = keys.save_public_key(p, tmp_path / "coordinator.nmkey")
    yield p, key_file
    p.close()


def _mapper(path: Path, passphrase: str, author: str) -> Project:
    p = Project.create(path, author=author)
    setup.set_passphrase(p, passphrase)
    return p


def _need(hood: str, notes: str) -> CareNeed:
    return CareNeed(neighbourhood=hood, categories=("carer_support",), age_band="50-64", is_carer=True,
                    urgency="medium", consent_by="Mapper A", consent_at="2026-03-01T09:00:00Z",
                    consent_scope="share with the coordinator", notes=notes, approx_location="-1.45 53.35")


def test_round_trip_mapper_to_coordinator(tmp_path, coordinator):
    coord, key_file = coordinator
    hood = Neighbourhood(name="Hillside", code="N1", geometry=HOOD)
    mapper = _mapper(tmp_path / "mapper.gpkg", "mapper a passphrase", "Mapper A")
    mapper.add(hood)
    need = mapper.add(_need(hood.uuid, f"needs a lift on Tuesdays {MARK}"))
    out = export_for(mapper, tmp_path / "for-coordinator.gpkg", coordinator_key=key_file)

    raw = out.read_bytes()
    assert MARK.encode() not in raw
    conn = connect(out, readonly=True)
    sealed = dict(conn.execute("SELECT 'notes', notes FROM care_needs UNION ALL "
                               "SELECT 'approx_location', approx_location FROM care_needs"))
    settings = dict(conn.execute("SELECT key, value FROM nm_settings"))
    conn.close()
    assert sealed["notes"].startswith(BOXED) and sealed["approx_location"].startswith(BOXED)
    assert "privacy_kdf" not in settings and "privacy_check" not in settings

    # the mapper who sent it cannot read it back
    with pytest.raises(PrivacyError, match="coordinator"):
        mapper.codec.open("care_needs", "notes", sealed["notes"], need.uuid)

    # the coordinator merges while locked (no passphrase needed), then opens it with its own passphrase
    path = coord.path
    coord.close()
    coord = Project.open(path)
    assert isinstance(coord.codec, LockedCodec)
    merge_into(coord, out)
    assert coord.count("care_needs") == 1
    setup.unlock(coord, "coordinator passphrase")
    got = coord.get("care_needs", need.uuid)
    assert got.notes == need.notes and got.approx_location == "-1.45 53.35" and got.is_carer is True
    got.status = "connected"
    got.notes = "lift arranged"
    coord.save(got)
    assert coord.get("care_needs", need.uuid).notes == "lift arranged"
    coord.close()
    mapper.close()


def test_another_key_and_another_mapper_cannot_open_it(tmp_path, coordinator):
    _, key_file = coordinator
    mapper_a = _mapper(tmp_path / "a.gpkg", "mapper a passphrase", "Mapper A")
    need = mapper_a.add(_need(None, f"private {MARK}"))
    out = export_for(mapper_a, tmp_path / "a-export.gpkg", coordinator_key=key_file)

    other = _mapper(tmp_path / "other-coord.gpkg", "other coordinator pass", "Other")
    keys.generate_coordinator_keys(other)  # a second key pair
    merge_into(other, out)
    with pytest.raises(PrivacyError, match="another coordinator's key"):
        other.get("care_needs", need.uuid)

    mapper_b = _mapper(tmp_path / "b.gpkg", "mapper b passphrase", "Mapper B")
    merge_into(mapper_b, out)
    with pytest.raises(PrivacyError, match="only the coordinator"):
        mapper_b.get("care_needs", need.uuid)
    for p in (mapper_a, other, mapper_b):
        p.close()


def test_wrong_coordinator_passphrase_fails_cleanly(coordinator):
    coord, _ = coordinator
    setup.lock(coord)
    with pytest.raises(PrivacyError) as exc:
        setup.unlock(coord, "not the coordinator passphrase")
    assert "passphrase is wrong" in str(exc.value) and "\n" not in str(exc.value)
    assert not setup.is_unlocked(coord)


def test_private_key_never_leaves_and_is_sealed(coordinator, tmp_path):
    coord, key_file = coordinator
    stored = coord.setting(setup.PRIVATE_KEY)
    assert stored and coord.codec.private is not None
    raw_private = coord.codec.private.private_bytes_raw()
    assert raw_private not in coord.path.read_bytes() + Path(str(coord.path) + "-wal").read_bytes()
    out = export_for(coord, tmp_path / "coord-export.gpkg")
    conn = connect(out, readonly=True)
    assert conn.execute("SELECT count(*) FROM nm_settings WHERE key=?", (setup.PRIVATE_KEY,)).fetchone()[0] == 0
    conn.close()
    text = key_file.read_text(encoding="utf-8")
    assert text.startswith(keys.HEADER) and "fingerprint" in text


def test_export_with_key_needs_the_needs_unlocked(tmp_path, coordinator):
    _, key_file = coordinator
    mapper = _mapper(tmp_path / "m.gpkg", "mapper passphrase", "M")
    mapper.add(_need(None, "x"))
    setup.lock(mapper)
    with pytest.raises(PrivacyError, match="locked"):
        export_for(mapper, tmp_path / "out.gpkg", coordinator_key=key_file)
    mapper.close()


def test_bad_key_files_are_one_line_errors(tmp_path):
    bad = tmp_path / "bad.nmkey"
    bad.write_text("hello\n", encoding="utf-8")
    with pytest.raises(PrivacyError, match="not a Neighbourhood Mapper coordinator public key") as exc:
        keys.load_public_key(bad)
    assert str(bad) in str(exc.value)
    broken = tmp_path / "broken.nmkey"
    broken.write_text(f"{keys.HEADER}\n!!notbase64!!\n", encoding="utf-8")
    with pytest.raises(PrivacyError, match="damaged"):
        keys.load_public_key(broken)
    with pytest.raises(PrivacyError, match="not found"):
        keys.load_public_key(tmp_path / "missing.nmkey")
    assert not os.path.exists(tmp_path / "missing.nmkey")
