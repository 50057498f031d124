"""The change feed of a server store: what each change notifies, and the listener's thread."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from timeline_app.domain.remote_changes import RemoteChanges
from timeline_app.persistence.change_feed import CHANNEL, parse_payload
from timeline_app.persistence.change_listener import ChangeListener, change_listener
from timeline_app.persistence.database import Database
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.persistence.server_database import create_server_schema, open_server_database
from timeline_app.services.startup import bring_up_to_date, open_timeline_database

pytestmark = pytest.mark.postgres
NOW = datetime(2026, 11, 30, tzinfo=UTC)


@pytest.fixture
def store(postgres_url: str, sample_data_dir: Path) -> Iterator[Database]:
    database = open_server_database(postgres_url)
    create_server_schema(database.engine)
    bring_up_to_date(database, sample_data_dir)
    yield database
    database.dispose()


@pytest.fixture
def heard(store: Database, postgres_url: str) -> Iterator[queue.Queue[RemoteChanges]]:
    """What another client's listener on ``store`` hears, in order."""
    changes: queue.Queue[RemoteChanges] = queue.Queue()
    other = open_server_database(postgres_url)
    listener = ChangeListener(other.engine, changes.put)
    listener.start()
    assert listener.listening.wait(10)
    yield changes
    listener.close()
    other.dispose()


def _next(changes: queue.Queue[RemoteChanges]) -> RemoteChanges:
    return changes.get(timeout=5)


def test_a_note_added_edited_and_deleted_names_its_event_never_its_text(
    store: Database, heard: queue.Queue[RemoteChanges]
) -> None:
    with store.session_factory.begin() as session:
        note = NoteRepository(session).add("e2017-expo", "secret words", NOW)
    assert _next(heard) == RemoteChanges(notes_of_events=frozenset({"e2017-expo"}))
    with store.session_factory.begin() as session:
        NoteRepository(session).update(note.id, "other words", NOW)
    assert _next(heard) == RemoteChanges(notes_of_events=frozenset({"e2017-expo"}))
    with store.session_factory.begin() as session:
        NoteRepository(session).delete(note.id)
    assert _next(heard) == RemoteChanges(notes_of_events=frozenset({"e2017-expo"}))
    assert heard.empty()


def test_the_payload_is_small_json_without_text(store: Database) -> None:
    raw = store.engine.raw_connection()
    try:
        raw.cursor().execute(f"LISTEN {CHANNEL}")
        raw.commit()
        with store.session_factory.begin() as session:
            NoteRepository(session).add("e2017-expo", "private thoughts", NOW)
        driver = raw.driver_connection
        assert driver is not None
        payloads = [n.payload for n in driver.notifies(timeout=5, stop_after=1)]
    finally:
        raw.close()
    assert len(payloads) == 1
    assert "private" not in payloads[0]
    changes, sender = parse_payload(payloads[0])
    assert changes.notes_of_events == {"e2017-expo"} and isinstance(sender, int)


def test_one_statement_over_many_events_sends_one_notification(
    store: Database, heard: queue.Queue[RemoteChanges]
) -> None:
    with store.session_factory.begin() as session:
        session.execute(
            text(
                "INSERT INTO notes (uid, event_id, text, created_at, updated_at) "
                "SELECT md5(g::text), 'event-' || g, 'x', now(), now() "
                "FROM generate_series(1, 2000) AS g"
            )
        )
    assert _next(heard) == RemoteChanges(all_notes=True)  # too many events to name
    assert heard.empty()


def test_own_events_and_collections_changes_say_the_events_changed(
    store: Database, heard: queue.Queue[RemoteChanges]
) -> None:
    with store.session_factory.begin() as session:
        session.execute(text("UPDATE events SET title = title || '!' WHERE id = 'e2017-expo'"))
    assert _next(heard) == RemoteChanges(events=True)
    with store.session_factory.begin() as session:
        session.execute(
            text(
                "INSERT INTO collections (name, description, kind, source_file, created_at, "
                "state) VALUES ('Mine', '', 'own', '', now(), 'shown')"
            )
        )
    assert _next(heard) == RemoteChanges(events=True)


def test_drafts_send_nothing(store: Database, heard: queue.Queue[RemoteChanges]) -> None:
    with store.session_factory.begin() as session:
        NoteRepository(session).set_draft("e2017-expo", "window", "typing…", NOW)
    with store.session_factory.begin() as session:
        NoteRepository(session).add("e2017-expo", "then a note", NOW)
    assert _next(heard) == RemoteChanges(notes_of_events=frozenset({"e2017-expo"}))


def test_unreadable_payloads_count_as_everything() -> None:
    assert parse_payload("not json") == (RemoteChanges.everything(), None)
    assert parse_payload('{"kind": "future"}') == (RemoteChanges.everything(), None)
    assert parse_payload('{"kind": "notes", "events": null, "pid": 7}') == (
        RemoteChanges(all_notes=True),
        7,
    )


def test_a_clients_own_changes_are_not_handed_back_to_it(
    store: Database, postgres_url: str
) -> None:
    mine: queue.Queue[RemoteChanges] = queue.Queue()
    listener = ChangeListener(store.engine, mine.put)
    listener.start()
    assert listener.listening.wait(10)
    teammate = open_server_database(postgres_url)
    try:
        with store.session_factory.begin() as session:
            NoteRepository(session).add("e2017-expo", "my own note", NOW)
        with teammate.session_factory.begin() as session:
            NoteRepository(session).add("teammates-event", "their note", NOW)
        # Notifications arrive in commit order: the first one heard is the teammate's.
        assert _next(mine) == RemoteChanges(notes_of_events=frozenset({"teammates-event"}))
    finally:
        listener.close()
        teammate.dispose()
    assert mine.empty()


def test_the_listener_stops_at_close_and_calls_nothing_after(
    store: Database, postgres_url: str
) -> None:
    heard: list[RemoteChanges] = []
    other = open_server_database(postgres_url)
    listener = ChangeListener(other.engine, heard.append)
    listener.start()
    assert listener.listening.wait(10)
    listener.close()
    assert not listener._thread.is_alive()
    with store.session_factory.begin() as session:
        NoteRepository(session).add("e2017-expo", "after the close", NOW)
    other.dispose()
    assert heard == []


def test_a_file_has_no_listener(db_path: Path, sample_data_dir: Path) -> None:
    database = open_timeline_database(db_path, sample_data_dir)
    try:
        assert change_listener(database, print, print, print) is None
    finally:
        database.dispose()
