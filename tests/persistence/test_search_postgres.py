"""PostgreSQL's search documents: their GIN indexes are used, and notes are searched through
the notes table, so what row-level security hides from a role is not found by it either."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, make_url
from sqlalchemy.orm import Session

from tests.services.collection_helpers import neutral_events
from tests.services.conftest import open_server_store
from timeline_app.persistence.database import Database
from timeline_app.persistence.search_index import (
    index_is_current,
    rebuild_event_index,
    rebuild_note_index,
    search_index,
)
from timeline_app.persistence.server_database import open_server_database
from timeline_app.services.event_import import EventImportWriter, ImportTarget
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_store(postgres_url: str, sample_data_dir: Any) -> Iterator[Database]:
    database = open_server_store(postgres_url, sample_data_dir)
    yield database
    database.dispose()


def _executed(database: Database, query: str) -> list[tuple[str, Any]]:
    """The statements a search sends (with their parameters), in order."""
    seen: list[tuple[str, Any]] = []

    def record(*args: Any) -> None:
        _connection, _cursor, statement, parameters, _context, _many = args
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.session_factory() as session:
            search_index(session, query, 10)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return seen


def test_event_and_note_searches_use_the_gin_indexes(server_store: Database) -> None:
    EventImportWriter(server_store.session_factory, server_store.name).write(
        ImportTarget("Many"), neutral_events(3000)
    )
    NoteService(server_store.session_factory, server_store.name).add_note("e2017-expo", "zebra")
    with server_store.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    searches = [
        (statement, parameters)
        for statement, parameters in _executed(server_store, "zebrafish3")
        if "@@" in statement
    ]
    assert len(searches) == 3  # count, ranked events, notes
    with server_store.engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        for statement, parameters in searches:
            plan = "\n".join(
                connection.exec_driver_sql(f"EXPLAIN {statement}", parameters).scalars()
            )
            index = (
                "notes_search_document" if "FROM notes" in statement else "event_search_document"
            )
            assert f"Bitmap Index Scan on {index}" in plan, plan


@pytest.fixture
def reader(server_store: Database) -> Iterator[Database]:
    """The store as another member: row-level security keeps others' private notes from it."""
    role = f"reader_{uuid.uuid4().hex[:8]}"
    with server_store.engine.begin() as connection:
        for statement in (
            f"CREATE ROLE {role} LOGIN",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
        ):
            connection.exec_driver_sql(statement)
    url = make_url(server_store.engine.url).set(username=role)
    database = open_server_database(url.render_as_string(hide_password=False))
    yield database
    database.dispose()
    with server_store.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP OWNED BY {role}")
        connection.exec_driver_sql(f"DROP ROLE {role}")


def test_a_note_a_role_cannot_read_is_not_found_by_it(
    server_store: Database, reader: Database
) -> None:
    notes = NoteService(server_store.session_factory, server_store.name)
    secret, _ = notes.add_note("e2017-expo", "a secret about the pavilion")
    notes.set_private(secret.id, True)
    notes.add_note("e1992-agreement", "an open word about the pavilion")
    owner = SearchService(server_store.session_factory, server_store.name)
    assert {r.event_id for r in owner.search("pavilion")} == {"e2017-expo", "e1992-agreement"}
    others = SearchService(reader.session_factory, reader.name)
    assert [r.event_id for r in others.search("pavilion")] == ["e1992-agreement"]
    assert others.search("secret") == []
    with reader.session_factory() as session:  # nor is its document readable
        assert _documents(session) == 1


def _documents(session: Session) -> int:
    return int(
        session.connection()
        .exec_driver_sql("SELECT count(search_document) FROM notes")
        .scalar_one()
    )


def test_a_note_without_its_document_makes_the_index_stale_until_rebuilt(
    server_store: Database,
) -> None:
    NoteService(server_store.session_factory, server_store.name).add_note("e2017-expo", "quagga")
    search = SearchService(server_store.session_factory, server_store.name)
    with server_store.session_factory() as session:
        assert index_is_current(session)
    with server_store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE notes SET search_document = NULL")
    assert search.search("quagga") == []
    with server_store.session_factory.begin() as session:
        assert not index_is_current(session)
        assert rebuild_note_index(session) == 1
        assert index_is_current(session)
    assert [r.event_id for r in search.search("quagga")] == ["e2017-expo"]


def _someone_waits_for_a_lock(database: Database) -> bool:
    """True once a transaction waits for a lock (polled up to 10 s)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with database.engine.connect() as connection:
            waiting = connection.exec_driver_sql(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted)"
            ).scalar_one()
        if waiting:
            return True
    return False


def test_two_clients_rebuilding_the_index_at_once_both_succeed(server_store: Database) -> None:
    errors: list[Exception] = []

    def second_client() -> None:
        try:
            with server_store.session_factory.begin() as session:
                rebuild_event_index(session)
        except Exception as error:  # reported by the assertion below
            errors.append(error)

    with server_store.session_factory.begin() as session:
        shown = rebuild_event_index(session)
        thread = threading.Thread(target=second_client)
        thread.start()
        assert _someone_waits_for_a_lock(server_store)
    thread.join(timeout=30)
    assert not thread.is_alive() and errors == []
    with server_store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT count(*) FROM event_search").scalar_one()
    assert rows == shown > 0


def test_a_huge_note_is_saved_and_found_by_its_words(server_store: Database) -> None:
    """More different words than a tsvector holds (1 MB), and a word longer than a lexeme
    may be: the document is cut and the long word left out, instead of the save failing."""
    huge = "opening " + "x" * 3000 + " " + " ".join(f"w{n}" for n in range(400_000))
    notes = NoteService(server_store.session_factory, server_store.name)
    notes.add_note("e2017-expo", huge)
    search = SearchService(server_store.session_factory, server_store.name)
    assert [r.event_id for r in search.search("opening")] == ["e2017-expo"]
    assert [r.event_id for r in search.search("w1234")] == ["e2017-expo"]
