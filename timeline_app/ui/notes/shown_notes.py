"""The shown event's notes as the list shows them: read from the service, then narrowed by the
author filter (which offers the authors of every note the user may read)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Note
from timeline_app.ui.notes.author_filter import NoteAuthorFilter
from timeline_app.ui.notes.notes_list import NotesList

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService


class ShownNotes:
    """Keeps the event's notes, so a change of the filter re-lists them without a read."""

    def __init__(self, notes_list: NotesList, author_filter: NoteAuthorFilter) -> None:
        self._list = notes_list
        self._filter = author_filter
        #: every note of the shown event the user may read (the author filter picks from them)
        self._event_notes: list[Note] = []

    def reload(self, notes: NoteService, event_id: str | None) -> StorageError | None:
        """Read the event's notes (none without an event) and list them; the failure, if any
        (the list is then emptied)."""
        found: list[Note] = []
        failure: StorageError | None = None
        if event_id is not None:
            try:
                found = notes.notes_for(event_id)
                # One DISTINCT over the authors' index: the filter shows when there are two.
                self._filter.setAuthors(notes.authors(), notes.author)
            except StorageError as error:
                failure = error
        self._event_notes = found
        self.relist()
        return failure

    def relist(self) -> int:
        """List the notes the author filter lets through; returns how many."""
        shown = [note for note in self._event_notes if self._filter.accepts(note)]
        self._list.setNotes(shown)
        return len(shown)
