"""Opening exports ahead: helper threads hash, open and integrity-check the next files while the merge
works on the current one. Files are still merged one at a time, in the order given."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapper.domain.errors import ProjectFileError
from mapper.store.connection import connect


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class Opened:
    """An export opened for merging: its read-only connection, or the error opening it gave."""

    conn: sqlite3.Connection | None = None
    error: ProjectFileError | None = None


def open_export(path: Path, known: frozenset[str]) -> tuple[str, Opened | None]:
    """(SHA-256, the opened export; None if it was already merged)."""
    sha = sha256_of(path)
    if sha in known:
        return sha, None
    try:
        return sha, Opened(connect(path, readonly=True))  # includes the integrity check
    except ProjectFileError as exc:
        return sha, Opened(error=exc)


class Prefetch:
    """Hashes, opens and integrity-checks the next few files on helper threads while the merge reads the
    current one: hashing and SQLite's check run without the GIL, so they overlap with the merge on another
    core. The files are still merged one by one in the given order on the caller's thread, and a file's
    error is raised when its turn comes, exactly as without this."""

    AHEAD = 6
    WORKERS = 2

    def __init__(self, paths: list[Path], known: frozenset[str]):
        from concurrent.futures import ThreadPoolExecutor

        self.paths = paths
        self.known = known
        self.pool = ThreadPoolExecutor(max_workers=self.WORKERS, thread_name_prefix="merge-prefetch")
        self.futures: dict[int, Any] = {}
        self.submitted = 0

    def __enter__(self) -> "Prefetch":
        return self

    def take(self, i: int) -> tuple[str, Any]:
        while self.submitted < min(len(self.paths), i + 1 + self.AHEAD):
            self.futures[self.submitted] = self.pool.submit(open_export, self.paths[self.submitted], self.known)
            self.submitted += 1
        return self.futures.pop(i).result()

    def __exit__(self, *exc) -> None:
        for fut in self.futures.values():
            fut.cancel()
        self.pool.shutdown(wait=True)
        for fut in self.futures.values():  # opened ahead but not merged (cancelled or an error)
            if not fut.cancelled() and fut.exception() is None:
                opened = fut.result()[1]
                if opened is not None and opened.conn is not None:
                    opened.conn.close()
        self.futures.clear()
