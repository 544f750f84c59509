"""The merge rules: how two versions of one field are ordered, and what happens to the loser.

A record is a set of per-field registers (each column, plus the ``_deleted`` pseudo-field whose value is
1 when the record is a tombstone). Every register keeps the write with the greatest *rank*; merging is
therefore a per-field maximum, which is commutative, associative and idempotent (order-free).

Rank of a version (``rank``):

1. Clock skew. A version whose wall time is more than ``max_skew_ms`` (one day) ahead of the merging
   computer's clock is *suspect* (flagged in the summary). Its effective time is clamped to just after
   the latest honest version its laptop had merged before writing it (its *floor*, from the knowledge
   checkpoints in ``mapper.sync.decisions``): it still beats what that laptop had seen, but every honest
   edit made later than that outranks it, so a laptop whose clock is a year ahead cannot win for ever.
   A suspect version with no floor ranks below every honest one. The floor depends only on the version
   and on checkpoints that travel with it, so every order of files gives the same result (within one
   merge session; once real time catches up the version stops being suspect and ranks normally).
2. Otherwise versions compare as text: hybrid-logical-clock time, then counter, then replica id.
3. Equal versions with different values (never made by our own clocks) are decided by the canonical
   value text, so the result is still deterministic.

The lookup table ``ACTIONS`` says what a merge does with one field, from (local has a version?,
incoming has a version?, which ranks higher): keep, take, or keep-and-record-a-loser.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _encode_str
from typing import Any, Callable

from mapper.domain.hlc import DEFAULT_MAX_SKEW_MS
from mapper.store.stored import from_text, to_text  # noqa: F401 - the conflicts table's value text

KEEP = "keep"  # nothing to do
TAKE = "take"  # incoming value wins, nothing lost (local had no version: a new field or record)
TAKE_LOSE_LOCAL = "take, local value kept as a conflict"
KEEP_LOSE_INCOMING = "keep, incoming value kept as a conflict"

# (local has a version, incoming has a version, comparison of ranks incoming vs local) -> action
ACTIONS: dict[tuple[bool, bool, str], str] = {
    (False, False, "="): KEEP,
    (True, False, "<"): KEEP,
    (False, True, ">"): TAKE,
    (True, True, "="): KEEP,  # the same write seen twice
    (True, True, ">"): TAKE_LOSE_LOCAL,
    (True, True, "<"): KEEP_LOSE_INCOMING,
}


class Ranker:
    """Ranks versions against the merger's physical clock (``now_ms``) with the HLC skew bound."""

    def __init__(self, now_ms: int, max_skew_ms: int = DEFAULT_MAX_SKEW_MS):
        self.limit = now_ms + max_skew_ms
        self._limit_text = f"{self.limit:013d}"
        self.floor_of: Callable[[str], str] | None = None  # suspect version -> its clamped time

    @property
    def limit_text(self) -> str:
        """Versions whose first 13 characters sort above this are suspect (when they are a wall time)."""
        return self._limit_text

    def suspect(self, version: str | None) -> bool:
        if not version:
            return False
        wall = version[:13]
        if wall.isdigit() and len(wall) == 13:
            return wall > self._limit_text  # 13-digit text compares like the number
        return True  # not a version our clocks make: never let it outrank honest ones

    def rank(self, version: str | None, value: Any = None) -> tuple:
        return (*self.order(version), canon(value)) if version else (0, "", "", "")

    def order(self, version: str | None) -> tuple[int, str, str]:
        """``rank`` without the value's tie-break (what ``action`` compares)."""
        if not version:
            return (0, "", "")
        wall = version[:13]
        if len(wall) == 13 and wall.isdigit() and wall <= self._limit_text:
            return (1, version, "")  # an honest version (the common case, inline)
        floor = self.floor_of(version) if self.floor_of else ""
        return (1, floor, version) if floor else (0, version, "")

    def action(self, local_version: str | None, local_value: Any, in_version: str | None, in_value: Any) -> str:
        has_l, has_i = bool(local_version), bool(in_version)
        if has_l and has_i and local_version == in_version and not same(local_value, in_value):
            # a tie the clocks cannot make; decide by value so every order agrees
            cmp = ">" if canon(in_value) > canon(local_value) else "<"
        else:
            a, b = self.order(in_version), self.order(local_version)
            cmp = ">" if a > b else "<" if a < b else "="
        return ACTIONS.get((has_l, has_i, cmp), KEEP)


def canon(value: Any) -> str:
    """Deterministic text for any stored value (for tie-breaks and comparisons)."""
    if value is None:
        return "n"
    if type(value) is str:
        return "t" + _encode_str(value)  # what json.dumps(value, ensure_ascii=False) gives for a str
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "b" + bytes(value).hex()
    if isinstance(value, bool):
        return "i" + str(int(value))
    if isinstance(value, (int, float)):
        return ("i" if float(value).is_integer() else "f") + repr(float(value) if not float(value).is_integer()
                                                               else int(value))
    return "t" + json.dumps(value, sort_keys=True, ensure_ascii=False)


_PLAIN = (str, int, bytes, type(None))  # types whose == agrees with canon() (not float: nan, not bool/int)


def same(a: Any, b: Any) -> bool:
    t = type(a)
    if t is type(b) and t in _PLAIN:
        return a == b  # the common case, without building canonical text
    return canon(a) == canon(b)


def replica_of(version: str | None) -> str:
    if not version:
        return ""
    parts = str(version).split(".", 2)
    return parts[2] if len(parts) == 3 else ""


