"""What the quicker import paths (issue 17) must keep exactly: fingerprints of rows imported before,
ids and numbers."""

from __future__ import annotations

import uuid

from mapper.domain.records import new_uuid
from mapper.formats.common import fingerprint, to_number, to_text


def test_fingerprints_are_the_ones_earlier_imports_stored():
    values = {"name": "Hall", "location": (-1.4, 53.3), "principles": ("a", "b"), "may_publish": 0, "x": "",
              "y": None, "z": (), "uuid": "q", "population": 3, "f": 1.5}
    # computed by the code that wrote nm_import_fingerprints before issue 17
    assert fingerprint("assets", values) == "394eeaa6857dc7d68a74697bc3eb543375b50b4aa12fbbdf8e26d657ed7fcaa1"


def test_new_ids_are_random_version_4_uuids():
    ids = {new_uuid() for _ in range(2000)}
    assert len(ids) == 2000
    for u in list(ids)[:200]:
        parsed = uuid.UUID(u)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == u


def test_cells_read_as_before():
    assert to_number("53.38") == 53.38 and to_number(" -1,47 ") == -1.47 and to_number("") is None
    assert to_number(7) == 7.0
    assert to_text("  ") is None and to_text("Hall") == "Hall" and to_text(3.0) == "3"

