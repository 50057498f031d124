"""Writing and reading the user's notes and drafts; every write is one short transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.errors import NoteGoneError
from timeline_app.domain.models import Changes, Draft, Note
from timeline_app.domain.note_text import check_note_text
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.authorship import author_of_store
from timeline_app.services.storage_errors import storage_errors


def utc_now() -> datetime:
    """The current time in UTC (the default clock of the note services)."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class EditSaved:
    """What saving an edit did: the note now holding the text, and whether it is a new note
    because the edited one had been changed elsewhere since it was loaded (both are kept)."""

    note: Note
    changes: Changes
    kept_as_new: bool = False


class NoteService:
    """Use cases on notes. Raises NoteTextError for bad text and StorageError for failed I/O.

    Each instance is one window's view of the file: ``window_id`` (random, made per instance
    unless given) owns the drafts it writes; two windows, or two copies of the app, on one
    file never write or delete each other's drafts.
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        path: Path | str,
        clock: Callable[[], datetime] = utc_now,
        window_id: str | None = None,
        author: str | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._path = path
        self._clock = clock
        self.window_id = window_id or uuid4().hex
        #: Recorded on each note added here (default: the OS user; a server store: its role,
        #: asked once here, and recorded by the server whatever is passed).
        self.author = author_of_store(session_factory, path) if author is None else author

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

    def note(self, note_id: int) -> Note | None:
        """One note as stored now (None when it was deleted), e.g. before editing it."""
        with storage_errors(self._path, "read the note"), self._session_factory() as session:
            return NoteRepository(session).get(note_id)

    def add_note(
        self, event_id: str, text: str, taken_over: Sequence[Draft] = (), *, from_draft: bool = True
    ) -> tuple[Note, Changes]:
        """Store a new note; when it is made from this window's draft, clear that draft.

        Only this window's draft is cleared, and the released drafts it took over
        (``taken_over``); another open window's draft is never touched.
        """
        check_note_text(text)
        with storage_errors(self._path, "save the note"), self._session_factory.begin() as session:
            repository = NoteRepository(session)
            note = repository.add(event_id, text, self._clock(), self.author)
            if from_draft:
                repository.set_draft(event_id, self.window_id, "", self._clock())
                _delete_taken_over(repository, taken_over)
        drafts = frozenset({event_id}) if from_draft else frozenset()
        return note, Changes(notes_of_events=frozenset({event_id}), drafts_of_events=drafts)

    def update_note(self, note_id: int, text: str) -> tuple[Note, Changes]:
        """Replace a note's text whatever it holds now (undo and redo of an edit)."""
        check_note_text(text)
        with storage_errors(self._path, "save the note"), self._session_factory.begin() as session:
            note = NoteRepository(session).update(note_id, text, self._clock())
        if note is None:
            raise NoteGoneError(note_id)
        return note, Changes(notes_of_events=frozenset({note.event_id}))

    def save_edit(self, note_id: int, text: str, loaded_at: datetime) -> EditSaved:
        """Save an edit of a note loaded when its ``updated_at`` was ``loaded_at``.

        If the note was changed elsewhere since, last-writer-wins would lose the other text:
        both are kept instead, ours as a new note on the same event (EditSaved.kept_as_new).
        Raises NoteGoneError when the note was deleted elsewhere (the caller offers to keep
        the text as a new note).
        """
        check_note_text(text)
        with storage_errors(self._path, "save the note"), self._session_factory.begin() as session:
            repository = NoteRepository(session)
            note = repository.update(note_id, text, self._clock(), expected=loaded_at)
            if note is None:
                raise NoteGoneError(note_id)
            changed_elsewhere = note.updated_at != loaded_at and note.text != text
            if changed_elsewhere:
                note = repository.add(
                    note.event_id, text, self._clock(), self.author, private=note.private
                )
        return EditSaved(
            note, Changes(notes_of_events=frozenset({note.event_id})), changed_elsewhere
        )

    def set_private(self, note_id: int, private: bool) -> tuple[Note, Changes]:
        """Make a note private (only its author reads it, on a shared store) or shared again.

        Raises NoteGoneError when the note was deleted, or on a shared store is another
        member's private note (the server lets nobody else change it).
        """
        with storage_errors(self._path, "save the note"), self._session_factory.begin() as session:
            note = NoteRepository(session).set_private(note_id, private)
        if note is None:
            raise NoteGoneError(note_id)
        return note, Changes(notes_of_events=frozenset({note.event_id}))

    def authors(self) -> list[str]:
        """The authors of the notes this user can read, sorted ("" for notes of unknown author)."""
        with storage_errors(self._path, "read the notes"), self._session_factory() as session:
            return NoteRepository(session).authors()

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

    def drafts_for(self, event_id: str) -> list[Draft]:
        """Every window's draft of this event, newest first (``mine`` marks this window's)."""
        with storage_errors(self._path, "read the draft"), self._session_factory() as session:
            return NoteRepository(session).drafts(event_id, self.window_id)

    def draft_for(self, event_id: str) -> str:
        """This window's draft of the event, else the newest released one ('' when none)."""
        drafts = self.drafts_for(event_id)
        for draft in drafts:
            if draft.mine:
                return draft.text
        return next((draft.text for draft in drafts if draft.released), "")

    def save_draft(self, event_id: str, text: str, taken_over: Sequence[Draft] = ()) -> Changes:
        """Keep typed-but-unsent text as this window's draft; blank text clears it.

        ``taken_over``: released drafts (of closed windows) whose text the editor started
        from; they are deleted in the same transaction, so their text lives on only here.
        Raises NoteTextError for text that cannot be stored, so the caller keeps it instead.
        """
        if text.strip():
            check_note_text(text)
        with storage_errors(self._path, "save the draft"), self._session_factory.begin() as session:
            repository = NoteRepository(session)
            changed = repository.set_draft(
                event_id, self.window_id, text, self._clock(), self.author
            )
            changed = _delete_taken_over(repository, taken_over) or changed
        return Changes(drafts_of_events=frozenset({event_id})) if changed else Changes()

    def discard_draft(self, draft: Draft) -> Changes:
        """Delete a draft the user chose to discard (any window's), unless it changed since."""
        with (
            storage_errors(self._path, "discard the draft"),
            self._session_factory.begin() as session,
        ):
            deleted = NoteRepository(session).delete_draft(draft)
        return Changes(drafts_of_events=frozenset({draft.event_id})) if deleted else Changes()

    def release_drafts(self) -> None:
        """This window closes: its drafts are left for the next window that shows their event."""
        with (
            storage_errors(self._path, "keep the drafts"),
            self._session_factory.begin() as session,
        ):
            NoteRepository(session).release_drafts(self.window_id)


def _delete_taken_over(repository: NoteRepository, taken_over: Sequence[Draft]) -> bool:
    """Delete taken-over drafts that are still released and unchanged; True if any was."""
    deleted = False
    for draft in taken_over:
        if draft.released and not draft.mine:
            deleted = repository.delete_draft(draft, released_only=True) or deleted
    return deleted
