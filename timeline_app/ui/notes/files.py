"""File ▸ Export Notes (Markdown, JSON, CSV) and File ▸ Import Notes (previewed, undoable)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes
from timeline_app.services.note_exchange.import_file import NoteImportError
from timeline_app.services.note_exchange.report import ImportInterruptedError
from timeline_app.ui.notes.commands import ImportNotesCommand
from timeline_app.ui.notes.import_preview import ImportPreviewDialog
from timeline_app.ui.plural import tr

if TYPE_CHECKING:
    from timeline_app.services.note_exchange.report import ImportReport
    from timeline_app.services.note_exchange.service import NoteExchangeService

log = logging.getLogger(__name__)

#: Format name, file suffix and file-dialog filter (untranslated: translate("NoteFiles", …)).
FORMATS = {
    "markdown": ("Markdown", "md", str(QT_TRANSLATE_NOOP("NoteFiles", "Markdown (*.md)"))),
    "json": ("JSON", "json", str(QT_TRANSLATE_NOOP("NoteFiles", "JSON (*.json)"))),
    "csv": ("CSV", "csv", str(QT_TRANSLATE_NOOP("NoteFiles", "CSV for spreadsheets (*.csv)"))),
}


def _filter(kind: str) -> str:
    return QCoreApplication.translate("NoteFiles", FORMATS[kind][2])


class NoteFiles(QObject):
    """Asks for a file, then exports or imports through the service; reports in plain words."""

    #: str: a message for the status bar
    message = Signal(str)
    #: Changes: notes changed by an import
    notesImported = Signal(object)

    def __init__(
        self, exchange: NoteExchangeService, parent: QWidget, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._parent = parent
        self._undo_stack = undo_stack

    def attachService(self, exchange: NoteExchangeService) -> None:
        """The export and import service of the opened database."""
        self._exchange = exchange

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export(self, kind: str) -> Path | None:
        """Export every note in one of FORMATS; returns the file written, or None."""
        label, suffix, _ = FORMATS[kind]
        suggested = str(Path(self._folder()) / f"timeline-notes.{suffix}")
        title = QCoreApplication.translate("NoteFiles", "Export Notes as {format}")
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, title.format(format=label), suggested, _filter(kind)
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != f".{suffix}":
            target = target.with_name(f"{target.name}.{suffix}")
        writers: dict[str, Callable[[Path], int]] = {
            "markdown": self._exchange.export_markdown,
            "json": self._exchange.export_json,
            "csv": self._exchange.export_csv,
        }
        try:
            count = writers[kind](target)
        except StorageError as error:
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("NoteFiles", "Export Notes"), str(error)
            )
            return None
        self.message.emit(tr("%Ln notes exported to {file}.", "", count).format(file=target))
        return target

    def import_json(self) -> bool:
        """Merge notes from a JSON export after showing what will change; True when imported.

        The whole import is one step on the undo stack.
        """
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("NoteFiles", "Import Notes from JSON"),
            self._folder(),
            _filter("json"),
        )
        if not chosen:
            return False
        source = Path(chosen)
        try:
            notes = self._exchange.read_notes_file(source)
            report = self._exchange.preview_import(notes)
            if report.changes_anything:
                if not ImportPreviewDialog(source.name, report, self._parent).ask():
                    self.message.emit(
                        QCoreApplication.translate(
                            "NoteFiles", "Nothing was imported from {file}."
                        ).format(file=source.name)
                    )
                    return False
                report = self._exchange.import_notes(notes)
        except ImportInterruptedError as error:
            # The batches before the failure are written: say so, show them, and let one
            # Edit ▸ Undo take them back like a whole import.
            QMessageBox.warning(
                self._parent, QCoreApplication.translate("NoteFiles", "Import Notes"), str(error)
            )
            self._push_undo(source, error.report)
            if error.report.changes_anything:
                self.notesImported.emit(error.report.changes)
            return False
        except (NoteImportError, StorageError) as error:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("NoteFiles", "Import Notes"),
                QCoreApplication.translate("NoteFiles", "{error}\n\nNothing was imported.").format(
                    error=error
                ),
            )
            return False
        self._push_undo(source, report)
        self._report(source, report)
        return True

    def _push_undo(self, source: Path, report: ImportReport) -> None:
        """The written import as one undo step (its first redo only refreshes the panes)."""
        if not report.changes_anything or self._undo_stack is None:
            return
        self._undo_stack.push(
            ImportNotesCommand(
                source.name, report, self._exchange, self.notesImported.emit, self.message.emit
            )
        )

    def _report(self, source: Path, report: ImportReport) -> None:
        # Each count is its own plural; how they are listed is one translatable pattern.
        counts = QCoreApplication.translate("NoteFiles", "{added}, {updated}, {unchanged}").format(
            added=tr("%Ln added", "", report.added),
            updated=tr("%Ln updated", "", report.updated),
            unchanged=tr("%Ln already here", "", report.unchanged),
        )
        if report.skipped:
            skipped = tr("%Ln skipped", "", report.skipped)
            counts = QCoreApplication.translate("NoteFiles", "{counts}, {more}").format(
                counts=counts, more=skipped
            )
        for warning in report.warnings:
            log.warning("import of %s: %s", source, warning)
        if report.warnings:
            warnings = tr(
                "%Ln warnings, listed in the log (Help ▸ Open Log Folder)", "", len(report.warnings)
            )
            counts = QCoreApplication.translate("NoteFiles", "{counts}, {more}").format(
                counts=counts, more=warnings
            )
        self.message.emit(
            QCoreApplication.translate("NoteFiles", "Imported {file}: {counts}.").format(
                file=source.name, counts=counts
            )
        )
        if report.changes != Changes():
            self.notesImported.emit(report.changes)
