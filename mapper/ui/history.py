"""A record's history: who changed what and when (from the project's change tracking)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

from mapper.domain.records import DELETED
from mapper.ui.text import data_label

_FIELD_WORDS = {DELETED: "deleted", "geom": "location"}


def _show(field: str, value) -> str:
    if field == DELETED:
        return {1: "deleted", 0: "restored"}.get(value, "")
    if value is None:
        return "—"
    if field == "geom" and isinstance(value, list) and len(value) == 2:
        return f"{value[1]:.5f}, {value[0]:.5f}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def history_rows(entries: list[dict]) -> list[tuple[str, str, str, str, str, str]]:
    """(when, who, what, from, to, how) per change, newest first."""
    rows = []
    for e in reversed(entries):
        field = e["field"]
        when = (e["at"] or "").replace("T", " ")[:16]
        rows.append((when, e["author"] or "someone", _FIELD_WORDS.get(field, field.replace("_", " ")),
                     _show(field, e["old"]), _show(field, e["new"]), e["source"] or ""))
    return rows


class HistoryDialog(QDialog):
    def __init__(self, project, table: str, uuid: str, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"History of {title}")
        self.setAccessibleName(f"History of {title}")
        self.resize(760, 420)
        rows = history_rows(project.history(table, uuid))
        layout = QVBoxLayout(self)
        layout.addWidget(data_label(f"{len(rows)} change(s) to “{title}”, newest first."))
        self.table = QTableWidget(len(rows), 6)
        self.table.setAccessibleName("Changes")
        self.table.setHorizontalHeaderLabels(["When (UTC)", "Who", "What", "Was", "Now", "How"])
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
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close history")
        layout.addWidget(buttons)
