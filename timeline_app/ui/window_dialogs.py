"""The main window's dialogs: Go to Date, Sources, About, notes on removed events, and the
question before quitting with unsaved note text. Non-modal ones are made once, shown again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Note, Source
from timeline_app.ui.dialogs.about import show_about
from timeline_app.ui.dialogs.go_to_date import GoToDateDialog
from timeline_app.ui.dialogs.sources import SourcesDialog
from timeline_app.ui.notes.removed_event_notes import RemovedEventNotesDialog

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.timeline_service import TimelineService


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowDialogs", text)


class WindowDialogs:
    """Opens the window's dialogs; storage failures go to ``report``, never up."""

    def __init__(
        self,
        window: QMainWindow,
        report: Callable[[StorageError], None],
        go_to_range: Callable[[date, date], None],
    ) -> None:
        self._window = window
        self._report = report
        self._go_to_range = go_to_range
        self._go_to: GoToDateDialog | None = None
        self._sources: SourcesDialog | None = None

    def go_to_date(self) -> GoToDateDialog:
        """Go ▸ Go to Date (non-modal), with its text selected for typing over."""
        if self._go_to is None:
            self._go_to = GoToDateDialog(self._window)
            self._go_to.rangeChosen.connect(self._go_to_range)
        self._go_to.edit.selectAll()
        self._go_to.show()
        self._go_to.raise_()
        self._go_to.edit.setFocus()
        return self._go_to

    def removed_event_notes(self, notes: NoteService) -> RemovedEventNotesDialog:
        """File ▸ Notes on Removed Events (non-modal)."""
        found: list[Note] = []
        try:
            found = notes.notes_on_removed_events()
        except StorageError as error:
            self._report(error)
        dialog = RemovedEventNotesDialog(found, self._window)
        dialog.show()
        return dialog

    def about(self, timeline: TimelineService, event_count: int) -> None:
        """Help ▸ About."""
        sources: list[tuple[Source, int]] = []
        try:
            sources = timeline.sources_with_counts()
        except StorageError as error:
            self._report(error)
        show_about(self._window, sources, event_count)

    def sources(self, timeline: TimelineService) -> None:
        """Help ▸ Sources (non-modal), its rows read afresh."""
        try:
            rows = timeline.sources_with_counts()
        except StorageError as error:
            self._report(error)
            return
        if self._sources is None:
            self._sources = SourcesDialog(rows, self._window)
        else:
            self._sources.model.set_rows(rows)
        self._sources.show()
        self._sources.raise_()
        self._sources.activateWindow()

    def confirm_losing_text(self, last_error: str) -> bool:
        """Ask before quitting with note text that could not be saved (the default keeps it)."""
        answer = QMessageBox.warning(
            self._window,
            _tr("Note text not saved"),
            _tr(
                "Some note text could not be saved:\n{error}\n\n"
                "If you quit now it will be lost. Quit anyway?"
            ).format(error=last_error),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
