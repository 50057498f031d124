"""The note service: add, list newest first, edit, delete, drafts, and text it refuses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from timeline_app.domain.errors import StorageError
from timeline_app.domain.note_text import NoteTextError
from timeline_app.persistence.database import Database
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database


class Clock:
    """A clock that moves a second forward each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def notes(store: Database) -> NoteService:
    """Notes on each backend's store (tests/services/conftest.py)."""
    return NoteService(store.session_factory, store.name, clock=Clock())


def test_notes_are_listed_newest_first_with_utc_timestamps(notes: NoteService) -> None:
    first, changes = notes.add_note("e1992-agreement", "first")
    notes.add_note("e1992-agreement", "second")
    assert [n.text for n in notes.notes_for("e1992-agreement")] == ["second", "first"]
    assert changes.notes_of_events == {"e1992-agreement"}
    assert first.created_at.tzinfo is UTC
    assert notes.notes_for("e2015-agreement") == []


def test_edit_changes_text_and_updated_time_only(notes: NoteService) -> None:
    note, _ = notes.add_note("e1992-agreement", "draft thought")
    edited, _ = notes.update_note(note.id, "considered thought")
    assert edited.text == "considered thought"
    assert edited.created_at == note.created_at
    assert edited.updated_at > note.updated_at


def test_delete_removes_the_note(notes: NoteService) -> None:
    note, _ = notes.add_note("e1992-agreement", "to go")
    deleted, changes = notes.delete_note(note.id)
    assert deleted == note
    assert changes.notes_of_events == {"e1992-agreement"}
    assert notes.notes_for("e1992-agreement") == []
    assert notes.delete_note(note.id)[0] is None


def test_editing_a_deleted_note_says_so(notes: NoteService) -> None:
    note, _ = notes.add_note("e1992-agreement", "x")
    notes.delete_note(note.id)
    with pytest.raises(StorageError, match="no longer exists"):
        notes.update_note(note.id, "y")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\t", "empty"),
        ("a\x00b", "NUL"),
        ("bad \ud800 surrogate", "lone surrogate"),
    ],
)
def test_text_that_cannot_be_stored_is_refused_clearly(
    notes: NoteService, text: str, reason: str
) -> None:
    with pytest.raises(NoteTextError, match=reason):
        notes.add_note("e1992-agreement", text)
    assert notes.notes_for("e1992-agreement") == []


@pytest.mark.parametrize(
    "text",
    [
        "Қазақстан мен Қытай арасындағы мәдени байланыс",
        "中哈文化交流 🎎",
        "שלום مرحبا",
        "'; DROP TABLE notes; --",
        "x" * 1_000_000,
    ],
)
def test_any_real_text_round_trips_exactly(notes: NoteService, text: str) -> None:
    notes.add_note("e1992-agreement", text)
    assert notes.notes_for("e1992-agreement")[0].text == text


def test_drafts_are_kept_and_cleared_by_adding(notes: NoteService) -> None:
    assert notes.save_draft("e1992-agreement", "half a thought").drafts_of_events == {
        "e1992-agreement"
    }
    assert notes.draft_for("e1992-agreement") == "half a thought"
    assert notes.save_draft("e1992-agreement", "half a thought").drafts_of_events == frozenset()
    notes.add_note("e1992-agreement", "the whole thought")
    assert notes.draft_for("e1992-agreement") == ""


def test_blank_draft_clears_it(notes: NoteService) -> None:
    notes.save_draft("e1992-agreement", "x")
    notes.save_draft("e1992-agreement", "  ")
    assert notes.draft_for("e1992-agreement") == ""


def test_events_with_notes(notes: NoteService) -> None:
    notes.add_note("e1992-agreement", "a")
    notes.add_note("e2017-expo", "b")
    assert notes.event_ids_with_notes() == {"e1992-agreement", "e2017-expo"}


def test_a_window_writes_and_deletes_only_its_own_drafts(
    db_path: Path, sample_data_dir: Path
) -> None:
    """Two windows on one file: each keeps its own draft; a crashed window's stays offered."""
    first = open_timeline_database(db_path, sample_data_dir)
    second = open_timeline_database(db_path, sample_data_dir)
    try:
        a = NoteService(first.session_factory, db_path)
        b = NoteService(second.session_factory, db_path)
        a.save_draft("e2017-expo", "A's words")
        b.save_draft("e2017-expo", "B's words")
        b.add_note("e2017-expo", "B's words")
        assert [(d.text, d.mine) for d in a.drafts_for("e2017-expo")] == [("A's words", True)]
        assert b.draft_for("e2017-expo") == ""  # A is open: its draft is offered, not taken
        restarted = NoteService(second.session_factory, db_path)  # A crashed: not released
        assert restarted.draft_for("e2017-expo") == ""
        assert [d.text for d in restarted.drafts_for("e2017-expo")] == ["A's words"]
        a.release_drafts()  # A quits cleanly: the next window takes its draft over
        assert restarted.draft_for("e2017-expo") == "A's words"
    finally:
        first.dispose()
        second.dispose()
