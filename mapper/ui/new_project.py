"""File → New project (and "Start mapping my neighbourhood" at first start): where the project file goes and
which neighbourhoods it starts with: the Sheffield or South Yorkshire boundaries shipped with the app
(``formats/boundary_sets.py``, offline), a boundaries file of the user's own, or none for now. Never over
an existing file. The dialog does no work itself: ``chosen()`` says what to make."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from mapper.formats.boundary_sets import DEFAULT, SETS, BoundarySet
from mapper.ui import settings

OWN, NONE = "own", "none"


class NewProjectDialog(QDialog):
    def __init__(self, parent=None, *, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.setAccessibleName(self.tr("New project"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A project is one file on this computer. Choose where it goes and the neighbourhoods "
                               "it starts with: assets are given the neighbourhood they are in, and a place outside "
                               "all of them is questioned before it is saved."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        self.file = QLineEdit(str((folder or settings.last_folder()) / "my-neighbourhood.gpkg"))
        self.file.setAccessibleName(self.tr("Project file"))
        file_label = QLabel(self.tr("&Project file:"))
        file_label.setBuddy(self.file)
        self.file_button = QPushButton(self.tr("Choose &where…"))
        self.file_button.setAccessibleName(self.tr("Choose where the project file goes"))
        self.file_button.clicked.connect(self.choose_file)
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.file, 0, 1)
        grid.addWidget(self.file_button, 0, 2)
        layout.addLayout(grid)

        box = QGroupBox(self.tr("Neighbourhoods to start with"))
        box.setAccessibleName(self.tr("Neighbourhoods to start with"))
        column = QVBoxLayout(box)
        self.choice = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        labels = {
            "sheffield_neighbourhoods": self.tr("Sheffield: 147 neighbourhoods"),
            "sheffield_wards": self.tr("Sheffield: 28 council wards"),
            "south_yorkshire_wards": self.tr("South Yorkshire: 91 council wards"),
            "south_yorkshire_districts": self.tr("South Yorkshire: 4 districts"),
            OWN: self.tr("Boundaries from a file of my own"),
            NONE: self.tr("None for now (File → Import adds them later)"),
        }
        tips = {"south_yorkshire_districts": self.tr("Barnsley, Doncaster, Rotherham and Sheffield"),
                "south_yorkshire_wards": self.tr("Sheffield's wards as drawn in 2016, the other districts' as in 2013"),
                OWN: self.tr("A .geojson or .gpkg file of areas, for example from your council")}
        for code, text in labels.items():
            b = QRadioButton(text)
            b.setAccessibleName(text)
            b.setToolTip(tips.get(code, ""))
            self.choice.addButton(b)
            self.buttons[code] = b
            column.addWidget(b)
            if code == OWN:
                row = QHBoxLayout()
                self.own = QLineEdit()
                self.own.setAccessibleName(self.tr("Boundaries file"))
                self.own.setPlaceholderText(self.tr("The file with your neighbourhoods' shapes"))
                self.own_button = QPushButton(self.tr("Choose &file…"))
                self.own_button.setAccessibleName(self.tr("Choose the boundaries file"))
                self.own_button.clicked.connect(self.choose_own)
                row.addSpacing(24)
                row.addWidget(self.own, 1)
                row.addWidget(self.own_button)
                column.addLayout(row)
        self.buttons[DEFAULT.code].setChecked(True)
        self.buttons[OWN].toggled.connect(self._own_toggled)
        self._own_toggled(False)
        layout.addWidget(box)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a51d2d; font-weight: bold;")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create project"))
        ok.setAccessibleName(self.tr("Create project"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 60), self.sizeHint().height())

    def _own_toggled(self, on: bool) -> None:
        self.own.setEnabled(on)
        self.own_button.setEnabled(on)
        if on and not self.own.text():
            self.own.setFocus()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), self.file.text(),
                                              self.tr("Neighbourhood Mapper project (*.gpkg)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.file.setText(path)

    def choose_own(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Boundaries file"), str(settings.last_folder()),
                                              self.tr("Boundaries (*.geojson *.json *.gpkg)"))
        if path:
            self.own.setText(path)
            settings.remember_folder(path)

    # ---- what to make ------------------------------------------------------------------------------
    def path(self) -> Path:
        text = self.file.text().strip()
        path = self._beside_last_folder(text) if text else Path()
        return path if path.suffix.lower() == ".gpkg" else path.with_name(path.name + ".gpkg")

    @staticmethod
    def _beside_last_folder(text: str) -> Path:
        """A name typed without a folder goes where file dialogs start (never the folder the app was
        started from)."""
        path = Path(text)
        return path if path.is_absolute() else settings.last_folder() / path

    def boundaries(self) -> BoundarySet | Path | None:
        if self.buttons[NONE].isChecked():
            return None
        if self.buttons[OWN].isChecked():
            return self._beside_last_folder(self.own.text().strip())
        return next(s for s in SETS if self.buttons[s.code].isChecked())

    def problem(self) -> str | None:
        """What stops the project being made, in a sentence (shown in the dialog, which stays open)."""
        if not self.file.text().strip():
            return self.tr("Give the project file a name.")
        path = self.path()
        if path.exists():
            return self.tr("There is already a file with that name there: choose another name (nothing is ever "
                           "written over).")
        if not path.parent.is_dir():
            return self.tr("That folder does not exist: choose where the project goes.")
        if self.buttons[OWN].isChecked():
            own = self.own.text().strip()
            if not own:
                return self.tr("Choose the file with your boundaries, or another choice.")
            if not self._beside_last_folder(own).is_file():
                return self.tr("The boundaries file was not found: choose it again.")
        return None

    def accept(self) -> None:  # noqa: D102 - Qt name
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        self.message.hide()
        super().accept()
