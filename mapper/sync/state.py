"""Merge state shared by the merge and the review: a record as the merge sees it (``Rec``), reading
local records with their versions, and the ranker and knowledge a project's decisions give. The review
(``conflicts.refresh``) reads one record through this instead of building a whole ``MergeEngine``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mapper.domain.records import DELETED
from mapper.store.stored import load_stored
from mapper.store.versions import unpack_versions
from mapper.sync import decisions as dec
from mapper.sync.rules import Ranker

CHUNK = 500


@dataclass
class Rec:
    """One record's merged state: stored values (every column), per-field versions, tombstone flag."""

    values: dict[str, Any]
    versions: dict[str, str]
    deleted: bool
    sources: dict[str, str] = field(default_factory=dict)  # field -> file that brought the value
    text: str | None = None  # packed versions as read, while unchanged (saves re-packing)
    origin: str = ""  # where fields not listed in ``sources`` came from ("" = this project)

    def copy(self) -> "Rec":
        return Rec(dict(self.values), dict(self.versions), self.deleted, dict(self.sources), self.text, self.origin)

    def get(self, f: str) -> Any:
        return int(self.deleted) if f == DELETED else self.values.get(f)

    def set(self, f: str, value: Any, version: str, source: str) -> None:
        if f == DELETED:
            self.deleted = bool(value)
        else:
            self.values[f] = value
        self.versions[f] = version
        self.sources[f] = source
        self.text = None


def read_records(conn, table: str, cols: list[str], uuids: list[str],
                 vtext: dict[str, str] | None = None) -> dict[str, Rec | None]:
    """Local records (live or tombstoned) with their versions; None for uuids the project never had.
    ``vtext``: {uuid: packed versions} when the caller has them already."""
    out: dict[str, Rec | None] = {}
    for i in range(0, len(uuids), CHUNK):
        part = uuids[i:i + CHUNK]
        marks = ",".join("?" * len(part))
        rows = {r[0]: r[1:] for r in conn.execute(
            f'SELECT uuid, {", ".join(cols)} FROM "{table}" WHERE uuid IN ({marks})', part)}
        tombs = dict(conn.execute(
            f"SELECT uuid, data FROM nm_tombstones WHERE tbl=? AND uuid IN ({marks})", (table, *part)))
        vt = vtext if vtext is not None else dict(conn.execute(
            f"SELECT uuid, versions FROM nm_versions WHERE tbl=? AND uuid IN ({marks})", (table, *part)))
        for u in part:
            versions = unpack_versions(vt[u], cols) if u in vt else {}
            if u in rows:
                out[u] = Rec(dict(zip(cols, rows[u])), versions, False)
            elif u in tombs:
                data = load_stored(tombs[u]) if tombs[u] else {}
                out[u] = Rec({c: data.get(c) for c in cols}, versions, True)
            else:
                out[u] = None
    return out


def ranker_for(project, knowledge: dec.Knowledge) -> Ranker:
    """The ranker a merge in ``project`` uses now, clamping skewed versions to their writer's floor."""
    ranker = Ranker(project.clock.now_ms(), project.clock.max_skew_ms)
    ranker.floor_of = lambda v: knowledge.floor(v, lambda x: not ranker.suspect(x))
    return ranker
