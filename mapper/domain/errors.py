"""Narrow, named errors. Every message is one plain-language line that names what is wrong.

The CLI prints ``str(error)`` and exits 1; the window shows it through one function.
"""

from __future__ import annotations


class MapperError(Exception):
    """Base for every error a user can cause and fix. ``str()`` is one line, naming the file if known."""

    def __init__(self, message: str, *, path: object | None = None, where: str | None = None):
        self.message = " ".join(str(message).split())
        self.path = str(path) if path is not None else None
        self.where = where
        super().__init__(self.__str__())

    def __str__(self) -> str:
        parts = []
        if self.path:
            parts.append(self.path)
        if self.where:
            parts.append(self.where)
        prefix = ": ".join(parts)
        return f"{prefix}: {self.message}" if prefix else self.message


class ValidationError(MapperError):
    """A record breaks a rule. ``problems`` maps field name to a plain message."""

    def __init__(self, problems: dict[str, str], *, path: object | None = None, where: str | None = None):
        self.problems = dict(problems)
        text = "; ".join(f"{field}: {msg}" for field, msg in self.problems.items())
        super().__init__(text or "the record is not valid", path=path, where=where)


class ProjectFileError(MapperError):
    """The file is not a project we can open (not SQLite, damaged, not a GeoPackage...)."""


class ReadOnlyError(ProjectFileError):
    """The project is open read-only (its file or folder cannot be written): nothing can be changed."""


class DiskFullError(MapperError):
    """The disk (or the folder's quota) is full: the change was not saved, nothing else was lost."""


class SchemaTooNewError(ProjectFileError):
    """The file was made by a newer version of the app."""


class RecordNotFound(MapperError):
    """No record with that uuid."""


class ImportFormatError(MapperError):
    """A file to import cannot be read, or a row/column in it is wrong."""


class ExportError(MapperError):
    """An export cannot be written as asked."""


class PrivacyError(MapperError):
    """Care needs are locked, the passphrase is wrong, or a key is missing."""


class MergeError(MapperError):
    """An export cannot be merged."""


class CancelledError(MapperError):
    """The user cancelled a long task; nothing was changed."""
