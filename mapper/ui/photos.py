"""Photos in the record panel: thumbnails, add by file dialog or drag-and-drop (stored in the project),
remove (undoable), enlarge in a viewer, and a caption (plain text)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapper.store import queries
from mapper.ui import commands, settings
from mapper.ui.i18n import fill
from mapper.ui.text import tooltip


class PhotoStrip(QWidget):
    """Thumbnails of a record's photos, the Add photo… button, and drag-and-drop of image files."""

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
        self.view_button = QPushButton(self.tr("Enlarge…"))
        self.view_button.setAccessibleName(self.tr("Enlarge photo"))
        self.view_button.setToolTip(self.tr("Show the chosen photo large, with its caption (Enter)"))
        self.view_button.clicked.connect(lambda: self.enlarge())
        self.remove_button = QPushButton(self.tr("Remove photo"))
        self.remove_button.setAccessibleName(self.tr("Remove photo"))
        self.remove_button.setToolTip(self.tr("Remove the chosen photo (Delete; Ctrl+Z brings it back)"))
        self.remove_button.clicked.connect(lambda: self.remove())
        self.thumbs.itemActivated.connect(lambda _item: self.enlarge())  # double-click or Enter
        self.thumbs.currentRowChanged.connect(lambda _row: self._update_buttons())
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.thumbs)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(lambda: self.remove())
        hint = QLabel(self.tr("Drop photos here to add them"))
        hint.setEnabled(False)
        hint.setWordWrap(True)  # a longer translation wraps instead of being cut off
        # two buttons a row: the strip stays narrow enough for the form's column at large text sizes
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.view_button, 0, 1)
        buttons.addWidget(self.remove_button, 1, 0)
        layout.addWidget(self.thumbs)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.photos: list[queries.Photo] = []
        self.viewer: PhotoViewer | None = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_photo() is not None
        self.view_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def current_photo(self) -> queries.Photo | None:
        row = self.thumbs.currentRow()
        return self.photos[row] if 0 <= row < len(self.photos) else None

    def remove(self) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        row = self.thumbs.currentRow()
        editor = self.form.window_.editor
        if editor.do(commands.RemovePhoto(editor, self.form.RECORD.TABLE, photo)):
            self.thumbs.setCurrentRow(min(row, self.thumbs.count() - 1))
            self.form.window_.statusBar().showMessage(self.tr("Photo removed. Ctrl+Z brings it back."))

    def enlarge(self) -> "PhotoViewer | None":
        photo = self.current_photo()
        if photo is None:
            return None
        self.viewer = PhotoViewer(self.form, photo)
        self.viewer.open()
        return self.viewer

    def show_photos(self, photos: list[queries.Photo]) -> None:
        current = self.current_photo()
        self.photos = list(photos)
        self.thumbs.clear()
        for p in photos:
            pix = QPixmap()
            pix.loadFromData(p.data)
            item = QListWidgetItem(QIcon(pix), "")
            label = p.caption or p.original_name or p.filename
            item.setToolTip(tooltip(label))  # a caption or file name: text, never markup
            item.setData(Qt.ItemDataRole.AccessibleTextRole, fill(self.tr("Photo %1"), label))
            item.setData(Qt.ItemDataRole.UserRole, p.uuid)
            self.thumbs.addItem(item)
        uuids = [p.uuid for p in photos]
        if current is not None and current.uuid in uuids:
            self.thumbs.setCurrentRow(uuids.index(current.uuid))
        self._update_buttons()

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


class PhotoViewer(QDialog):
    """One photo large (fitted to the screen) with its caption, which is edited here (plain text)."""

    def __init__(self, form: QWidget, photo: queries.Photo):
        super().__init__(form)
        self.form, self.photo = form, photo
        self.setWindowTitle(self.tr("Photo"))
        self.setAccessibleName(self.tr("Photo"))
        layout = QVBoxLayout(self)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pix = QPixmap()
        pix.loadFromData(photo.data)
        screen = form.screen().availableGeometry() if form.screen() is not None else None
        box = QSize(int(screen.width() * 0.8), int(screen.height() * 0.7)) if screen else QSize(900, 600)
        if not pix.isNull() and (pix.width() > box.width() or pix.height() > box.height()):
            pix = pix.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pix)
        self.picture.setAccessibleName(fill(self.tr("Photo %1"), photo.caption or photo.original_name or ""))
        layout.addWidget(self.picture, 1)
        fields = QFormLayout()
        self.caption = QLineEdit(photo.caption or "")
        self.caption.setMaxLength(queries.MAX_CAPTION)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(self.tr("What the photo shows (no one's name without their consent)"))
        caption_label = QLabel(self.tr("&Caption:"))
        caption_label.setBuddy(self.caption)
        fields.addRow(caption_label, self.caption)
        name = QLabel(photo.original_name or "")
        name.setTextFormat(Qt.TextFormat.PlainText)
        fields.addRow(QLabel(self.tr("File:")), name)
        layout.addLayout(fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.save_caption())

    def save_caption(self) -> None:
        """Closing the viewer keeps the caption typed (an undo step), as leaving a field does."""
        new = queries.plain_caption(self.caption.text())
        if new == self.photo.caption:
            return
        editor = self.form.window_.editor
        editor.do(commands.SetCaption(editor, self.form.RECORD.TABLE, self.photo, new))
