"""Writing and reading the user's notes and drafts; every write is one short transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Changes, Note
from timeline_app.domain.note_text import check_note_text
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.storage_errors import storage_errors


def utc_now() -> datetime:
    """The current time in UTC (the default clock of the note services)."""
    return datetime.now(UTC)


class NoteService:
    """Use cases on notes. Raises NoteTextError for bad text and StorageError for failed I/O."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        path: Path,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._session_factory = session_factory
        self._path = path
        self._clock = clock

    def notes_for(self, event_id: str) -> list[Note]:
        """Notes on an event, newest first."""
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            return NoteRepository(session).for_event(event_id)

    def notes_on_removed_events(self) -> list[Note]:
        """Notes kept after their event left the bundled data (never deleted), newest first."""
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            return NoteRepository(session).on_removed_events()

    def event_ids_with_notes(self) -> set[str]:
        """Events that have notes."""
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            return NoteRepository(session).event_ids_with_notes()

    def add_note(self, event_id: str, text: str) -> tuple[Note, Changes]:
        """Store a new note (and clear that event's draft)."""
        check_note_text(text)
        with storage_errors(self._path, "save the note"), self._session_factory.begin() as session:
            repository = NoteRepository(session)
            note = repository.add(event_id, text, self._clock())
            repository.set_draft(event_id, "", self._clock())
        return note, Changes(
            notes_of_events=frozenset({event_id}), drafts_of_events=frozenset({event_id})
        )

    def update_note(self, note_id: int, text: str) -> tuple[Note, Changes]:
        """Replace a note's text."""
        check_note_text(text)
        with storage_errors(self._path, "save the note"), self._session_factory.begin() as session:
            note = NoteRepository(session).update(note_id, text, self._clock())
        if note is None:
            raise StorageError("That note no longer exists; it may have been deleted elsewhere.")
        return note, Changes(notes_of_events=frozenset({note.event_id}))

    def delete_note(self, note_id: int) -> tuple[Note | None, Changes]:
        """Delete a note; returns what it was (None if it was already gone)."""
        with (
            storage_errors(self._path, "delete the note"),
            self._session_factory.begin() as session,
        ):
            note = NoteRepository(session).delete(note_id)
        if note is None:
            return None, Changes()
        return note, Changes(notes_of_events=frozenset({note.event_id}))

    def restore_note(self, note: Note) -> Changes:
        """Put a deleted note back exactly as it was (same id and timestamps)."""
        with (
            storage_errors(self._path, "restore the note"),
            self._session_factory.begin() as session,
        ):
            NoteRepository(session).restore(note)
        return Changes(notes_of_events=frozenset({note.event_id}))

    def draft_for(self, event_id: str) -> str:
        """Unsent text for a new note on this event."""
        with storage_errors(self._path, "read the draft"), self._session_factory() as session:
            return NoteRepository(session).draft(event_id)

    def save_draft(self, event_id: str, text: str) -> Changes:
        """Keep typed-but-unsent text; blank text clears the draft.

        Raises NoteTextError for text that cannot be stored, so the caller keeps it instead.
        """
        if text.strip():
            check_note_text(text)
        with storage_errors(self._path, "save the draft"), self._session_factory.begin() as session:
            changed = NoteRepository(session).set_draft(event_id, text, self._clock())
        return Changes(drafts_of_events=frozenset({event_id})) if changed else Changes()
