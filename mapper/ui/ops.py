"""The one helper for long work (like Anki's CollectionOp): run a function off the UI thread with a
progress bar and Cancel; its result and any error come back on the UI thread through one path.

    Op(window, "Importing", lambda progress: import_files(...), on_done=refresh).run()

The function receives a ``Progress``: call ``progress(done, total)`` as it goes; the call raises
``CancelledError`` once the user pressed Cancel, so work stops at the next step.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from mapper.domain.errors import CancelledError
from mapper.ui.errors import show_error
from mapper.ui.i18n import Phrase, Tr, fill

Ops = Tr("Ops")

_running: set["Op"] = set()


class Progress:
    """Passed to the work function. Thread-safe; cheap to call often."""

    def __init__(self, bridge: "_Bridge", cancel: threading.Event):
        self._bridge = bridge
        self._cancel = cancel

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise CancelledError(Ops.tr("the task was cancelled"))
        self._bridge.progressed.emit(int(done), int(total))


class _Bridge(QObject):
    """Lives on the UI thread: signals emitted by the worker arrive here queued."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, error

    def __init__(self, op: "Op"):
        super().__init__()
        self.op = op
        self.progressed.connect(self.on_progress, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self.on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.op._show_progress(done, total)

    @Slot(object, object)
    def on_finished(self, result: Any, error: Any) -> None:
        self.op._finish(result, error)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, bridge: _Bridge):
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.progress, self.bridge = fn, progress, bridge

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # every error goes back to the UI thread
            self.bridge.finished.emit(None, exc)
            return
        self.bridge.finished.emit(result, None)


class Op:
    """One long task. ``on_done(result)`` runs on the UI thread; errors go to ``show_error``."""

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[[Progress], Any], *,
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 doing: str | None = None, show_after_ms: int = 400):
        self.parent, self.title, self.fn = parent, title, fn
        self.on_done, self.on_error = on_done, on_error
        self.doing = doing or f"finish {title.lower()}"  # "Could not finish merging: ..."
        self.cancel = threading.Event()
        self.bridge = _Bridge(self)
        self.dialog: QProgressDialog | None = None
        self.show_after_ms = show_after_ms
        self.done = False

    def run(self) -> "Op":
        _running.add(self)
        dialog = QProgressDialog(self.title, Ops.tr("Cancel"), 0, 0, self.parent)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self.title)
        dialog.setAccessibleName(fill(Ops.tr("%1: progress"), Phrase(self.title)))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(self.show_after_ms)
        dialog.canceled.connect(self.cancel.set)
        self.dialog = dialog
        QThreadPool.globalInstance().start(_Runner(self.fn, Progress(self.bridge, self.cancel), self.bridge))
        return self

    def _show_progress(self, done: int, total: int) -> None:
        dialog = self.dialog  # setValue() may run the finish handler (a modal dialog processes events)
        if dialog is not None and not self.done:
            if dialog.wasCanceled():
                self.cancel.set()
            dialog.setLabelText(fill(Ops.tr("%1… %2 of %3"), Phrase(self.title), done, total) if total > 0
                                else fill(Ops.tr("%1…"), Phrase(self.title)))
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel.set)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _running.discard(self)
        if error is not None:
            if self.on_error is not None:
                self.on_error(error)
            show_error(self.parent, error, doing=self.doing)
        elif self.on_done is not None:
            try:
                self.on_done(result)
            except Exception as exc:  # noqa: BLE001 - shown through the one path
                show_error(self.parent, exc, doing=self.doing)


def running() -> int:
    """How many long tasks are under way (tests wait for 0)."""
    return len(_running)
