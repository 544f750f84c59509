"""File → Sync: two-way sync with the remembered folder or server, through ``ops.Op`` (progress, Cancel),
and the last sync time in the status bar. The window never waits on a server: the work runs on the
thread pool on its own connection to the project file."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit

from mapper.domain.wording import local_time
from mapper.sync.targets import last_sync, remembered, sync
from mapper.ui.i18n import Tr, fill

Sync = Tr("Sync")


class SyncActions:
    def __init__(self, window):
        self.window = window
        self.act_sync = QAction(Sync.tr("S&ync…"), window)
        self.act_sync.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.act_sync.setStatusTip(Sync.tr("Send your changes to the shared folder or central map and get "
                                        "everyone else's"))
        self.act_sync.triggered.connect(lambda _checked=False: self.sync_now())
        window.addAction(self.act_sync)
        file_menu = window.file_menu  # found by reference: its title is translated
        after = file_menu.actions()
        at = after.index(window.act_review) + 1 if window.act_review in after else len(after)
        file_menu.insertAction(after[at] if at < len(after) else None, self.act_sync)
        self.last_label = QLabel("")
        self.last_label.setAccessibleName(Sync.tr("Last sync"))
        window.statusBar().addPermanentWidget(self.last_label)
        self.op = None
        self.refresh()

    def refresh(self) -> None:
        project = self.window.project
        self.act_sync.setEnabled(project is not None and not project.readonly)
        at = last_sync(project) if project is not None else None
        self.last_label.setText(fill(Sync.tr("Last sync: %1"), local_time(at)) if at
                                else (Sync.tr("Not synced yet") if project is not None else ""))

    def ask_target(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.window, Sync.tr("Sync with"), Sync.tr(
                "A shared folder (for example on a USB stick or OneDrive), or the central map's server "
                "(postgresql://user@host/db or a service name). No password here: see the README."),
            QLineEdit.EchoMode.Normal, remembered(self.window.project) or "")
        return text.strip() or None if ok else None

    def sync_now(self, target: str | None = None):
        project = self.window.project
        if project is None:
            return None
        if target is None and not remembered(project):
            target = self.ask_target()
            if not target:
                return None

        def work(p, progress):
            return sync(p, target, progress=lambda done, total, _message: progress(done, total))

        def done(report) -> None:
            self.refresh()
            self.window.statusBar().showMessage(report.summary(), 15000)

        self.op = self.window.run_on_copy(Sync.tr("Syncing"), work, refresh=True, then=done,
                                         doing=Sync.tr("sync"))
        return self.op
