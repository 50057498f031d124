"""Notes and drafts in the database; the caller's session owns the transaction."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.orm import Session

from timeline_app.domain.models import Draft, Note
from timeline_app.persistence.dialects import is_server
from timeline_app.persistence.orm import EventRow
from timeline_app.persistence.orm_notes import DraftRow, NoteRow, new_note_uid
from timeline_app.persistence.search_index import index_note, unindex_note


def _note(row: NoteRow) -> Note:
    return Note(
        row.id,
        row.event_id,
        row.text,
        row.created_at,
        row.updated_at,
        row.uid,
        row.author or "",
        bool(row.private),
    )


def _draft(row: DraftRow, window_id: str) -> Draft:
    return Draft(
        row.event_id,
        row.window_id,
        row.text,
        row.updated_at,
        mine=row.window_id == window_id and not row.released,
        released=row.released,
    )


def _read_back_author(session: Session, row: NoteRow) -> None:
    """On a server store the server signs each note with the role (server_privacy.py),
    whatever the row said: read back what it recorded."""
    if is_server(session):
        session.refresh(row, ["author"])


def _rowcount(result: object) -> int:
    return cast(CursorResult[Any], result).rowcount


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
    @property
    def author(self) -> str: ...
    @property
    def private(self) -> bool: ...


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

    def by_uids(self, uids: Collection[str]) -> dict[str, Note]:
        """The notes with these uids, by uid (a few hundred at a time: SQLite's variable cap)."""
        wanted = list(uids)
        found: dict[str, Note] = {}
        for start in range(0, len(wanted), 500):
            rows = self._session.scalars(
                select(NoteRow).where(NoteRow.uid.in_(wanted[start : start + 500]))
            )
            found.update((row.uid, _note(row)) for row in rows)
        return found

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

    def add(
        self, event_id: str, text: str, now: datetime, author: str = "", *, private: bool = False
    ) -> Note:
        """Insert a note by ``author`` ("": not known) and return it with its new id."""
        row = NoteRow(
            event_id=event_id,
            text=text,
            created_at=now,
            updated_at=now,
            author=author or None,
            private=private,
        )
        self._session.add(row)
        self._session.flush()
        _read_back_author(self._session, row)
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
                author=copy.author or None,
                private=copy.private,
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
            author=note.author or None,
            private=note.private,
        )
        self._session.add(row)
        self._session.flush()
        _read_back_author(self._session, row)
        index_note(self._session, row.id, row.event_id, row.text)
        return _note(row)

    def update(
        self, note_id: int, text: str, now: datetime, expected: datetime | None = None
    ) -> Note | None:
        """Change a note's text; returns the note as stored after, None when it no longer exists.

        With ``expected`` (the ``updated_at`` the editor loaded) the text is written only if
        the note was not changed since. The check is in the UPDATE itself: a read first and a
        write after would let another process's save slip in between (the read runs outside
        the write transaction). A note changed meanwhile comes back with other text and time.
        """
        if expected is None:
            row = self._session.get(NoteRow, note_id)
            if row is None:
                return None
            if row.text != text:
                row.text = text
                row.updated_at = now
                index_note(self._session, row.id, row.event_id, text)
            return _note(row)
        written = _rowcount(
            self._session.execute(
                update(NoteRow)
                .where(NoteRow.id == note_id, NoteRow.updated_at == expected)
                .where(NoteRow.text != text)
                .values(text=text, updated_at=now)
                .execution_options(synchronize_session=False)
            )
        )
        row = self._session.get(NoteRow, note_id, populate_existing=True)
        if row is None:
            return None
        if written:
            index_note(self._session, row.id, row.event_id, text)
        return _note(row)

    def set_private(self, note_id: int, private: bool) -> Note | None:
        """Make a note private or shared (its text and times stay); None when it is gone, or
        (on a server store) not this role's to change."""
        written = _rowcount(
            self._session.execute(
                update(NoteRow)
                .where(NoteRow.id == note_id)
                .values(private=private)
                .execution_options(synchronize_session=False)
            )
        )
        if not written:
            return None
        return self.get_fresh(note_id)

    def get_fresh(self, note_id: int) -> Note | None:
        """One note as stored now, not as this session last saw it."""
        row = self._session.get(NoteRow, note_id, populate_existing=True)
        return None if row is None else _note(row)

    def authors(self) -> list[str]:
        """The authors of the notes this session may read, by name ("" for unknown)."""
        found = self._session.scalars(select(NoteRow.author).distinct())
        return sorted(author or "" for author in found)

    def delete(self, note_id: int) -> Note | None:
        """Delete a note and return what it was; None when it did not exist."""
        row = self._session.get(NoteRow, note_id)
        if row is None:
            return None
        note = _note(row)
        self._session.delete(row)
        unindex_note(self._session, note_id)
        return note

    def drafts(self, event_id: str, window_id: str) -> list[Draft]:
        """Every window's draft of this event, newest first; ``mine`` marks ``window_id``'s."""
        rows = self._session.scalars(
            select(DraftRow)
            .where(DraftRow.event_id == event_id)
            .order_by(DraftRow.updated_at.desc(), DraftRow.window_id)
        )
        return [_draft(row, window_id) for row in rows]

    def set_draft(
        self, event_id: str, window_id: str, text: str, now: datetime, author: str = ""
    ) -> bool:
        """Keep (or clear, when ``text`` is blank) this window's draft, typed by ``author``;
        True when it changed.

        Only the row of ``window_id`` is ever written: another window's draft is its own.
        """
        row = self._session.get(DraftRow, (event_id, window_id))
        if not text.strip():
            if row is None:
                return False
            self._session.delete(row)
            return True
        if row is None:
            self._session.add(
                DraftRow(
                    event_id=event_id,
                    window_id=window_id,
                    text=text,
                    updated_at=now,
                    released=False,
                    author=author or None,
                )
            )
            return True
        if row.text == text and not row.released:
            return False
        row.text = text
        row.updated_at = now
        row.released = False
        return True

    def delete_draft(self, draft: Draft, *, released_only: bool = False) -> bool:
        """Delete a draft if it is still the version given; True when it was deleted.

        ``released_only``: only if its window has closed meanwhile too (taking a draft over).
        """
        statement = delete(DraftRow).where(
            DraftRow.event_id == draft.event_id,
            DraftRow.window_id == draft.window_id,
            DraftRow.updated_at == draft.updated_at,
        )
        if released_only:
            statement = statement.where(DraftRow.released.is_(True))
        return bool(_rowcount(self._session.execute(statement)))

    def release_drafts(self, window_id: str) -> int:
        """The window closes: its drafts belong to nobody now; returns how many."""
        return _rowcount(
            self._session.execute(
                update(DraftRow)
                .where(DraftRow.window_id == window_id, DraftRow.released.is_(False))
                .values(released=True)
                .execution_options(synchronize_session=False)
            )
        )
