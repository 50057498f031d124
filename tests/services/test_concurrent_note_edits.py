"""Two clients editing one note on a server store: both texts are kept, never overwritten,
even when the two saves race (the version check is in the UPDATE itself)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import text

from tests.ui.server_windows import EVENT, made_store
from timeline_app.persistence.database import Database
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.persistence.server_database import open_server_database
from timeline_app.services.note_service import EditSaved, NoteService

pytestmark = pytest.mark.postgres


@pytest.fixture
def clients(postgres_url: str) -> Iterator[tuple[Database, Database]]:
    """Two clients (two engines) on one store."""
    first = made_store(postgres_url)
    second = open_server_database(postgres_url)
    yield first, second
    first.dispose()
    second.dispose()


def _texts(notes: NoteService) -> list[str]:
    return sorted(note.text for note in notes.notes_for(EVENT))


def test_both_texts_are_kept_when_two_clients_save_one_note(
    clients: tuple[Database, Database],
) -> None:
    one = NoteService(clients[0].session_factory, clients[0].name)
    two = NoteService(clients[1].session_factory, clients[1].name)
    note, _ = one.add_note(EVENT, "First text")
    loaded_by_one, loaded_by_two = one.note(note.id), two.note(note.id)
    assert loaded_by_one is not None and loaded_by_two is not None
    first = one.save_edit(note.id, "A", loaded_by_one.updated_at)
    second = two.save_edit(note.id, "B", loaded_by_two.updated_at)
    assert not first.kept_as_new
    assert second.kept_as_new and second.note.id != note.id
    assert _texts(one) == ["A", "B"]


def _waits_for_a_lock(database: Database) -> bool:
    with database.engine.connect() as connection:
        waiting = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        ).scalar_one()
    return bool(waiting)


def test_a_save_racing_another_under_read_committed_keeps_both(
    clients: tuple[Database, Database],
) -> None:
    """Client 1's save is written but not committed when client 2's save runs: client 2's
    UPDATE waits for the row, then finds it changed, and keeps its text as a new note."""
    one = NoteService(clients[0].session_factory, clients[0].name)
    two = NoteService(clients[1].session_factory, clients[1].name)
    note, _ = one.add_note(EVENT, "First text")
    results: list[EditSaved] = []
    with clients[0].session_factory.begin() as session:
        written = NoteRepository(session).update(
            note.id, "A", note.updated_at + timedelta(seconds=1), expected=note.updated_at
        )
        assert written is not None and written.text == "A"
        racer = threading.Thread(
            target=lambda: results.append(two.save_edit(note.id, "B", note.updated_at))
        )
        racer.start()
        deadline = threading.Event()
        for _ in range(100):
            if _waits_for_a_lock(clients[0]):
                break
            deadline.wait(0.05)
        else:
            pytest.fail("client 2's save never waited for client 1's")
    racer.join(10)
    assert len(results) == 1 and results[0].kept_as_new
    assert _texts(one) == ["A", "B"]
