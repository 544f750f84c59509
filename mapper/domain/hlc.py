"""Hybrid logical clock versions.

A version is text that sorts in time order: ``"<wall ms, 13 digits>.<counter, 5 digits>.<replica id>"``.
The counter never overflows its five digits: at 99,999 it carries into the wall time (one millisecond
later), so comparing versions as text always agrees with comparing them as (wall, counter, replica).
Local writes take ``Clock.tick()``; versions seen from other laptops go through ``Clock.observe()``, which
advances the clock so later local edits outrank them -- unless the remote wall time is further ahead of
our physical clock than ``max_skew_ms``: such a version is reported as skewed and does not drag our clock
into the future (so a laptop whose clock is a year ahead cannot win for ever).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, NamedTuple

DAY_MS = 86_400_000
DEFAULT_MAX_SKEW_MS = DAY_MS  # a version more than a day ahead of our clock is suspicious


class Version(NamedTuple):
    wall: int
    counter: int
    replica: str

    def __str__(self) -> str:
        return format_version(self)


COUNTER_LIMIT = 100_000


def carry(wall: int, counter: int) -> tuple[int, int]:
    """(wall, counter) with the counter kept below ``COUNTER_LIMIT`` (the excess moves the wall on)."""
    return wall + counter // COUNTER_LIMIT, counter % COUNTER_LIMIT


def format_version(v: Version) -> str:
    wall, counter = carry(v.wall, v.counter)
    return f"{wall:013d}.{counter:05d}.{v.replica}"


def normalise(text: str) -> str:
    """A version written before the carry (a counter of six digits or more) in today's form."""
    return format_version(parse_version(text))


def parse_version(text: str) -> Version:
    wall, counter, replica = str(text).split(".", 2)
    return Version(int(wall), int(counter), replica)


def wall_ms(text: str) -> int:
    return int(str(text)[:13])


def physical_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class Clock:
    replica: str
    wall: int = 0
    counter: int = 0
    max_skew_ms: int = DEFAULT_MAX_SKEW_MS
    now_ms: Callable[[], int] = physical_ms

    def tick(self) -> str:
        """A new version for a local write, greater than every version this clock has issued or observed."""
        now = self.now_ms()
        if now > self.wall:
            self.wall, self.counter = now, 0
        else:
            self.wall, self.counter = carry(self.wall, self.counter + 1)
        return format_version(Version(self.wall, self.counter, self.replica))

    def is_skewed(self, text: str) -> bool:
        return wall_ms(text) > self.now_ms() + self.max_skew_ms

    def observe(self, text: str) -> bool:
        """Take a remote version into account. Returns False (and ignores it) when it is skewed."""
        if self.is_skewed(text):
            return False
        v = parse_version(text)
        seen = carry(v.wall, v.counter)
        if seen > (self.wall, self.counter):
            self.wall, self.counter = seen
        return True

    def catch_up(self, state: str | None) -> None:
        """Another connection to the file moved the clock (import, merge): never go back."""
        other = Clock.from_state(self.replica, state)
        if (other.wall, other.counter) > (self.wall, self.counter):
            self.wall, self.counter = other.wall, other.counter

    def state(self) -> str:
        return f"{self.wall}.{self.counter}"

    @classmethod
    def from_state(cls, replica: str, state: str | None, **kw) -> "Clock":
        clock = cls(replica, **kw)
        if state:
            wall, counter = state.split(".")
            clock.wall, clock.counter = carry(int(wall), int(counter))
        return clock
