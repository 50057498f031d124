"""Undoable note operations (Edit ▸ Undo / Redo) over the note service.

Each command is pushed *after* its first effect has happened (the note is already added,
edited or deleted), so its first ``redo`` does nothing; later undo/redo calls the service.
Failures surface through ``report`` and leave the stack where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes, Note
from timeline_app.domain.note_text import NoteTextError
from timeline_app.ui.undo_texts import NamedCommand

if TYPE_CHECKING:
    from timeline_app.services.note_exchange.report import ImportReport
    from timeline_app.services.note_exchange.service import NoteExchangeService
    from timeline_app.services.note_service import NoteService

Notify = Callable[[Changes], None]


def _preview(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 30 else line[:29] + "…"


class _NoteCommand(NamedCommand):
    def __init__(
        self,
        text: Callable[[], str],
        notes: NoteService,
        notify: Notify,
        report: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._notes = notes
        self._notify = notify
        self._report = report
        self._first = True

    def _run(self, action: Callable[[], Changes]) -> None:
        try:
            self._notify(action())
        except (StorageError, NoteTextError) as error:
            self._report(str(error))


class AddNoteCommand(_NoteCommand):
    """Adding a note; undo deletes it, redo puts the very same note back."""

    def __init__(
        self, note: Note, notes: NoteService, notify: Notify, report: Callable[[str], None]
    ) -> None:
        preview = _preview(note.text)
        super().__init__(
            lambda: QCoreApplication.translate("AddNoteCommand", "Add Note “{note}”").format(
                note=preview
            ),
            notes,
            notify,
            report,
        )
        self._note = note

    def undo(self) -> None:
        self._run(lambda: self._notes.delete_note(self._note.id)[1])

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self._notes.restore_note(self._note))


class DeleteNoteCommand(_NoteCommand):
    """Deleting a note; undo restores it with its id and timestamps."""

    def __init__(
        self, note: Note, notes: NoteService, notify: Notify, report: Callable[[str], None]
    ) -> None:
        preview = _preview(note.text)
        super().__init__(
            lambda: QCoreApplication.translate("DeleteNoteCommand", "Delete Note “{note}”").format(
                note=preview
            ),
            notes,
            notify,
            report,
        )
        self._note = note

    def undo(self) -> None:
        self._run(lambda: self._notes.restore_note(self._note))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self._notes.delete_note(self._note.id)[1])


class EditNoteCommand(_NoteCommand):
    """One editing session of a note, from the text before to the text after."""

    def __init__(
        self,
        note_id: int,
        before: str,
        after: str,
        notes: NoteService,
        notify: Notify,
        report: Callable[[str], None],
    ) -> None:
        preview = _preview(after)
        super().__init__(
            lambda: QCoreApplication.translate("EditNoteCommand", "Edit Note “{note}”").format(
                note=preview
            ),
            notes,
            notify,
            report,
        )
        self._note_id, self._before, self._after = note_id, before, after

    def undo(self) -> None:
        self._run(lambda: self._notes.update_note(self._note_id, self._before)[1])

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self._notes.update_note(self._note_id, self._after)[1])


class SetPrivateCommand(_NoteCommand):
    """Making a note private, or shared again; undo gives it the other state back."""

    def __init__(
        self,
        note: Note,
        notes: NoteService,
        notify: Notify,
        report: Callable[[str], None],
    ) -> None:
        preview = _preview(note.text)
        super().__init__(
            (
                lambda: QCoreApplication.translate(
                    "SetPrivateCommand", "Make Note “{note}” Private"
                ).format(note=preview)
            )
            if note.private
            else (
                lambda: QCoreApplication.translate(
                    "SetPrivateCommand", "Share Note “{note}”"
                ).format(note=preview)
            ),
            notes,
            notify,
            report,
        )
        self._note_id, self._private = note.id, note.private

    def undo(self) -> None:
        self._run(lambda: self._notes.set_private(self._note_id, not self._private)[1])

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self._notes.set_private(self._note_id, self._private)[1])


class ImportNotesCommand(NamedCommand):
    """A whole import of a notes file as one step: undo removes what it added and puts back
    the texts it replaced; redo does it again with the same note ids."""

    def __init__(
        self,
        file_name: str,
        report: ImportReport,
        exchange: NoteExchangeService,
        notify: Notify,
        report_error: Callable[[str], None],
    ) -> None:
        super().__init__(
            lambda: QCoreApplication.translate(
                "ImportNotesCommand", "Import Notes from {file}"
            ).format(file=file_name)
        )
        self._report = report
        self._exchange = exchange
        self._notify = notify
        self._report_error = report_error
        self._first = True

    def _run(self, action: Callable[[ImportReport], Changes]) -> None:
        try:
            self._notify(action(self._report))
        except StorageError as error:
            self._report_error(str(error))

    def undo(self) -> None:
        self._run(self._exchange.undo_import)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._exchange.redo_import)
