"""File ▸ Export Notes (Markdown, JSON, CSV) and File ▸ Import Notes from JSON."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes
from timeline_app.services.note_exchange.import_file import (
    ImportInterruptedError,
    NoteImportError,
)
from timeline_app.ui.plural import plural

if TYPE_CHECKING:
    from timeline_app.services.note_exchange.service import NoteExchangeService

log = logging.getLogger(__name__)

FORMATS = {
    "markdown": ("Markdown", "md", "Markdown (*.md)"),
    "json": ("JSON", "json", "JSON (*.json)"),
    "csv": ("CSV", "csv", "CSV for spreadsheets (*.csv)"),
}


class NoteFiles(QObject):
    """Asks for a file, then exports or imports through the service; reports in plain words."""

    #: str: a message for the status bar
    message = Signal(str)
    #: Changes: notes changed by an import
    notesImported = Signal(object)

    def __init__(self, exchange: NoteExchangeService, parent: QWidget) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._parent = parent

    def attachService(self, exchange: NoteExchangeService) -> None:
        """The export and import service of the opened database."""
        self._exchange = exchange

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export(self, kind: str) -> Path | None:
        """Export every note in one of FORMATS; returns the file written, or None."""
        label, suffix, file_filter = FORMATS[kind]
        suggested = str(Path(self._folder()) / f"timeline-notes.{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, f"Export Notes as {label}", suggested, file_filter
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
            QMessageBox.warning(self._parent, "Export Notes", str(error))
            return None
        self.message.emit(
            plural(
                "NoteFiles", "%n note exported to {file}.", "%n notes exported to {file}.", count
            ).format(file=target)
        )
        return target

    def import_json(self) -> bool:
        """Merge notes from a JSON export; True when the file was read."""
        chosen, _ = QFileDialog.getOpenFileName(
            self._parent, "Import Notes from JSON", self._folder(), FORMATS["json"][2]
        )
        if not chosen:
            return False
        try:
            report = self._exchange.import_json(Path(chosen))
        except ImportInterruptedError as error:
            # The batches before the failure are written: say so, and show them.
            QMessageBox.warning(self._parent, "Import Notes", str(error))
            if error.report.changes != Changes():
                self.notesImported.emit(error.report.changes)
            return False
        except (NoteImportError, StorageError) as error:
            QMessageBox.warning(self._parent, "Import Notes", f"{error}\n\nNothing was imported.")
            return False
        context = "NoteFiles"
        parts = [
            plural(context, "%n added", "%n added", report.added),
            plural(context, "%n updated", "%n updated", report.updated),
            plural(context, "%n already here", "%n already here", report.unchanged),
        ]
        if report.skipped:
            parts.append(plural(context, "%n skipped", "%n skipped", report.skipped))
        for warning in report.warnings:
            log.warning("import of %s: %s", chosen, warning)
        if report.warnings:
            parts.append(
                plural(
                    context,
                    "%n warning, listed in the log (Help ▸ Open Log Folder)",
                    "%n warnings, listed in the log (Help ▸ Open Log Folder)",
                    len(report.warnings),
                )
            )
        self.message.emit(
            self.tr("Imported {file}: {parts}.").format(
                file=Path(chosen).name, parts=", ".join(parts)
            )
        )
        if report.changes != Changes():
            self.notesImported.emit(report.changes)
        return True
