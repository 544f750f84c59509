"""Narrow, named errors. Every message is one plain-language line that names what is wrong.

The CLI prints ``str(error)`` and exits 1; the window shows it through one function. Messages are
translated where they are raised, in the language installed (``Errors.tr("has no features")``,
``arg(Errors.tr("is not valid GeoJSON (line %1: %2)"), ...)``): the same ``domain.i18n`` catalogue the
window installs through ``ui.i18n.apply_language`` and the CLI through its language setting. A file name or
place put before the message is a Unicode isolate in a right-to-left language.
"""

from __future__ import annotations

from mapper.domain.i18n import QT_TRANSLATE_NOOP, Context, arg, current, isolate

Errors = Context("Errors")


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
        if parts and current().rtl:  # an English path inside an Urdu or Arabic sentence keeps its direction
            parts = [isolate(p) for p in parts]
        prefix = ": ".join(parts)
        return f"{prefix}: {self.message}" if prefix else self.message


class ValidationError(MapperError):
    """A record breaks a rule. ``problems`` maps field name to a plain message."""

    def __init__(self, problems: dict[str, str], *, path: object | None = None, where: str | None = None):
        self.problems = dict(problems)
        text = "; ".join(f"{field}: {msg}" for field, msg in self.problems.items())
        super().__init__(text or Errors.tr("the record is not valid"), path=path, where=where)


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


# ---- low-level failures as one plain line --------------------------------------------------------------
_STORAGE_FULL = QT_TRANSLATE_NOOP("Errors", "the disk is full or the file-size limit was reached; free some space and "
                                           "try again")
_BUSY = QT_TRANSLATE_NOOP("Errors", "is busy: another program or window is writing to it; try again in a moment")


def failure_cause(exc: BaseException) -> tuple[str, bool] | None:
    """(plain cause, translated; whether it is about the project rather than the file being read or written)
    for the low-level errors a hostile or unlucky file causes; None for a real bug."""
    found = _failure_cause(exc)
    return None if found is None else (arg(Errors.tr(found[0]), *found[2:]), found[1])


def _failure_cause(exc: BaseException) -> tuple | None:
    """(English cause marked for translation, about the project, values for %1...)."""
    import errno
    import json
    import sqlite3

    if isinstance(exc, RecursionError):
        return QT_TRANSLATE_NOOP("Errors", "its data is nested too deeply to read (damaged or hostile file)"), False
    if isinstance(exc, json.JSONDecodeError):
        return QT_TRANSLATE_NOOP("Errors", "holds damaged data (text that should be JSON is not)"), False
    if isinstance(exc, OverflowError):
        return QT_TRANSLATE_NOOP("Errors", "holds a number too large to use (or infinite)"), False
    if isinstance(exc, MemoryError):
        return QT_TRANSLATE_NOOP("Errors", "is too large to read"), False
    if isinstance(exc, UnicodeError):
        return QT_TRANSLATE_NOOP("Errors", "holds text in an encoding that cannot be read"), False
    if isinstance(exc, IsADirectoryError):
        return QT_TRANSLATE_NOOP("Errors", "is a folder, not a file"), False
    if isinstance(exc, PermissionError):
        return QT_TRANSLATE_NOOP("Errors", "permission denied: the file or its folder is read-only"), False
    if isinstance(exc, OSError):
        if exc.errno in (errno.EFBIG,):
            return QT_TRANSLATE_NOOP("Errors", "the file is too big: the file-size limit was reached"), False
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return _STORAGE_FULL, False
        if exc.errno == errno.EROFS:
            return QT_TRANSLATE_NOOP("Errors", "is on a read-only disk"), False
        if exc.errno == errno.ENOENT:
            return QT_TRANSLATE_NOOP("Errors", "file or folder not found"), False
        return QT_TRANSLATE_NOOP("Errors", "cannot be read or written (%1)"), False, exc.strerror or exc
    if isinstance(exc, sqlite3.DatabaseError):
        text = str(exc).lower()
        if "full" in text:
            return _STORAGE_FULL, True
        if "locked" in text or "busy" in text:
            return _BUSY, True
        if "readonly" in text or "read-only" in text:
            return QT_TRANSLATE_NOOP("Errors", "is read-only: nothing can be changed in it"), True
        if "unable to open" in text:
            return QT_TRANSLATE_NOOP("Errors", "cannot be created or opened: its folder may be read-only or missing"), False
        if "disk i/o" in text:
            return QT_TRANSLATE_NOOP("Errors", "a disk error stopped the write (disk full, file-size limit or a removed drive)"), True
        if "no transaction is active" in text:
            return QT_TRANSLATE_NOOP("Errors", "the write was stopped by the disk (full or at its size limit); nothing was changed"), True
        return QT_TRANSLATE_NOOP("Errors", "cannot be read safely (%1)"), False, exc
    return None


class about_file:  # noqa: N801 - used as a context manager: ``with about_file(path): ...``
    """Turns the low-level errors of ``failure_cause`` raised inside into one ``error`` line naming the file
    (or ``project`` when the cause lies with the project file: disk full, busy, read-only)."""

    def __init__(self, path: object, *, project: object | None = None, error: type[MapperError] = MapperError):
        self.path, self.project, self.error = path, project, error

    def __enter__(self) -> "about_file":
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None or isinstance(exc, MapperError) or not isinstance(exc, Exception):
            return False
        found = failure_cause(exc)
        if found is None:
            return False
        cause, about_project = found
        raise self.error(cause, path=self.project if about_project and self.project else self.path) from exc
