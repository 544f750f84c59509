"""Record lists as Qt models that fetch a page at a time (never a whole table)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from mapper.domain.taxonomy import taxonomy
from mapper.store import queries

PAGE = 200
_ROOT = QModelIndex()
UUID_ROLE = Qt.ItemDataRole.UserRole + 1

_LABELS = {"category": "categories", "status": "asset_statuses", "group_type": "group_types"}


class RecordListModel(QAbstractTableModel):
    """Rows of ``assets`` or ``groups`` matching a ``queries.Filter``, loaded on demand."""

    def __init__(self, table: str, parent=None):
        super().__init__(parent)
        self.table = table
        self.conn = None
        self.filter = queries.Filter()
        self.rows: list[tuple] = []
        self.total = 0
        self._more = False
        self._probe = False  # most rows match the search: pages probe the index row by row
        cols = queries.ASSET_COLUMNS if table == "assets" else queries.GROUP_COLUMNS
        self.headings = [h for _, h in cols]
        self._codes = [_LABELS.get(c.split(".")[1]) if c.startswith(("a.", "g.")) else None for c, _ in cols]

    # ---- loading --------------------------------------------------------------------------
    def set_connection(self, conn) -> None:
        self.conn = conn
        self.reload()

    def set_filter(self, f: queries.Filter) -> None:
        self.filter = f
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Query again from the top (keeping at least ``keep`` rows loaded, to hold the scroll place)."""
        self.beginResetModel()
        self.rows = []
        self.total = 0
        self._more = False
        if self.conn is not None:
            self.total = queries.count(self.conn, self.table, self.filter)
            self._probe = queries.dense(self.conn, self.table, self.filter, self.total)
            self._load(max(PAGE, keep))
        self.endResetModel()

    def _load(self, n: int) -> list[tuple]:
        after = (self.rows[-1][2] or "", self.rows[-1][0]) if self.rows else None
        got = queries.page(self.conn, self.table, self.filter, after, n, probe=self._probe)
        self.rows.extend(got)
        self._more = len(got) == n
        return got

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt name
        return not parent.isValid() and self._more and self.conn is not None

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt name
        if not self.canFetchMore(parent):
            return
        after = (self.rows[-1][2] or "", self.rows[-1][0])
        got = queries.page(self.conn, self.table, self.filter, after, PAGE, probe=self._probe)
        self._more = len(got) == PAGE
        if got:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(got) - 1)
            self.rows.extend(got)
            self.endInsertRows()

    # ---- edits ---------------------------------------------------------------------------
    def refresh_uuid(self, uuid: str) -> None:
        """Re-read one row after an edit (if it is loaded); new or deleted rows reload the list."""
        at = self.row_of(uuid)
        fresh = queries.row_of(self.conn, self.table, uuid) if self.conn is not None else None
        if at is None or fresh is None:
            self.reload(keep=len(self.rows))
            return
        self.rows[at] = fresh
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def row_of(self, uuid: str) -> int | None:
        for i, r in enumerate(self.rows):
            if r[1] == uuid:
                return i
        return None

    def uuid_at(self, row: int) -> str | None:
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    # ---- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.headings)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            value = row[index.column() + 2]
            section = self._codes[index.column()]
            if value is not None and section:
                value = taxonomy().label(section, value)
            return "" if value is None else str(value)
        if role == UUID_ROLE:
            return row[1]
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordListModel", self.headings[section])
        return None
