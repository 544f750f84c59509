"""The review screen after a merge: conflicts (base, this map's value, the other value; pick or edit) and
possible duplicates (side by side; merge or "not the same"). Every decision is a QUndoCommand on the
dialog's QUndoStack (Ctrl+Z / Ctrl+Shift+Z), and is itself versioned in the project so it merges too.

Open it with ``ReviewDialog(project, parent)``; it reads and writes through ``mapper.sync``.
"""

from __future__ import annotations

import json
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapper.domain.errors import MapperError, PrivacyError
from mapper.domain.wording import field_label
from mapper.privacy import setup
from mapper.store.codec import is_sensitive
from mapper.sync import conflicts as conflicts_mod
from mapper.sync import duplicates as dup
from mapper.ui.i18n import Phrase, Tr, fill
from mapper.ui.text import data_label

Review = Tr("Review")


def _show(value: Any) -> str:
    if value is None:
        return Review.tr("(empty)")
    if isinstance(value, (bytes, bytearray)):
        return fill(Review.tr("(%1 bytes, sealed or geometry)"), len(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


class _Decision(QUndoCommand):
    """A review decision: ``do`` returns an undo token, ``undo(token)`` reverses it with newer versions."""

    def __init__(self, dialog: "ReviewDialog", text: str, do: Callable[[], Any], undo: Callable[[Any], None]):
        super().__init__(text)
        self.dialog, self._do, self._undo = dialog, do, undo
        self.token: Any = None

    def redo(self) -> None:
        self.token = self._do()
        self.dialog.refresh()

    def undo(self) -> None:
        self._undo(self.token)
        self.dialog.refresh()


class ReviewDialog(QDialog):
    def __init__(self, project, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Review merged changes"))
        self.resize(900, 560)
        self.undo_stack = QUndoStack(self)
        self.conflicts: list[dict[str, Any]] = []
        self.pairs: list[dict[str, Any]] = []

        self.tabs = QTabWidget()
        # conflicts tab
        ctab = QWidget()
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicts"))
        # many at once: Shift/Ctrl+click, or select all from one file / all of one field
        self.conflict_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        self.conflict_table = QTableWidget(3, 2)
        self.conflict_table.setAccessibleName(self.tr("Conflict details"))
        self.conflict_table.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Who wrote it")])
        self.conflict_table.setVerticalHeaderLabels([self.tr("Before both edits"), self.tr("In the map now"), self.tr("Not kept")])
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        self.keep_button = QPushButton(self.tr("Keep the value in the map now"))
        self.other_button = QPushButton(self.tr("Use the value not kept"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.restore_button = QPushButton(self.tr("Restore the record"))
        self.keep_button.clicked.connect(lambda: self.resolve_current("kept"))
        self.other_button.clicked.connect(lambda: self.resolve_current("other"))
        self.edit_button.clicked.connect(self._edit_current)
        self.restore_button.clicked.connect(lambda: self.resolve_current("restore"))
        cbuttons = QHBoxLayout()
        for b in (self.keep_button, self.other_button, self.edit_button, self.restore_button):
            cbuttons.addWidget(b)
        self.same_file_button = QPushButton(self.tr("Select all from this file"))
        self.same_field_button = QPushButton(self.tr("Select all of this field"))
        self.same_file_button.clicked.connect(lambda: self.select_like("from_file"))
        self.same_field_button.clicked.connect(lambda: self.select_like("field"))
        select_row = QHBoxLayout()
        select_row.addWidget(self.same_file_button)
        select_row.addWidget(self.same_field_button)
        select_row.addStretch(1)
        cl = QVBoxLayout(ctab)
        cl.addLayout(select_row)
        cl.addWidget(self.conflict_list, 2)
        cl.addWidget(self.conflict_table, 2)
        cl.addLayout(cbuttons)
        self.tabs.addTab(ctab, self.tr("Conflicts"))
        # duplicates tab
        dtab = QWidget()
        self.pair_list = QListWidget()
        self.pair_list.setAccessibleName(self.tr("Possible duplicates list"))
        self.pair_list.currentRowChanged.connect(self._show_pair)
        self.pair_table = QTableWidget(0, 3)
        self.pair_table.setAccessibleName(self.tr("Pair details"))
        self.pair_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Record A (kept)"), self.tr("Record B")])
        self.pair_table.horizontalHeader().setStretchLastSection(True)
        self.merge_button = QPushButton(self.tr("Merge (keep A, B is replaced by A)"))
        self.distinct_button = QPushButton(self.tr("Not the same"))
        self.merge_button.clicked.connect(self.merge_current)
        self.distinct_button.clicked.connect(self.distinct_current)
        dbuttons = QHBoxLayout()
        dbuttons.addWidget(self.merge_button)
        dbuttons.addWidget(self.distinct_button)
        dl = QVBoxLayout(dtab)
        dl.addWidget(self.pair_list, 1)
        dl.addWidget(self.pair_table, 2)
        dl.addLayout(dbuttons)
        self.tabs.addTab(dtab, self.tr("Possible duplicates"))

        self.status = data_label()
        undo, redo = QPushButton(self.tr("Undo")), QPushButton(self.tr("Redo"))
        undo.clicked.connect(self.undo_stack.undo)
        redo.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for action, keys in ((self.undo_stack.createUndoAction(self, self.tr("Undo")), QKeySequence.StandardKey.Undo),
                             (self.undo_stack.createRedoAction(self, self.tr("Redo")), QKeySequence.StandardKey.Redo)):
            action.setShortcut(keys)
            self.addAction(action)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (undo, redo, close):
            bottom.addWidget(b)
        for button, text in zip(self.tabs.tabBar().findChildren(QToolButton),
                                (self.tr("Scroll tabs left"), self.tr("Scroll tabs right"))):
            button.setAccessibleName(text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.refresh()

    # ---- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the open conflicts and pairs again, keeping the place in each list (after a decision the
        next item is where the one decided was)."""
        conflict_row, pair_row = self.conflict_list.currentRow(), self.pair_list.currentRow()
        self.conflicts = conflicts_mod.open_conflicts(self.project)
        for c in self.conflicts:  # the file that brought the disagreement in (not this map's own side)
            other = conflicts_mod.writer(self.project, c["other_version"], c["other_source"])
            c["from_file"] = (conflicts_mod.writer(self.project, c["kept_version"])["file"] if other["own"]
                              else other["file"])
        self.pairs = dup.open_pairs(self.project)
        self.conflict_list.clear()
        for c in self.conflicts:
            what = (fill(self.tr("%1 edited after the record was deleted"), Phrase(field_label(c["field"].split(":", 1)[-1])))
                    if c["kind"] == conflicts_mod.EDIT_DELETED else field_label(c["field"]))
            kind = {"assets": self.tr("asset"), "groups": self.tr("group"), "neighbourhoods": self.tr("neighbourhood"),
                    "care_needs": self.tr("care need")}.get(c["tbl"], c["tbl"])
            item = QListWidgetItem(f"{kind} {self._name(c['tbl'], c['uuid'])}: {what}")
            self.conflict_list.addItem(item)
        self.pair_list.clear()
        for p in self.pairs:
            self.pair_list.addItem(f"{p['a_values'].get('name') or p['a']}  ~  {p['b_values'].get('name') or p['b']}"
                                   f"   ({', '.join(p['reasons'])})")
        self.tabs.setTabText(0, fill(self.tr("Conflicts (%1)"), len(self.conflicts)))
        self.tabs.setTabText(1, fill(self.tr("Possible duplicates (%1)"), len(self.pairs)))
        self.status.setText(self.tr("%n conflict(s)", "", len(self.conflicts)) + ", "
                            + self.tr("%n possible duplicate(s)", "", len(self.pairs)))
        if self.conflicts:
            self.conflict_list.setCurrentRow(min(max(conflict_row, 0), len(self.conflicts) - 1))
        else:
            self._show_conflict(-1)
        if self.pairs:
            self.pair_list.setCurrentRow(min(max(pair_row, 0), len(self.pairs) - 1))
        else:
            self._show_pair(-1)

    def _name(self, tbl: str, uuid: str) -> str:
        row = self.project.conn.execute(f'SELECT name FROM "{tbl}" WHERE uuid=?', (uuid,)).fetchone() \
            if tbl in ("assets", "groups", "neighbourhoods") else None
        if row and row[0]:
            return f"“{row[0]}”"
        tomb = self.project.conn.execute("SELECT data FROM nm_tombstones WHERE tbl=? AND uuid=?", (tbl, uuid)).fetchone()
        if tomb and tomb[0]:
            name = json.loads(tomb[0]).get("name")
            if isinstance(name, str) and name:
                return fill(self.tr("“%1” (deleted)"), name)
        return uuid[:8]

    def _value(self, c: dict[str, Any], which: str) -> str:
        """A conflict's value as text; a care need's sealed field opened while unlocked, else "locked"."""
        value, field = c[which], c["field"].split(":", 1)[-1]
        if value is not None and is_sensitive(c["tbl"], field):
            if not setup.is_unlocked(self.project):
                return self.tr("locked")
            try:
                value = self.project.codec.open(c["tbl"], field, value, c["uuid"])
            except PrivacyError:
                return self.tr("sealed to another key")
        return _show(value)

    def _show_conflict(self, row: int) -> None:
        c = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        deleted = c is not None and c["kind"] == conflicts_mod.EDIT_DELETED
        cells = [("", ""), ("", ""), ("", "")]
        if c is not None:
            kept = self.tr("record deleted") if deleted else self._value(c, "kept")
            cells = [(_show(c["base"]), self.tr("as this map last had it")),
                     (kept, conflicts_mod.writer_of(self.project, c["kept_version"])),
                     (self._value(c, "other"),
                      conflicts_mod.writer_of(self.project, c["other_version"], c["other_source"]))]
        for r, (value, src) in enumerate(cells):
            self.conflict_table.setItem(r, 0, QTableWidgetItem(value))
            self.conflict_table.setItem(r, 1, QTableWidgetItem(src))
        for b in (self.keep_button, self.other_button, self.edit_button):
            b.setEnabled(c is not None and not deleted)
        self.restore_button.setEnabled(deleted)
        if deleted:
            self.keep_button.setEnabled(True)

    def _show_pair(self, row: int) -> None:
        p = self.pairs[row] if 0 <= row < len(self.pairs) else None
        fields = [] if p is None else [k for k in p["a_values"] if k != "geom" and
                                        (p["a_values"].get(k) not in (None, "") or p["b_values"].get(k) not in (None, ""))]
        self.pair_table.setRowCount(len(fields))
        for r, f in enumerate(fields):
            self.pair_table.setItem(r, 0, QTableWidgetItem(f))
            self.pair_table.setItem(r, 1, QTableWidgetItem(_show(p["a_values"].get(f))))
            self.pair_table.setItem(r, 2, QTableWidgetItem(_show(p["b_values"].get(f))))
            if p["a_values"].get(f) != p["b_values"].get(f):
                for col in (1, 2):
                    self.pair_table.item(r, col).setBackground(Qt.GlobalColor.yellow)
        self.merge_button.setEnabled(p is not None)
        self.distinct_button.setEnabled(p is not None)

    # ---- decisions -------------------------------------------------------------------------
    def _push(self, text: str, do, undo) -> None:
        try:
            self.undo_stack.push(_Decision(self, text, do, undo))
        except MapperError as exc:
            from mapper.ui.errors import show_error

            show_error(self, exc, doing=text)

    def select_like(self, key: str) -> None:
        """Select every conflict with the current one's file (``from_file``) or field."""
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        want = self.conflicts[row][key]
        for i, c in enumerate(self.conflicts):
            self.conflict_list.item(i).setSelected(c[key] == want)

    def resolve_current(self, choice: str, value: Any = None) -> None:
        """Resolve the selected conflicts (the current one when one is selected) as one undoable step."""
        rows = sorted({i.row() for i in self.conflict_list.selectedIndexes()} | {self.conflict_list.currentRow()}
                      if choice != "edit" else {self.conflict_list.currentRow()})
        ids = [self.conflicts[r]["id"] for r in rows if 0 <= r < len(self.conflicts)]
        if not ids:
            return
        self.conflict_list.setCurrentRow(rows[0])  # the next open conflict lands where the first one was
        self._push(fill(self.tr("resolve %n conflict(s) (%1)", "", len(ids)), choice),
                   lambda: [conflicts_mod.resolve(self.project, cid, choice, value) for cid in ids],
                   lambda tokens: [conflicts_mod.unresolve(self.project, t) for t in reversed(tokens)])

    def _edit_current(self) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        text, ok = QInputDialog.getText(self, self.tr("Edit value"), c["field"], text=_show(c["kept"]))
        if ok:
            self.resolve_current("edit", text)

    def merge_current(self) -> None:
        row = self.pair_list.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        p = self.pairs[row]
        self._push(self.tr("merge duplicate pair"), lambda: dup.merge_pair(self.project, p["tbl"], p["a"], p["b"]),
                   lambda token: dup.undo(self.project, token))

    def distinct_current(self) -> None:
        row = self.pair_list.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        p = self.pairs[row]
        self._push(self.tr("not the same"), lambda: dup.mark_distinct(self.project, p["tbl"], p["a"], p["b"]),
                   lambda token: dup.undo(self.project, token))
