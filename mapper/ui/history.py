"""A record's history: who changed what and when (from the project's change tracking)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

from mapper.domain.wording import field_label, local_time, value_label
from mapper.store.queries import group_names
from mapper.ui.i18n import Tr, fill
from mapper.ui.text import data_label

History = Tr("History")


def history_rows(entries: list[dict], table: str = "assets",
                 names: dict[str, str] | None = None) -> list[tuple[str, str, str, str, str, str]]:
    """(when, who, what, from, to, how) per change, newest first, in words (labels, local time)."""
    rows = []
    for e in reversed(entries):
        field = e["field"]
        rows.append((local_time(e["at"]), e["author"] or History.tr("someone"), field_label(field),
                     value_label(table, field, e["old"], names), value_label(table, field, e["new"], names),
                     e["source"] or ""))
    return rows


class HistoryDialog(QDialog):
    def __init__(self, project, table: str, uuid: str, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("History of %1"), title))
        self.setAccessibleName(fill(self.tr("History of %1"), title))
        self.resize(760, 420)
        names = {**project.neighbourhood_names(), **dict(group_names(project.conn))}
        rows = history_rows(project.history(table, uuid), table, names)
        layout = QVBoxLayout(self)
        layout.addWidget(data_label(fill(self.tr("%n change(s) to “%1”, newest first.", "", len(rows)), title)))
        self.table = QTableWidget(len(rows), 6)
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Was"),
                                              self.tr("Now"), self.tr("How")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close history"))
        layout.addWidget(buttons)

