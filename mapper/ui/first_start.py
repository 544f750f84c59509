"""First start: start mapping (a new project), open a file, or try the demo, and give the mapper's name once.
Starting one's own map comes first; the demo is last and says it is made up."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

DEMO, NEW, OPEN = "demo", "new", "open"


class FirstStartDialog(QDialog):
    def __init__(self, parent=None, *, ask_project: bool = True, name: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Neighbourhood Mapper"))
        self.setAccessibleName(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Record the places, groups and help that make your neighbourhood strong. "
                               "Everything stays on this computer until you choose to share it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choice = QButtonGroup(self)
        self.buttons = {}
        if ask_project:
            for code, text in ((NEW, self.tr("Start mapping my neighbourhood…")),
                               (OPEN, self.tr("Open a file I was given…")),
                               (DEMO, self.tr("Try the demo (made-up records: not for real work)"))):
                b = QRadioButton(text)
                b.setAccessibleName(text.rstrip("…"))
                self.choice.addButton(b)
                self.buttons[code] = b
                layout.addWidget(b)
            self.buttons[NEW].setChecked(True)
        form = QFormLayout()
        self.name = QLineEdit(name or "")
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("Shown in each record's history, for example Sam at Hillside"))
        label = QLabel(self.tr("Your name:"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        for code, b in self.buttons.items():
            if b.isChecked():
                return code
        return NEW

    def mapper_name(self) -> str | None:
        return self.name.text().strip() or None
