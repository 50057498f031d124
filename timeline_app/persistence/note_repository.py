"""Notes and drafts in the database; the caller's session owns the transaction."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from timeline_app.domain.models import Note
from timeline_app.persistence.orm import DraftRow, EventRow, NoteRow, new_note_uid
from timeline_app.persistence.search_index import index_note, unindex_note


def _note(row: NoteRow) -> Note:
    return Note(row.id, row.event_id, row.text, row.created_at, row.updated_at, row.uid)


class NoteCopy(Protocol):
    """A note made elsewhere (a notes file): its uid, event, text and timestamps."""

    @property
    def uid(self) -> str: ...
    @property
    def event_id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def updated_at(self) -> datetime: ...


class NoteRepository:
    """Reads and writes notes and drafts within a caller's session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_event(self, event_id: str) -> list[Note]:
        """Notes on one event, newest first."""
        rows = self._session.scalars(
            select(NoteRow)
            .where(NoteRow.event_id == event_id)
            .order_by(NoteRow.created_at.desc(), NoteRow.id.desc())
        )
        return [_note(row) for row in rows]

    def on_removed_events(self) -> list[Note]:
        """Notes whose event is no longer in the data, newest first."""
        rows = self._session.scalars(
            select(NoteRow)
            .where(NoteRow.event_id.not_in(select(EventRow.id)))
            .order_by(NoteRow.created_at.desc(), NoteRow.id.desc())
        )
        return [_note(row) for row in rows]

    def event_ids_with_notes(self) -> set[str]:
        """Ids of events that have at least one note."""
        return set(self._session.scalars(select(NoteRow.event_id).distinct()))

    def all_notes(self) -> list[Note]:
        """Every note, oldest first."""
        rows = self._session.scalars(select(NoteRow).order_by(NoteRow.created_at, NoteRow.id))
        return [_note(row) for row in rows]

    def by_uid(self) -> dict[str, Note]:
        """Every note by its uid."""
        return {row.uid: _note(row) for row in self._session.scalars(select(NoteRow))}

    def texts_by_event(self, event_ids: Collection[str]) -> dict[str, list[str]]:
        """The texts of the notes on these events."""
        texts: dict[str, list[str]] = {}
        for event_id, note_text in self._session.execute(
            select(NoteRow.event_id, NoteRow.text).where(NoteRow.event_id.in_(event_ids))
        ):
            texts.setdefault(event_id, []).append(note_text)
        return texts

    def get(self, note_id: int) -> Note | None:
        """One note by id."""
        row = self._session.get(NoteRow, note_id)
        return None if row is None else _note(row)

    def add(self, event_id: str, text: str, now: datetime) -> Note:
        """Insert a note and return it with its new id."""
        row = NoteRow(event_id=event_id, text=text, created_at=now, updated_at=now)
        self._session.add(row)
        self._session.flush()
        index_note(self._session, row.id, event_id, text)
        return _note(row)

    def add_copies(self, copies: Sequence[NoteCopy]) -> list[Note]:
        """Insert notes made elsewhere, keeping their uid and timestamps; new ids are given."""
        rows = [
            NoteRow(
                uid=copy.uid,
                event_id=copy.event_id,
                text=copy.text,
                created_at=copy.created_at,
                updated_at=copy.updated_at,
            )
            for copy in copies
        ]
        self._session.add_all(rows)
        self._session.flush()
        for row in rows:
            index_note(self._session, row.id, row.event_id, row.text)
        return [_note(row) for row in rows]

    def restore(self, note: Note) -> Note:
        """Put back a deleted note with its id and timestamps (undo of a delete)."""
        row = NoteRow(
            id=note.id,
            uid=note.uid or new_note_uid(),
            event_id=note.event_id,
            text=note.text,
            created_at=note.created_at,
            updated_at=note.updated_at,
        )
        self._session.add(row)
        self._session.flush()
        index_note(self._session, row.id, row.event_id, row.text)
        return _note(row)

    def update(self, note_id: int, text: str, now: datetime) -> Note | None:
        """Change a note's text; None when it no longer exists."""
        row = self._session.get(NoteRow, note_id)
        if row is None:
            return None
        if row.text != text:
            row.text = text
            row.updated_at = now
            index_note(self._session, row.id, row.event_id, text)
        return _note(row)

    def delete(self, note_id: int) -> Note | None:
        """Delete a note and return what it was; None when it did not exist."""
        row = self._session.get(NoteRow, note_id)
        if row is None:
            return None
        note = _note(row)
        self._session.delete(row)
        unindex_note(self._session, note_id)
        return note

    def draft(self, event_id: str) -> str:
        """The unsent text typed for a new note on this event ('' when none)."""
        row = self._session.get(DraftRow, event_id)
        return "" if row is None else row.text

    def set_draft(self, event_id: str, text: str, now: datetime) -> bool:
        """Keep (or clear, when ``text`` is blank) the draft; True when it changed."""
        row = self._session.get(DraftRow, event_id)
        if not text.strip():
            if row is None:
                return False
            self._session.delete(row)
            return True
        if row is None:
            self._session.add(DraftRow(event_id=event_id, text=text, updated_at=now))
            return True
        if row.text == text:
            return False
        row.text = text
        row.updated_at = now
        return True
