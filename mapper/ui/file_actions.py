"""The window's file actions: new/open project, import (preview + column mapping), export, merge and
review. Long work runs through ops.Op on its own connection to the project file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapper.domain.errors import MapperError
from mapper.formats.api import Cli, export_file
from mapper.formats.boundary_sets import BoundarySet, start_project
from mapper.mapview.html_export import export_html
from mapper.store.project import Project
from mapper.sync.merge import merge_files
from mapper.sync.package import import_files
from mapper.ui import export_flow, ops, settings
from mapper.ui.i18n import Tr, fill
from mapper.ui.import_dialog import choose_imports
from mapper.ui.review import ReviewDialog
from mapper.ui.text import plain_box


def _doing(title: str) -> str | None:
    """What a long task does, for "Could not merge the files: …" (never "Could not merging")."""
    return {Files.tr("Importing"): Files.tr("import the files"), Files.tr("Exporting"): Files.tr("export"),
            Files.tr("Exporting the map"): Files.tr("export the map"),
            Files.tr("Merging"): Files.tr("merge the files")}.get(title)

Files = Tr("Files")


def _progress_kwargs(progress: ops.Progress) -> dict:
    """Hand the Op's progress and cancel check to import/export (Progress raises CancelledError once the
    user presses Cancel; merge_files takes only ``progress``)."""
    return {"progress": _report(progress), "cancelled": lambda: progress.cancelled}


def _report(progress: ops.Progress) -> Callable[..., bool]:
    return lambda done, total, *_message: progress(done, total) or True


class FileActions:
    """Mixed into MainWindow (uses its project, show_error, reload_all, ask and status bar)."""

    # ---- files and long work ------------------------------------------------------------------
    def new_project_dialog(self):
        """File → New project: where, and which neighbourhoods to start with (ui/new_project.py)."""
        from mapper.ui.new_project import NewProjectDialog

        dialog = NewProjectDialog(self)
        dialog.accepted.connect(lambda: self.create_project(dialog.path(), dialog.boundaries()))
        self.new_project_box = dialog
        dialog.open()
        return dialog

    def create_project(self, path: Path, boundaries: BoundarySet | Path | None = None) -> ops.Op:
        """Make the project (never over an existing file) with its first neighbourhoods, off the UI
        thread, and open it; a bad boundaries file is one plain message and leaves no file behind."""
        path, author = Path(path).with_suffix(".gpkg"), self.mapper_name()

        def done(project: Project) -> None:
            self._project_opened(project)
            settings.remember_folder(path)
            n = project.count("neighbourhoods")
            self.statusBar().showMessage(fill(Files.tr("Created %1 with %2. Add an asset with Ctrl+N, or on the map "
                                                       "with Ctrl+Shift+A."), path.name,
                                              Files.tr("%n neighbourhood(s)", "", n)) if n else
                                         fill(Files.tr("Created %1, with no neighbourhoods yet (File → Import adds "
                                                       "boundaries)."), path.name))

        return ops.Op(self, Files.tr("Creating the project"),
                      lambda _progress: start_project(path, boundaries, author=author), on_done=done,
                      doing=Files.tr("create the project")).run()

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, Files.tr("Open project"), str(settings.last_folder()),
                                              Files.tr("Neighbourhood Mapper project (*.gpkg)"))
        if path:
            self.open_project(Path(path))

    def run_on_copy(self, title: str, work: Callable[[Project, ops.Progress], Any], *, refresh: bool,
                    then: Callable[[Any], None] | None = None, doing: str | None = None) -> ops.Op:
        """Run ``work`` off the UI thread on its own connection to the open project file (``doing``: what
        it does, for an error message; else worked out from the title)."""
        path, codec = self.project.path, self.project.codec

        def job(progress: ops.Progress):
            p = Project.open(path)
            p.codec = codec
            p.source = self.project.source if self.project else None
            try:
                return work(p, progress)
            finally:
                p.close()

        def done(result: Any) -> None:
            if self.project is not None and self.project.path == path:
                self.project.reload_state()  # the work moved the file's clock and maybe its boundaries
            if refresh:
                self.reload_all(result)
            elif then is None:
                self._done_message(result)
            if then is not None:
                then(result)

        return ops.Op(self, title, job, on_done=done, doing=doing or _doing(title)).run()

    def _done_message(self, result: Any) -> None:
        self.statusBar().showMessage(fill(Files.tr("Done: %1"), str(result)) if result not in (None, "") else Files.tr("Done"),
                                     10000)

    def add_basemap_dialog(self) -> None:
        """File → Add basemap: a raster .mbtiles file shown under the assets (remembered in the project)."""
        path, _ = QFileDialog.getOpenFileName(self, Files.tr("Add a basemap"), str(settings.last_folder()),
                                              Files.tr("Map tiles (*.mbtiles)"))
        if not path:
            return
        settings.remember_folder(path)
        try:
            self.map.add_basemap(Path(path))
        except MapperError as exc:
            self.show_error(exc, doing=Files.tr("add the basemap"))
            return
        self.statusBar().showMessage(fill(Files.tr("Basemap %1 added: choose it in the map's layer list."), Path(path).name), 10000)

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, Files.tr("Import records"), str(settings.last_folder()),
                                                Files.tr("Data files (*.gpkg *.xlsx *.csv *.geojson *.json)"))
        if paths:
            chosen = choose_imports([Path(x) for x in paths], self)
            if chosen:
                self.import_from([c.path for c in chosen], choices=chosen)

    def import_from(self, paths: list[Path], choices: list | None = None) -> ops.Op | None:
        """``choices``: ImportDialog choices (per file: column mapping, boundaries); None: automatic."""
        def work(p, progress):
            kw = _progress_kwargs(progress)
            if not choices:
                return import_files(p, paths, **kw)
            return [r for c in choices for r in import_files(
                p, [c.path], mappings={c.path: c.mapping} if c.mapping else None,
                as_neighbourhoods=c.as_neighbourhoods, **kw)]

        return self.run_on_copy(Files.tr("Importing"), work, refresh=True, then=self.show_import_summary)

    def show_import_summary(self, reports) -> QMessageBox:
        """What each file added, updated and skipped (and why), and that Ctrl+Z cannot take an import back."""
        lines = []
        for r in reports or []:
            if r.note:
                lines.append(f"{Path(r.path).name}: {r.note}")
                continue
            counts = fill(Files.tr("%1: %2 added, %3 updated, %4 unchanged"), Path(r.path).name, r.added, r.updated,
                          r.unchanged)
            lines.append(counts + (", " + Files.tr("%n row(s) skipped", "", len(r.skipped)) if r.skipped else ""))
            if getattr(r, "rederived", 0):
                lines.append("    " + Cli.tr("%n asset(s) already recorded given their neighbourhood from these "
                                           "boundaries", "", r.rederived))
            lines += [f"    {issue}" for issue in r.skipped[:5]]
            if len(r.skipped) > 5:
                lines.append("    … " + Files.tr("and %n more", "", len(r.skipped) - 5))
        lines += ["", Files.tr("An import cannot be taken back with Ctrl+Z (the undo list starts again from here). "
                               "Each record's History shows what the import changed.")]
        box = QMessageBox(QMessageBox.Icon.Information, Files.tr("Import finished"), "\n".join(lines), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(Files.tr("Import finished"))
        self.import_summary_box = box
        box.open()
        return box

    def export_dialog(self) -> None:
        suggested = export_flow.suggested_path(self.project.path, self.mapper_name())
        path, chosen = QFileDialog.getSaveFileName(self, Files.tr("Export"), str(suggested), ";;".join(export_flow.filters()))
        if not path:
            return
        path = export_flow.with_suffix(Path(path), chosen)
        settings.remember_folder(path)
        if path.suffix.lower() in (".html", ".htm"):
            self.export_map_to(path)
            return
        public = self.ask(Files.tr("Export"), Files.tr("Is this export for the public (only records marked “May appear on public "
                                             "maps”, no care needs), or for your coordinator?"), Files.tr("Public"), Files.tr("For my coordinator"))
        key = None
        if not public and self.project.count("care_needs"):
            key = self.choose_coordinator_key()
        self.export_to(path, public=public, coordinator_key=key)

    def choose_coordinator_key(self) -> Path | None:
        """Care needs go to the coordinator only sealed to their public key; without one they stay here."""
        key, _ = QFileDialog.getOpenFileName(
            self, Files.tr("Your coordinator's public key (Cancel: care needs stay on this laptop)"),
            str(settings.last_folder()), Files.tr("Coordinator public key (*.nmkey)"))
        return Path(key) if key else None

    def export_map_to(self, path: Path) -> ops.Op:
        """One self-contained HTML map of what may be published (never care needs)."""
        return self.run_on_copy(Files.tr("Exporting the map"), lambda p, _progress: export_html(p, path, public=True),
                                refresh=False, then=lambda r: self.show_export_done(r, public=True))

    def export_to(self, path: Path, *, public: bool, kind: str = "all",
                  coordinator_key: Path | None = None) -> ops.Op | None:
        return self.run_on_copy(Files.tr("Exporting"), lambda p, progress: export_file(
            p, path, public=public, kind=kind, coordinator_key=coordinator_key, **_progress_kwargs(progress)),
            refresh=False, then=lambda r: self.show_export_done(r, public=public, key=coordinator_key))

    def show_export_done(self, report, *, public: bool, key: Path | None = None) -> QMessageBox:
        """What was written, where, and what was left out and why, in plain words."""
        text = export_flow.export_message(report, public=public, sealed_to_coordinator=key is not None,
                                          care_needs_here=self.project.count("care_needs") if self.project else 0)
        self.statusBar().showMessage(text.splitlines()[0], 15000)
        box = QMessageBox(QMessageBox.Icon.Information, Files.tr("Export finished"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(Files.tr("Export finished"))
        self.export_done_box = box
        box.open()
        return box

    def merge_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, Files.tr("Merge exports"), str(settings.last_folder()),
                                                Files.tr("GeoPackage (*.gpkg)"))
        if paths:
            self.merge_from([Path(x) for x in paths])

    def merge_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, Files.tr("Merge every export in a folder"), str(settings.last_folder()))
        if folder:
            paths = sorted(Path(folder).glob("*.gpkg"))
            if not paths:
                self.show_error(MapperError(Files.tr("has no GeoPackage (.gpkg) exports to merge"), path=folder))
                return
            self.merge_from(paths, refuse_bad=True)

    def merge_from(self, paths: list[Path], *, refuse_bad: bool = False) -> ops.Op | None:
        """``refuse_bad`` (a folder): every good file is merged, the others listed in the summary."""
        return self.run_on_copy(Files.tr("Merging"), lambda p, progress: merge_files(
            p, paths, progress=_report(progress), refuse_bad=refuse_bad),
                                refresh=True, then=self.show_merge_summary)

    def show_merge_summary(self, summary) -> QMessageBox:
        """What the merge did, with a way straight to the review when something needs a decision."""
        box = QMessageBox(QMessageBox.Icon.Information, Files.tr("Merge finished"), summary.text(), parent=self)
        box.setAccessibleName(Files.tr("Merge finished"))
        if summary.conflicts or summary.possible_duplicates:
            review = box.addButton(Files.tr("Review now"), QMessageBox.ButtonRole.AcceptRole)
            review.setAccessibleName(Files.tr("Review now"))
            review.clicked.connect(self.review_dialog)
        close = box.addButton(QMessageBox.StandardButton.Close)
        close.setAccessibleName(Files.tr("Close"))
        self.merge_summary_box = box
        plain_box(box)  # file names
        box.open()
        return box

    def review_dialog(self) -> None:
        dialog = ReviewDialog(self.project, self)
        dialog.finished.connect(lambda _r: self.reload_all())
        dialog.open()
