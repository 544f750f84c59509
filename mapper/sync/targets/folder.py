"""Sync through a shared folder (USB stick, shared drive, OneDrive/SharePoint folder).

Each laptop writes only its own package, ``<replica id>.nmsync.gpkg``, through the one export path (temp
file beside it, fsync, rename: a reader sees the old file or the new one, never half of one), and merges
every other laptop's package with ``merge_files`` (packages already merged are skipped by their SHA-256).
It never deletes or rewrites another laptop's file, so two laptops syncing at once are safe: each renames
only its own name. Merge first, then write: the package carries what this laptop has merged, so the
folder converges after one more round of syncs.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from mapper.domain.errors import MapperError
from mapper.domain.i18n import translate
from mapper.sync.merge import merge_files
from mapper.sync.package import write_package
from mapper.sync.targets import base

SUFFIX = ".nmsync.gpkg"


class FolderTarget:
    def __init__(self, folder: Path | str):
        self.folder = Path(folder)

    def __str__(self) -> str:
        return str(self.folder)

    def sync(self, project, *, coordinator_key: Path | None = None,
             progress: base.SyncProgress | None = None) -> base.SyncReport:
        report = base.SyncReport(str(self.folder))
        if not self.folder.is_dir():
            raise MapperError(translate("Sync", "the sync folder is not there (plug in the stick or connect the drive)"),
                              path=self.folder)
        mine = self.folder / f"{project.replica_id}{SUFFIX}"
        others = sorted(p for p in self.folder.glob(f"*{SUFFIX}") if p != mine and not p.name.startswith("."))
        base.report_progress(progress, 0, 2, "receiving changes")
        if others:
            # a damaged or foreign file in the shared folder is listed, and everyone else's still merged
            summary = merge_files(project, others, refuse_bad=True,
                                  progress=lambda d, t, m: progress(0, 2, f"merging: {m}") if progress else None)
            report.merged.append(summary)
            report.pulled = sum(f.added + f.updated + f.deleted + f.restored for f in summary.files)
            report.conflicts = summary.conflicts
        base.report_progress(progress, 1, 2, "sending changes")
        before = _versions(mine)
        write_package(project, mine, coordinator_key=coordinator_key)
        after = _versions(mine)
        report.pushed = sum(1 for key, v in after.items() if before.get(key) != v)
        base.report_done(progress, 2)
        report.rounds = 1
        report.at = base.mark_synced(project)
        return report


def _versions(package: Path) -> dict[tuple[str, str], str]:
    """{(table, uuid): packed versions} of a package (empty when there is none yet): what it carries."""
    if not package.exists():
        return {}
    with closing(sqlite3.connect(f"{package.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return {(t, u): v for t, u, v in conn.execute("SELECT tbl, uuid, versions FROM nm_versions")}
