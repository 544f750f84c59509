"""Sync targets: a shared folder (``folder.py``) or the central map on PostgreSQL/PostGIS (``postgis.py``).

``sync(project, target)`` runs one two-way sync and remembers the target (never a password) in the
project; ``sync(project)`` uses the remembered one.
"""

from __future__ import annotations

import os
from pathlib import Path

from mapper.domain.errors import MapperError
from mapper.domain.i18n import translate
from mapper.sync.targets import base
from mapper.sync.targets.base import SyncProgress, SyncReport


def is_server(spec: str) -> bool:
    if spec.startswith(("postgresql://", "postgres://")) or "=" in spec:
        return True
    return not (os.sep in spec or "/" in spec or Path(spec).exists() or spec.startswith("."))


def open_target(spec: str):
    if is_server(spec):
        from mapper.sync.targets.postgis import PostgisTarget

        return PostgisTarget(spec)
    from mapper.sync.targets.folder import FolderTarget

    return FolderTarget(Path(spec))


def remembered(project) -> str | None:
    return project.setting(base.TARGET_SETTING)


def last_sync(project) -> str | None:
    return project.setting(base.LAST_SETTING)


def sync(project, target: str | None = None, *, coordinator_key: Path | str | None = None,
         progress: SyncProgress | None = None) -> SyncReport:
    spec = target or remembered(project)
    if not spec:
        raise MapperError(translate("Sync", "no sync target yet: give a folder or a postgresql:// address once"),
                          path=project.path)
    if coordinator_key is None and project.setting(base.KEY_SETTING):
        coordinator_key = project.setting(base.KEY_SETTING)
    key = Path(coordinator_key) if coordinator_key else None
    tgt = open_target(spec)
    base.version_pending_changes(project)
    if target:
        stored = str(Path(spec).resolve()) if not is_server(spec) else spec
        base.remember(project, stored, key)
    return tgt.sync(project, coordinator_key=key, progress=progress)
