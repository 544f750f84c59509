"""Record lists as Qt models that fetch a page at a time (never a whole table)."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from mapper.domain.errors import MapperError
from mapper.domain.taxonomy import taxonomy
from mapper.store import queries
from mapper.store.connection import connect, interrupt

PAGE = 200
COUNT_AFTER_MS = 300  # the exact count starts once typing pauses (each keystroke would only interrupt it)
_ROOT = QModelIndex()
UUID_ROLE = Qt.ItemDataRole.UserRole + 1

_LABELS = {"category": "categories", "status": "asset_statuses", "group_type": "group_types"}


class _Counted(QObject):
    """Brings a count made on a helper thread back to the UI thread (queued)."""

    done = Signal(int, int)  # generation, count


class _Count(QRunnable):
    """The exact count of a filter, on a read-only connection of its own (the list is shown already)."""

    def __init__(self, path: str, table: str, f: queries.Filter, generation: int, counted: _Counted):
        super().__init__()
        self.setAutoDelete(False)  # the model keeps it to interrupt it
        self.path, self.table, self.f, self.generation, self.counted = path, table, f, generation, counted
        self.conn: sqlite3.Connection | None = None
        self.stopped = False
        self.ended = threading.Event()

    def run(self) -> None:
        try:
            if self.stopped:
                return
            self.conn = connect(self.path, readonly=True, check=False)
            n = queries.count(self.conn, self.table, self.f)
        except (sqlite3.Error, MapperError):  # interrupted (a newer search) or the file went away: no count
            return
        finally:
            if self.conn is not None:
                self.conn.close()
            self.ended.set()
        self.counted.done.emit(self.generation, n)

    def stop(self, wait: bool = False) -> None:
        self.stopped = True
        interrupt(self.conn)
        if wait and not QThreadPool.globalInstance().tryTake(self):  # not started yet: taken off the queue
            self.ended.wait(5)


class RecordListModel(QAbstractTableModel):
    """Rows of ``assets`` or ``groups`` matching a ``queries.Filter``, loaded on demand.

    ``total`` is exact when ``exact``; a filter matching ``queries.GATHER_MAX`` rows or more is counted only
    that far before the first page shows (``total`` is then "at least"), and exactly on a helper thread
    afterwards (``counted`` when it is known)."""

    counted = Signal()

    def __init__(self, table: str, parent=None):
        super().__init__(parent)
        self.table = table
        self.conn = None
        self.filter = queries.Filter()
        self.rows: list[tuple] = []
        self.total = 0
        self.exact = True
        self._more = False
        self._dense = False  # very many rows match words and filters: pages read the index in name order
        self._generation = 0
        self._count: _Count | None = None
        self._counted = _Counted()
        self._counted.done.connect(self._count_done, Qt.ConnectionType.QueuedConnection)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_AFTER_MS)
        self._count_timer.timeout.connect(self._count_later)
        cols = queries.ASSET_COLUMNS if table == "assets" else queries.GROUP_COLUMNS
        self.headings = [h for _, h in cols]
        self._codes = [_LABELS.get(c.split(".")[1]) if c.startswith(("a.", "g.")) else None for c, _ in cols]

    # ---- loading --------------------------------------------------------------------------
    def set_connection(self, conn) -> None:
        self._stop_count(wait=True)
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
        self.exact = True
        self._more = False
        self._stop_count()
        if self.conn is not None:
            whole = queries.is_empty(self.filter)  # counting a whole table is quick (its smallest index)
            self.total = queries.count(self.conn, self.table, self.filter, cap=None if whole else queries.GATHER_MAX)
            self.exact = whole or self.total < queries.GATHER_MAX
            self._dense = queries.dense(self.filter, self.total)
            self._load(max(PAGE, keep))
        self.endResetModel()
        if not self.exact:
            self._count_timer.start()

    def _count_later(self) -> None:
        if self.conn is None or self.exact:
            return
        path = next((r[2] for r in self.conn.execute("PRAGMA database_list") if r[1] == "main"), "")
        if not path:  # a database in memory: count it here
            self._count_done(self._generation, queries.count(self.conn, self.table, self.filter))
            return
        self._count = _Count(path, self.table, self.filter, self._generation, self._counted)
        QThreadPool.globalInstance().start(self._count)

    def _stop_count(self, wait: bool = False) -> None:
        self._generation += 1  # a count still on its way is for an older filter
        self._count_timer.stop()
        if self._count is not None:
            self._count.stop(wait)
            self._count = None

    def release(self) -> None:
        """The project closes: stop counting, and wait for it (a reader left open would keep the -wal)."""
        self._stop_count(wait=True)
        self.conn = None

    def _count_done(self, generation: int, n: int) -> None:
        if generation != self._generation:
            return
        self._count = None
        self.total, self.exact = n, True
        self.counted.emit()

    def _load(self, n: int) -> list[tuple]:
        after = (self.rows[-1][2] or "", self.rows[-1][0]) if self.rows else None
        got = queries.page(self.conn, self.table, self.filter, after, n, dense=self._dense)
        self.rows.extend(got)
        self._more = len(got) == n
        return got

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt name
        return not parent.isValid() and self._more and self.conn is not None

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt name
        if not self.canFetchMore(parent):
            return
        after = (self.rows[-1][2] or "", self.rows[-1][0])
        got = queries.page(self.conn, self.table, self.filter, after, PAGE, dense=self._dense)
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
