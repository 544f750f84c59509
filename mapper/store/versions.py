"""Compact storage of per-field versions in nm_versions.

A record's versions are one JSON object. Most fields of a record share one version (the insert, or a
bulk load), so the most common version is stored once under ``"*"`` and only the fields that differ are
listed: ``{"*": "1795...aa", "name": "1796...bb"}``. ``unpack_versions`` gives back {field: version}
for every column, plus pseudo-fields such as ``_deleted``.
"""

from __future__ import annotations

import json
from collections import Counter

DEFAULT = "*"


def pack_versions(versions: dict[str, str], columns: list[str]) -> str:
    out = dict(versions)
    if columns and all(c in versions for c in columns):  # "*" may only stand for a complete set
        base = Counter(versions[c] for c in columns).most_common(1)[0][0]
        out = {DEFAULT: base, **{f: v for f, v in versions.items() if f not in columns or v != base}}
    return json.dumps(out, sort_keys=True, separators=(",", ":"))


def unpack_versions(text: str, columns: list[str]) -> dict[str, str]:
    packed = json.loads(text)
    base = packed.pop(DEFAULT, None)
    out = {c: base for c in columns} if base is not None else {}
    out.update(packed)
    return out
