"""Opening a coordinator's ``.nmkey`` file (a double-click in the file manager): say whose key it is
(its fingerprint, to compare over the phone) and how it is used. The key is only read, never stored."""

from __future__ import annotations

from pathlib import Path

from mapper.domain.i18n import translate
from mapper.privacy.keys import fingerprint, load_public_key


def key_message(path: Path) -> str:
    """The text shown for a key file (a bad file raises the key reader's one-line PrivacyError)."""
    key = load_public_key(path)
    return (translate("KeyFile", "%1 is a coordinator's public key.").replace("%1", path.name) + "\n\n"
            + translate("KeyFile", "Fingerprint: %1").replace("%1", fingerprint(key)) + "\n"
            + translate("KeyFile", "Check it with your coordinator by phone before you use it.") + "\n\n"
            + translate("KeyFile", "To send your care needs sealed so only your coordinator can read them: open your "
                                   "project, choose File > Export, answer “For my coordinator” and pick this file."))


def show_key_file(path: Path, *, quit_after_ms: int | None = None) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    from mapper.ui.app import application

    text = key_message(path)
    print(text.splitlines()[2])
    application()
    box = QMessageBox(QMessageBox.Icon.Information, translate("KeyFile", "Coordinator key"), text)
    box.setAccessibleName(translate("KeyFile", "Coordinator key"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is data, never markup
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, box.accept)
    box.exec()
    return 0
