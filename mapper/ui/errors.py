"""The one way the window shows an error: a plain message, what to do next, and for unexpected errors
a note in the log file with a "Copy details" button."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mapper.domain import errors as E
from mapper.domain.i18n import QT_TRANSLATE_NOOP
from mapper.domain.userdirs import log_file
from mapper.store.connection import is_disk_full
from mapper.ui.i18n import Phrase, Tr, fill
from mapper.ui.text import plain_box

Errors = Tr("Errors")

# What to do next, by kind of error (first match wins, most specific first).
NEXT_STEPS: list[tuple[type, str]] = [  # (translated where shown: next_step)
    (E.DiskFullError, QT_TRANSLATE_NOOP("Errors", "Make room on the disk (empty the recycle bin, move old exports "
                      "or large files elsewhere), then do it again. Everything shown as saved before this is safe.")),
    (E.ReadOnlyError, QT_TRANSLATE_NOOP("Errors", "To change it, copy the file into a folder of your own (for "
                      "example Documents) and open the copy.")),
    (E.SchemaTooNewError, QT_TRANSLATE_NOOP("Errors", "Install the newest Neighbourhood Mapper, then open the file again.")),
    (E.ProjectFileError, QT_TRANSLATE_NOOP("Errors", "Choose a Neighbourhood Mapper project (.gpkg). To bring in other files use "
                         "File > Import.")),
    (E.ValidationError, QT_TRANSLATE_NOOP("Errors", "Correct the field shown and it will be saved at once.")),
    (E.RecordNotFound, QT_TRANSLATE_NOOP("Errors", "The record may have been deleted; use Edit > Undo if that was a mistake.")),
    (E.ImportFormatError, QT_TRANSLATE_NOOP("Errors", "Open the file in a spreadsheet or GIS program, fix the row named, and try again.")),
    (E.ExportError, QT_TRANSLATE_NOOP("Errors", "Choose another folder or file name and export again.")),
    (E.PrivacyError, QT_TRANSLATE_NOOP("Errors", "Unlock care needs with the project's passphrase, or ask your coordinator for the key.")),
    (E.MergeError, QT_TRANSLATE_NOOP("Errors", "Ask the mapper for a fresh export of their project and merge that.")),
    (E.CancelledError, QT_TRANSLATE_NOOP("Errors", "What finished before you pressed Cancel is kept whole; nothing is left half-done. Start it again when you are ready.")),
    (E.MapperError, QT_TRANSLATE_NOOP("Errors", "Check the file named and try again.")),
]

_log = logging.getLogger("mapper")


def next_step(exc: BaseException) -> str:
    for kind, text in NEXT_STEPS:
        if isinstance(exc, kind):
            return Errors.tr(text)
    return Errors.tr("Your saved work is safe: every edit shown as saved is in the project file. Try again; "
                     "if it happens again, send the details to your coordinator.")


def log_unexpected(exc: BaseException) -> str:
    """Append the traceback to the log file in the user data folder; returns the details text."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    path = log_file()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _log.addHandler(handler)
    try:
        _log.error("Unexpected error\n%s", details)
    finally:
        _log.removeHandler(handler)
        handler.close()
    return details


def show_error(parent: QWidget | None, exc: BaseException, *, doing: str | None = None) -> QMessageBox:
    """Show ``exc`` to the user (window-modal, does not block the caller). Returns the dialog."""
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setAccessibleName(Errors.tr("Error message"))
    box.setWindowTitle(Errors.tr("Neighbourhood Mapper"))
    if not isinstance(exc, E.MapperError) and is_disk_full(exc):  # e.g. writing an export's temp file
        exc = E.DiskFullError(Errors.tr("the disk is full, so nothing was written"))
    if isinstance(exc, E.MapperError):
        box.setIcon(QMessageBox.Icon.Information if isinstance(exc, E.CancelledError) else QMessageBox.Icon.Warning)
        first = fill(Errors.tr("Could not %1: %2"), Phrase(doing), str(exc)) if doing else str(exc)
        box.setText(first)
        box.setInformativeText(next_step(exc))
    else:
        details = log_unexpected(exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(fill(Errors.tr("Something went wrong while trying to %1."), Phrase(doing)) if doing
                    else Errors.tr("Something went wrong."))
        box.setInformativeText(next_step(exc) + "\n" + fill(Errors.tr("The details were written to %1."), log_file()))
        box.setDetailedText(details)
        copy = box.addButton(Errors.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleName(Errors.tr("Copy details"))
        # An action-role button would close the box; keep it open after copying.
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    ok.setAccessibleName(Errors.tr("Close message"))
    box.setDefaultButton(ok)
    plain_box(box)  # messages quote file names and values: text, never markup
    box.open()
    return box
