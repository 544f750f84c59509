"""The user data folder's platform location from Qt's ``QStandardPaths`` (Linux: ``$XDG_DATA_HOME`` or
``~/.local/share``; Windows: ``%LOCALAPPDATA%``; macOS: ``~/Library/Application Support``)."""

from __future__ import annotations

from pathlib import Path

from mapper.domain import userdirs


def generic_data_location() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(location) if location else Path.home()


def documents_location() -> Path:
    """The user's documents folder as the platform names it (``Documents``, ``Dokumente``, a OneDrive
    folder on Windows, the XDG ``user-dirs`` entry on Linux)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def install() -> None:
    """Point ``mapper.domain.userdirs`` at the platform's folder (Qt is only loaded when it is asked)."""
    userdirs.use_platform_location(generic_data_location)
