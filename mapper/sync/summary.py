"""What a merge did: per file and in all (the CLI prints ``text()``; ``--json`` prints ``as_dict()``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FileSummary:
    name: str
    sha256: str = ""
    replica: str = ""
    author: str | None = None
    added: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts: int = 0
    skewed: int = 0
    already_merged: bool = False
    refused: str | None = None  # why the file could not be merged (a folder merge goes on without it)

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.name, "sha256": self.sha256, "replica": self.replica, "author": self.author,
                "added": self.added, "updated": self.updated, "deleted": self.deleted,
                "restored": self.restored, "conflicts": self.conflicts, "skewed_versions": self.skewed,
                "already_merged": self.already_merged, "refused": self.refused}


@dataclass
class MergeSummary:
    files: list[FileSummary] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts: int = 0
    possible_duplicates: int = 0
    skewed: int = 0
    warnings: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)

    @property
    def skipped_already_merged(self) -> int:
        return sum(f.already_merged for f in self.files)

    @property
    def merged_files(self) -> int:
        return sum(not f.already_merged and f.refused is None for f in self.files)

    def as_dict(self) -> dict[str, Any]:
        return {"added": self.added, "updated": self.updated, "deleted": self.deleted,
                "restored": self.restored, "conflicts": self.conflicts,
                "possible_duplicates": self.possible_duplicates,
                "skipped_already_merged": self.skipped_already_merged, "skewed_versions": self.skewed,
                "warnings": list(self.warnings), "refused": [{"file": n, "reason": r} for n, r in self.refused],
                "files": [f.as_dict() for f in self.files]}

    def text(self) -> str:
        n = self.merged_files
        lines = [f"merged {n} file(s): {self.added} added, {self.updated} updated, {self.deleted} deleted, "
                 f"{self.restored} restored; {self.conflicts} conflict(s) and {self.possible_duplicates} "
                 f"possible duplicate(s) to review"]
        if self.skipped_already_merged:
            lines.append(f"skipped {self.skipped_already_merged} file(s) already merged")
        lines.extend(self.warnings)
        if self.refused:
            lines.append(f"could not merge {len(self.refused)} file(s):")
            lines.extend(f"  {name}: {reason}" for name, reason in self.refused)
        return "\n".join(lines)
