"""Export packages for merging. There is one GeoPackage export path (mapper.formats.gpkg via
``export_file``): a filtered ``VACUUM INTO`` copy that carries ``nm_versions``, ``nm_tombstones``,
``nm_settings`` (replica id) and ``nm_decisions``, with care needs only when sealed to a coordinator's key.
"""

from __future__ import annotations

from pathlib import Path

from mapper.formats.api import export_file


def write_package(project, target: Path | str, *, coordinator_key: Path | str | None = None) -> Path:
    """The package a mapper sends (or a coordinator sends back): everything but local-only tables."""
    target = Path(target)
    export_file(project, target, public=False, kind="all",
                coordinator_key=Path(coordinator_key) if coordinator_key else None)
    return target
