"""Another window or program writing the same project file: the window notices and shows the file as it
is now. SQLite's ``PRAGMA data_version`` changes only when another connection has committed, so a poll
every second costs one tiny query and never a false alarm for our own edits."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

POLL_MS = 1000


class FileWatch(QObject):
    def __init__(self, parent: QObject, on_change: Callable[[], None], interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.project = None
        self._seen: int | None = None
        self.on_change = on_change
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def follow(self, project) -> None:
        self.project = project
        self.mark()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.project = None

    def _version(self) -> int | None:
        conn = getattr(self.project, "conn", None)
        if conn is None or conn.in_transaction:
            return None
        return conn.execute("PRAGMA data_version").fetchone()[0]

    def mark(self) -> None:
        """What the window shows is the file as it is now (after our own reload)."""
        self._seen = self._version() if self.project is not None else None

    def poll(self) -> bool:
        from mapper.ui import ops

        if ops.running():  # our own import/export/merge on its own connection: its end reloads the window
            return False
        now = self._version() if self.project is not None else None
        if now is None or now == self._seen:
            return False
        self._seen = now
        self.on_change()
        return True
