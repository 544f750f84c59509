"""What a merge did: per file and in all (the CLI prints ``text()``; ``--json`` prints ``as_dict()``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mapper.domain.i18n import Context, translate

Merge = Context("Merge")


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
        """For people (the CLI and the window), in the chosen language."""
        n = self.merged_files
        counts = (translate("Merge", "%1 added, %2 updated, %3 deleted, %4 restored")
                  .replace("%1", str(self.added)).replace("%2", str(self.updated))
                  .replace("%3", str(self.deleted)).replace("%4", str(self.restored)))
        conflicts = Merge.tr("%n conflict(s)", "", self.conflicts)
        duplicates = Merge.tr("%n possible duplicate(s)", "", self.possible_duplicates)
        review = translate("Merge", "%1 and %2 to review").replace("%1", conflicts).replace("%2", duplicates)
        merged = Merge.tr("merged %n file(s)", "", n)
        lines = [f"{merged}: {counts}; {review}"]
        if self.skipped_already_merged:
            lines.append(Merge.tr("skipped %n file(s) already merged", "", self.skipped_already_merged))
        lines.extend(self.warnings)
        if self.refused:
            lines.append(Merge.tr("could not merge %n file(s):", "", len(self.refused)))
            lines.extend(f"  {name}: {reason}" for name, reason in self.refused)
        return "\n".join(lines)
