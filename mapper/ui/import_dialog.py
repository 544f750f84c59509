"""File -> Import: look at a file before importing it and say which of its columns go where.

``ImportDialog(path, parent)`` shows ``formats.preview.preview_file``: the sheets or layers, the first
rows, one combo box per source column choosing our field (or "Don't import"), what will happen (placed
by postcode, swapped coordinates, reprojection...), and for polygon files "These are neighbourhood
boundaries". ``choice()`` gives what the import needs: only the columns the user changed are sent as
the mapping; the rest keep their automatic match. ``choose_imports(paths, parent)`` runs one dialog per
file (a file that cannot be read is shown through the one error path and left out).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.errors import MapperError
from mapper.domain.i18n import QT_TRANSLATE_NOOP
from mapper.formats.common import BOUNDARY_KEYS, ColumnMapping
from mapper.formats.preview import FIELD_LABELS, Preview, field_label, preview_file
from mapper.ui.errors import show_error
from mapper.ui.i18n import fill
from mapper.ui.text import data_label
from mapper.ui.wheel import guard_wheel

SKIP = ""  # combo data for "Don't import"
SKIP_TEXT = QT_TRANSLATE_NOOP("ImportDialog", "Don't import")


def _shape_words(geometry: str | None) -> str | None:
    """"MULTIPOLYGON" -> "areas on a map" (what a volunteer reads; the technical name stays in the file)."""
    if not geometry:
        return None
    g = geometry.upper()
    if "POLYGON" in g:
        return QCoreApplication.translate("ImportDialog", "areas on a map")
    if "POINT" in g:
        return QCoreApplication.translate("ImportDialog", "places on a map")
    if "LINE" in g:
        return QCoreApplication.translate("ImportDialog", "lines (not imported)")
    return None


@dataclass
class ImportChoice:
    path: Path
    mapping: ColumnMapping | None  # only the columns the user changed; None: nothing to map
    as_neighbourhoods: bool = False


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ImportDialog(QDialog):
    def __init__(self, path: Path | str, parent: QWidget | None = None, *, preview: Preview | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.preview = preview if preview is not None else preview_file(self.path)  # MapperError: caller shows it
        self.setObjectName("importDialog")
        self.setWindowTitle(fill(self.tr("Import %1"), self.path.name))
        self.setAccessibleName(fill(self.tr("Import %1"), self.path.name))
        self.resize(980, 640)
        self.combos: dict[str, QComboBox] = {}
        self._auto: ColumnMapping = self.preview.mapping()
        self._updating = False

        layout = QVBoxLayout(self)
        self.summary = data_label(self._summary_text())  # file and layer names
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.source_picker = QComboBox()
        self.source_picker.setAccessibleName(self.tr("Sheet or layer to preview"))
        for s in self.preview.sources:
            n = self.tr("%n row(s)", "", s.count) if s.count is not None else self.tr("first rows")
            self.source_picker.addItem(f"{s.name} ({n})")
        self.source_picker.currentIndexChanged.connect(self._show_source)
        self.source_picker.setVisible(len(self.preview.sources) > 1)
        layout.addWidget(self.source_picker)
        self.source_info = data_label()
        self.source_info.setWordWrap(True)
        layout.addWidget(self.source_info)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setObjectName("importPreview")
        self.table.setAccessibleName(self.tr("Preview of the first rows"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        split.addWidget(self.table)

        mapping_box = QWidget()
        form = QFormLayout(mapping_box)
        if self.preview.mappable:
            keys = [k for k in FIELD_LABELS if k not in BOUNDARY_KEYS or self.preview.polygons]
            for header in self.preview.headers:
                combo = QComboBox()
                combo.setObjectName(f"field:{header}")
                combo.setAccessibleName(fill(self.tr("Field for column %1"), header or self.tr("(no header)")))
                combo.addItem(self.tr(SKIP_TEXT), SKIP)
                for k in keys:
                    combo.addItem(field_label(k), k)
                label = data_label(header or self.tr("(no header)"))
                label.setBuddy(combo)
                form.addRow(label, combo)
                self.combos[header] = combo
            self._set_combos(self._auto)
            for header, combo in self.combos.items():
                combo.currentIndexChanged.connect(lambda _i, h=header: self._picked(h))
        else:
            form.addRow(QLabel(self.tr("This file's columns are matched automatically.")))
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Column mapping"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_box)
        guard_wheel(mapping_box)  # scrolling the column list never re-maps a column
        split.addWidget(scroll)
        layout.addWidget(split, 1)

        self.boundaries = QCheckBox(self.tr("These are neighbourhood boundaries"))
        self.boundaries.setAccessibleName(self.tr("These are neighbourhood boundaries"))
        self.boundaries.setVisible(self.preview.polygons)
        self.boundaries.toggled.connect(self._boundaries_toggled)
        layout.addWidget(self.boundaries)

        layout.addWidget(QLabel(self.tr("What will happen:")))
        self.warnings = QListWidget()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setMaximumHeight(120)
        layout.addWidget(self.warnings)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)

        self._show_source(0)
        # a file of areas is most likely boundaries, not 147 "assets": ticked, and the user may untick it
        self.boundaries.setChecked(bool(self.preview.polygons))
        self._refresh()

    # ---- what the user chose ---------------------------------------------------------------------
    def field_of(self, header: str) -> str | None:
        return self.combos[header].currentData() or None

    def set_field(self, header: str, key: str | None) -> None:
        """Choose our field for a source column (None: don't import it), as if picked by hand."""
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(key or SKIP))

    def as_neighbourhoods(self) -> bool:
        return self.preview.polygons and self.boundaries.isChecked()

    def mapping(self) -> ColumnMapping | None:
        """The columns whose field differs from the automatic match (None for files with no mapping)."""
        if not self.preview.mappable:
            return None
        return {h: self.field_of(h) for h in self.combos if self.field_of(h) != self._auto.get(h)}

    def choice(self) -> ImportChoice:
        return ImportChoice(self.path, self.mapping(), self.as_neighbourhoods())

    # ---- keeping the view in step ----------------------------------------------------------------
    def _summary_text(self) -> str:
        p = self.preview
        what = {"table": self.tr("spreadsheet"), "layers": self.tr("GeoPackage"), "geojson": self.tr("GeoJSON file"),
                "project": self.tr("Neighbourhood Mapper file"), "needs": self.tr("care-needs file")}[p.kind]
        parts = [fill(self.tr("%1: a %2"), self.path.name, what)]
        if len(p.sources) > 1:
            parts.append(self.tr("with %n sheet(s)", "", len(p.sources)) if p.kind == "table"
                         else self.tr("with %n layer(s)", "", len(p.sources)))
        if p.mappable:
            parts.append(self.tr("— check which of its columns go where, then Import."))
        return " ".join(parts)

    def _set_combos(self, mapping: ColumnMapping) -> None:
        self._updating = True
        try:
            for header, combo in self.combos.items():
                combo.setCurrentIndex(max(combo.findData(mapping.get(header) or SKIP), 0))
        finally:
            self._updating = False

    def _picked(self, header: str) -> None:
        if self._updating:
            return
        key = self.field_of(header)
        if key is not None:  # one column per field: a column that had it lets it go
            self._updating = True
            try:
                for other, combo in self.combos.items():
                    if other != header and combo.currentData() == key:
                        combo.setCurrentIndex(0)
            finally:
                self._updating = False
        self._refresh()

    def _boundaries_toggled(self, _checked: bool) -> None:
        changed = self.mapping() or {}
        self._auto = self.preview.mapping(as_neighbourhoods=self.as_neighbourhoods())
        self._set_combos(self._auto | changed)
        self._refresh()

    def _show_source(self, index: int) -> None:
        if not self.preview.sources:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        s = self.preview.sources[max(index, 0)]
        bits = [self.tr("%n row(s)", "", s.count) if s.count is not None else None, _shape_words(s.geometry)]
        shown = self.tr("first %n shown", "", len(s.rows)) if s.rows else None
        self.source_info.setText(" · ".join(b for b in [s.name, *bits, shown] if b))
        self.source_info.setToolTip(fill(self.tr("Coordinates: %1"), s.crs) if s.crs else "")  # for those who want the details
        self.table.clear()
        self.table.setColumnCount(len(s.headers))
        self.table.setRowCount(len(s.rows))
        for r, row in enumerate(s.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(_cell(value)))
        self._label_columns()

    def _label_columns(self) -> None:
        index = max(self.source_picker.currentIndex(), 0)
        if not self.preview.sources:
            return
        s = self.preview.sources[index]
        labels = []
        for h in s.headers:
            key = self.field_of(h) if h in self.combos else None
            labels.append(f"{h}\n→ {field_label(key) if key else self.tr(SKIP_TEXT).lower()}" if self.preview.mappable else h)
        self.table.setHorizontalHeaderLabels(labels)

    def _refresh(self) -> None:
        self._label_columns()
        self.warnings.clear()
        self.warnings.addItems(self.preview.check(self.mapping(), as_neighbourhoods=self.as_neighbourhoods())
                               or [self.tr("Nothing unusual found in the first rows.")])


def choose_imports(paths: list[Path], parent: QWidget | None) -> list[ImportChoice]:
    """One ImportDialog per file; the files the user accepted, with their mappings."""
    chosen = []
    for path in paths:
        try:
            dialog = ImportDialog(path, parent)
        except MapperError as exc:
            show_error(parent, exc, doing=fill(QCoreApplication.translate("ImportDialog", "import %1"), Path(path).name))
            continue
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                chosen.append(dialog.choice())
        finally:
            dialog.deleteLater()
    return chosen
