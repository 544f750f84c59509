"""Settings: the language of the window (the system's by default). A new language applies at once: the
window is rebuilt around the same project (every change is already saved)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from mapper.domain import i18n
from mapper.ui import settings
from mapper.ui.i18n import resolve


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.NATIVE_NAMES.get(resolve("system"), resolve("system"))
        self.language.addItem(self.tr("System default (%1)").replace("%1", i18n.isolate(system)), "system")
        for code in i18n.shipped_languages():
            self.language.addItem(i18n.NATIVE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language()), 0))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        note = QLabel(self.tr("A new language applies at once: the window opens again in it, on the same "
                              "project. Everything you entered is already saved; only Undo starts afresh. "
                              "Names and other recorded text stay exactly as they were typed."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()
