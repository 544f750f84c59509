"""Every edit is a QUndoCommand that commits through Project at once (no save button).

``Editor.do(command)`` runs the first commit itself so a refused edit (validation) never reaches the
undo stack; later undo/redo replay it. After each commit ``on_change(table, uuid)`` tells the window.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from mapper.domain.records import Record
from mapper.store import queries
from mapper.store.project import Project
from mapper.ui.i18n import Tr, fill

Commands = Tr("Commands")


class _Command(QUndoCommand):
    def __init__(self, editor: "Editor", text: str):
        super().__init__(text)
        self.editor = editor
        self.first = True

    def apply(self) -> None:  # do
        raise NotImplementedError

    def revert(self) -> None:  # undo
        raise NotImplementedError

    def redo(self) -> None:
        if self.first:  # already applied by Editor.do
            self.first = False
            return
        self.editor.guard(self.apply)

    def undo(self) -> None:
        self.editor.guard(self.revert)


class AddRecord(_Command):
    def __init__(self, editor: "Editor", record: Record):
        name = getattr(record, "name", "")
        text = {"assets": Commands.tr("add asset “%1”"), "groups": Commands.tr("add group “%1”")}.get(
            record.TABLE, Commands.tr("add “%1”"))
        super().__init__(editor, fill(text, name))
        self.record = record
        self.added = False

    def apply(self) -> None:
        p = self.editor.project
        if self.added:
            p.restore(self.record.TABLE, self.record.uuid)
        else:
            p.add(self.record)
            self.added = True
        self.editor.changed(self.record.TABLE, self.record.uuid)

    def revert(self) -> None:
        self.editor.project.delete(self.record.TABLE, self.record.uuid)
        self.editor.changed(self.record.TABLE, self.record.uuid)


class UpdateRecord(_Command):
    def __init__(self, editor: "Editor", table: str, uuid: str, new: dict[str, Any], old: dict[str, Any],
                 text: str = ""):
        super().__init__(editor, text or fill(Commands.tr("change %1"), ", ".join(sorted(new)).replace("_", " ")))
        self.table, self.uuid, self.new, self.old = table, uuid, dict(new), dict(old)

    def apply(self) -> None:
        self.editor.project.update(self.table, self.uuid, self.new)
        self.editor.changed(self.table, self.uuid)

    def revert(self) -> None:
        self.editor.project.update(self.table, self.uuid, self.old)
        self.editor.changed(self.table, self.uuid)


class DeleteRecord(_Command):
    def __init__(self, editor: "Editor", table: str, uuid: str, name: str = ""):
        super().__init__(editor, fill(Commands.tr("delete “%1”"), name) if name else Commands.tr("delete"))
        self.table, self.uuid = table, uuid

    def apply(self) -> None:
        self.editor.project.delete(self.table, self.uuid)
        self.editor.changed(self.table, self.uuid)

    def revert(self) -> None:
        self.editor.project.restore(self.table, self.uuid)
        self.editor.changed(self.table, self.uuid)


class AddPhoto(_Command):
    def __init__(self, editor: "Editor", table: str, record_uuid: str, data: bytes, mime: str, name: str):
        super().__init__(editor, fill(Commands.tr("add photo %1"), name))
        self.table, self.record_uuid, self.data, self.mime, self.name = table, record_uuid, data, mime, name
        self.photo_uuid: str | None = None

    def apply(self) -> None:
        photo = queries.add_photo(self.editor.project, self.record_uuid, self.data, self.mime, self.name,
                                  uuid=self.photo_uuid)
        self.photo_uuid = photo.uuid
        self.editor.changed(self.table, self.record_uuid)

    def revert(self) -> None:
        queries.remove_photo(self.editor.project, self.photo_uuid)
        self.editor.changed(self.table, self.record_uuid)


class RemovePhoto(_Command):
    """Remove a photo; undo puts the same photo (uuid, bytes, name, caption) back."""

    def __init__(self, editor: "Editor", table: str, photo: queries.Photo):
        super().__init__(editor, fill(Commands.tr("remove photo %1"), photo.original_name or ""))
        self.table, self.photo = table, photo

    def apply(self) -> None:
        queries.remove_photo(self.editor.project, self.photo.uuid)
        self.editor.changed(self.table, self.photo.record_uuid)

    def revert(self) -> None:
        p = self.photo
        queries.add_photo(self.editor.project, p.record_uuid, p.data, p.mime, p.original_name, uuid=p.uuid,
                          caption=p.caption)
        self.editor.changed(self.table, p.record_uuid)


class SetCaption(_Command):
    def __init__(self, editor: "Editor", table: str, photo: queries.Photo, caption: str | None):
        super().__init__(editor, Commands.tr("change photo caption"))
        self.table, self.photo, self.new = table, photo, queries.plain_caption(caption)

    def apply(self) -> None:
        queries.set_caption(self.editor.project, self.photo.uuid, self.new)
        self.editor.changed(self.table, self.photo.record_uuid)

    def revert(self) -> None:
        queries.set_caption(self.editor.project, self.photo.uuid, self.photo.caption)
        self.editor.changed(self.table, self.photo.record_uuid)


class Editor:
    """The window's single route for edits: an undo stack over one open project."""

    def __init__(self, stack: QUndoStack, on_change: Callable[[str, str], None],
                 on_error: Callable[[BaseException], None]):
        self.stack = stack
        self.project: Project | None = None
        self.on_change = on_change
        self.on_error = on_error

    def changed(self, table: str, uuid: str) -> None:
        self.on_change(table, uuid)

    def guard(self, fn: Callable[[], None]) -> bool:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - every error goes to the one error path
            self.on_error(exc)
            return False
        return True

    def do(self, command: _Command) -> bool:
        """Commit ``command`` now; only when that worked it goes on the undo stack."""
        if not self.guard(command.apply):
            return False
        self.stack.push(command)
        return True
