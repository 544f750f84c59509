"""Opening a coordinator's ``.nmkey`` file (a double-click in the file manager): say whose key it is
(its fingerprint, to compare over the phone) and how it is used. The key is only read, never stored."""

from __future__ import annotations

from pathlib import Path

from mapper.privacy.keys import fingerprint, load_public_key


def key_message(path: Path) -> str:
    """The text shown for a key file (a bad file raises the key reader's one-line PrivacyError)."""
    key = load_public_key(path)
    return (f"{path.name} is a coordinator's public key.\n\nFingerprint: {fingerprint(key)}\n"
            "Check it with your coordinator by phone before you use it.\n\n"
            "To send your care needs sealed so only your coordinator can read them: open your project, "
            "choose File > Export, answer “For my coordinator” and pick this file.")


def show_key_file(path: Path, *, quit_after_ms: int | None = None) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    from mapper.ui.app import application

    text = key_message(path)
    print(text.splitlines()[2])
    application()
    box = QMessageBox(QMessageBox.Icon.Information, "Coordinator key", text)
    box.setAccessibleName("Coordinator key")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is data, never markup
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, box.accept)
    box.exec()
    return 0
