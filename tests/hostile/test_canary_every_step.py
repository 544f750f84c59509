"""The raw-byte canary after every operation, while the project is still open: the .gpkg, its -wal and its
-shm never hold a care need's text (set passphrase, add and edit a need, export, merge, import, lock)."""

from __future__ import annotations

import secrets
from pathlib import Path

from mapper.domain.records import Asset, CareNeed, Neighbourhood
from mapper.formats.api import export_file, import_files
from mapper.privacy import keys, setup
from mapper.privacy.needs_io import export_needs
from mapper.store.project import Project
from mapper.sync.merge import merge_files

PASS = "canary every step"
SQUARE = {"type": "MultiPolygon", "coordinates": [[[[-1.50, 53.30], [-1.40, 53.30], [-1.40, 53.40],
                                                    [-1.50, 53.40], [-1.50, 53.30]]]]}


def _raw(path: Path) -> bytes:
    out = b""
    for suffix in ("", "-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            out += side.read_bytes()
    return out


class Canary:
    def __init__(self):
        self.marks: list[str] = []

    def new(self) -> str:
        mark = f"zqcanary{secrets.token_hex(5)}"
        self.marks.append(mark)
        return mark

    def absent(self, *paths: Path, step: str) -> None:
        for path in paths:
            raw = _raw(path)
            assert raw, (step, path)
            for mark in self.marks:
                assert mark.encode() not in raw, f"{mark} in {path} (or its -wal/-shm) after {step}"

    def present(self, path: Path) -> None:
        """Positive control: the search finds the marker where it belongs."""
        raw = path.read_bytes()
        assert all(m.encode() in raw for m in self.marks), path


def _need(hood: str, mark: str) -> CareNeed:
    return CareNeed(neighbourhood=hood, categories=("loneliness",), age_band="75-84", urgency="high",
                    consent_by=f"Volunteer {mark}", consent_at="2026-03-01T10:00:00Z",
                    consent_scope=f"scope {mark}", notes=f"needs a lift {mark}", approx_location="-1.45 53.35")


def test_canary_after_every_operation_while_open(tmp_path):
    canary = Canary()
    coord = Project.create(tmp_path / "coordinator.gpkg", author="Coordinator")
    setup.set_passphrase(coord, "coordinator passphrase")
    keys.generate_coordinator_keys(coord)
    key_file = keys.save_public_key(coord, tmp_path / "coordinator.nmkey")

    path = tmp_path / "mapper.gpkg"
    p = Project.create(path, author="Mapper")
    hood = p.add(Neighbourhood(name="Hillside", code="N1", geometry=SQUARE))
    p.add(Asset(name="Hall", category="community_hub", kind="shared_space", location=(-1.45, 53.35)))
    setup.set_passphrase(p, PASS)
    canary.absent(path, step="set passphrase")

    need = p.add(_need(hood.uuid, canary.new()))
    canary.absent(path, step="add need")
    p.update("care_needs", need.uuid, {"notes": f"edited {canary.new()}"})
    canary.absent(path, step="edit need")

    outs = []
    for name, kw in (("all.gpkg", {"coordinator_key": key_file}), ("plain.gpkg", {}), ("list.xlsx", {}),
                     ("list.csv", {}), ("map.geojson", {}), ("public.gpkg", {"public": True})):
        report = export_file(p, tmp_path / name, public=kw.pop("public", False), kind="all", **kw)
        outs += [report.path, *report.extra_files]
        canary.absent(path, *outs, step=f"export {name}")

    merge_files(coord, [tmp_path / "all.gpkg"])
    canary.absent(coord.path, path, step="merge into the coordinator")
    setup.unlock(coord, "coordinator passphrase")
    assert coord.get("care_needs", need.uuid).notes.startswith("edited")  # it really is in there, sealed
    canary.absent(coord.path, step="coordinator unlock")

    csv = tmp_path / "more.csv"
    csv.write_text("Name,Latitude,Longitude\nChurch,53.36,-1.46\n", encoding="utf-8")
    import_files(p, [csv])
    canary.absent(path, step="import")

    decrypted = tmp_path / "needs.csv"
    export_needs(p, decrypted, PASS)
    canary.present(decrypted)  # the owner's deliberate decrypted export: the search works
    canary.absent(path, step="decrypted needs export")
    import_files(p, [decrypted], passphrase=PASS)
    canary.absent(path, step="needs import")

    setup.lock(p)
    canary.absent(path, step="lock")
    p.close()
    coord.close()
    canary.absent(path, coord.path, *outs, step="close")


class _OlderApp:
    """Writes care needs in plaintext, as the demo builder and the API did before a passphrase was required."""

    def seal(self, table, field, value, uuid=None):
        return value

    def open(self, table, field, stored, uuid=None):
        return stored


def test_canary_after_setting_a_passphrase_on_plaintext_needs(tmp_path):
    canary = Canary()
    path = tmp_path / "older.gpkg"
    p = Project.create(path)
    p.codec = _OlderApp()
    needs = [p.add(_need(None, canary.new())) for _ in range(30)]
    p.delete("care_needs", needs[0].uuid)
    p.codec = None
    assert canary.marks[1].encode() in _raw(path)  # the plaintext is there (in the -wal) before
    setup.set_passphrase(p, PASS)
    canary.absent(path, step="set passphrase on plaintext needs")
    p.add(_need(None, canary.new()))
    canary.absent(path, step="add need")
    p.close()
