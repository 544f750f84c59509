"""Photos in the record panel: thumbnails, add by file dialog or drag-and-drop (stored in the project)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapper.store import queries
from mapper.ui import settings
from mapper.ui.i18n import fill
from mapper.ui.text import tooltip


class PhotoStrip(QWidget):
    """Thumbnails of a record's photos, an self.tr("Add photo…") button, and drag-and-drop of image files."""

    def __init__(self, form: QWidget):  # a RecordForm
        super().__init__(form)
        self.form = form
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(96, 72))
        self.thumbs.setFixedHeight(100)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setAcceptDrops(False)
        self.thumbs.setAccessibleName(self.tr("Photos"))
        self.add_button = QPushButton(self.tr("Add photo…"))
        self.add_button.setAccessibleName(self.tr("Add photo"))
        self.add_button.setToolTip(self.tr("Choose a photo, or drop image files on this area"))
        self.add_button.clicked.connect(self.choose)
        hint = QLabel(self.tr("Drop photos here to add them"))
        hint.setEnabled(False)
        hint.setWordWrap(True)  # a longer translation wraps instead of being cut off
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(hint, 1)
        layout.addWidget(self.thumbs)
        layout.addLayout(row)

    def show_photos(self, photos: list[queries.Photo]) -> None:
        self.thumbs.clear()
        for p in photos:
            pix = QPixmap()
            pix.loadFromData(p.data)
            item = QListWidgetItem(QIcon(pix), "")
            label = p.original_name or p.filename
            item.setToolTip(tooltip(label))  # a file name: text, never markup
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("Photo %1"), label))
            item.setData(Qt.ItemDataRole.UserRole, p.uuid)
            self.thumbs.addItem(item)

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), str(settings.last_folder()),
                                                self.tr("Photos (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"))
        for path in paths:
            self.form.add_photo(path)

    def dragEnterEvent(self, event):  # noqa: N802 - Qt name
        if event.mimeData().hasUrls() and self.form.record is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 - Qt name
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.form.add_photo(url.toLocalFile())
        event.acceptProposedAction()
