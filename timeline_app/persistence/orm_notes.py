"""ORM rows of the user's writing: notes and the drafts of notes not added yet.

Apart from orm.py (the chronology) because they carry who wrote them and, on a server store,
who may read them (the row-level security of server_privacy.py is attached to these tables).
"""

from __future__ import annotations

from datetime import datetime
from uuid import uuid4

from sqlalchemy import Boolean, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from timeline_app.persistence.orm import Base, UtcDateTime


def new_note_uid() -> str:
    """A random, globally unique note identity (32 hex digits)."""
    return uuid4().hex


class NoteRow(Base):
    """A user's note. Deliberately no foreign key to events: a note outlives its event."""

    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_event_id", "event_id"),
        Index("ix_notes_uid", "uid", unique=True),
        Index("ix_notes_author", "author"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), default=new_note_uid)
    event_id: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: Revision note_and_event_authors: who wrote the note (NULL: written before that). On a
    #: server store the database role, set by the server (server_privacy.py).
    author: Mapped[str | None] = mapped_column(Text)
    #: Revision private_notes: only its author may read it (enforced on a server store).
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class DraftRow(Base):
    """Text typed for a new note but not yet added: one per event and window, kept across restarts.

    Each window (each NoteService) writes and deletes only the rows of its own ``window_id``,
    so two windows on one file never overwrite or delete each other's drafts. ``released``
    marks the drafts of a window that closed: nobody owns them any more, so the next window
    that shows their event takes one over as its own (see NoteRepository.adopt_draft).
    ``author`` (revision private_notes) is who typed it: on a server store a draft is only
    ever seen by its author, whichever window of theirs asks.
    """

    __tablename__ = "drafts"
    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    window_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    released: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str | None] = mapped_column(Text)
