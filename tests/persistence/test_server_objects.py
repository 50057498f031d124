"""``ensure_server_objects``: the registry of a server store's PostgreSQL-only objects,
replayed on an existing store in creation order, idempotent, refreshing what differs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, select

from tests.postgres_server import run_sql
from tests.server_objects import server_objects
from timeline_app.persistence.orm import CategoryRow, EventRow
from timeline_app.persistence.server_database import create_server_schema, open_server_database
from timeline_app.persistence.server_objects import creation_order, ensure_server_objects
from timeline_app.persistence.store import Database

#: The forms a registered statement may take: each one harmless to run again.
IDEMPOTENT = re.compile(
    r"CREATE OR REPLACE (FUNCTION|TRIGGER) "
    r"|CREATE (TABLE|INDEX|SEQUENCE) IF NOT EXISTS "
    r"|DROP POLICY IF EXISTS "
    r"|CREATE POLICY (\w+) ON (\w+) "  # only right after its DROP POLICY IF EXISTS
    r"|ALTER TABLE \w+ (ENABLE|FORCE) ROW LEVEL SECURITY$"
    r"|ALTER TABLE \w+ ADD COLUMN IF NOT EXISTS "
    r"|ALTER TABLE \w+ ALTER COLUMN \w+ SET STORAGE "
    r"|SELECT setval\("
)


@pytest.fixture
def store(postgres_url: str) -> Iterator[Database]:
    """A server store made at the head, with a category for events."""
    database = open_server_database(postgres_url)
    create_server_schema(database.engine)
    with database.session_factory.begin() as session:
        session.add(CategoryRow(id="culture", name="Culture", colour="#123456", position=0))
    yield database
    database.dispose()


def _event(event_id: str) -> EventRow:
    return EventRow(
        id=event_id,
        title=event_id,
        start_date=date(2001, 2, 3),
        precision="day",
        category_id="culture",
        summary="",
    )


def _ensure(store: Database) -> None:
    with store.engine.begin() as connection:
        ensure_server_objects(connection)


def _sequence(url: str) -> list[object]:
    return run_sql(url, "SELECT last_value || ' ' || is_called FROM events_key_seq")


def test_every_statement_is_idempotent_and_runs_after_what_it_needs() -> None:
    statements = creation_order()
    assert len(statements) == len(set(statements)) > 30
    functions: set[str] = set()
    for number, statement in enumerate(statements):
        assert IDEMPOTENT.match(statement), statement
        if made := re.match(r"CREATE OR REPLACE FUNCTION (\w+)\(", statement):
            functions.add(made[1])
        if called := re.search(r"EXECUTE FUNCTION (\w+)\(", statement):
            assert called[1] in functions, statement
        if policy := re.match(r"CREATE POLICY (\w+) ON (\w+) ", statement):
            assert statements[number - 1] == f"DROP POLICY IF EXISTS {policy[1]} ON {policy[2]}"
    # The change feed's triggers (of the whole metadata) come after every table's.
    feed = [n for n, s in enumerate(statements) if "_notify_" in s]
    assert feed and min(feed) > max(n for n, s in enumerate(statements) if "POLICY" in s)


@pytest.mark.postgres
def test_running_it_twice_changes_nothing(store: Database, postgres_url: str) -> None:
    with store.session_factory.begin() as session:
        session.add_all([_event("e1"), _event("e2")])
    run_sql(postgres_url, "SELECT nextval('events_key_seq')")  # ahead of the keys
    objects, sequence = server_objects(postgres_url), _sequence(postgres_url)
    _ensure(store)
    _ensure(store)
    assert server_objects(postgres_url) == objects
    assert _sequence(postgres_url) == sequence == ["3 true"]
    assert run_sql(postgres_url, "SELECT id || ' ' || key FROM events ORDER BY key") == [
        "e1 1",
        "e2 2",
    ]


@pytest.mark.postgres
def test_what_an_older_app_wrote_is_replaced(store: Database, postgres_url: str) -> None:
    made = server_objects(postgres_url)
    run_sql(
        postgres_url,
        "DROP POLICY notes_read ON notes",
        "CREATE POLICY notes_read ON notes FOR SELECT USING (true)",
        "CREATE OR REPLACE FUNCTION row_author_recorded() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN RETURN NEW; END $$",
        "DROP TRIGGER notes_notify_insert ON notes",
        "DROP INDEX notes_search_document",
        "ALTER TABLE notes NO FORCE ROW LEVEL SECURITY",
    )
    assert server_objects(postgres_url) != made
    _ensure(store)
    assert server_objects(postgres_url) == made


@pytest.mark.postgres
def test_a_store_without_the_key_sequence_gets_one_after_its_keys(
    store: Database, postgres_url: str
) -> None:
    with store.session_factory.begin() as session:
        session.add_all([_event("e1"), _event("e2"), _event("e3")])
    run_sql(
        postgres_url, "DROP TRIGGER events_key_assigned ON events", "DROP SEQUENCE events_key_seq"
    )
    _ensure(store)
    with store.session_factory.begin() as session:
        session.add(_event("after"))
    with store.session_factory() as session:
        assert session.scalar(select(EventRow.key).where(EventRow.id == "after")) == 4


def test_only_a_server_has_them() -> None:
    engine = create_engine("sqlite://")
    with engine.connect() as connection, pytest.raises(ValueError, match="PostgreSQL's"):
        ensure_server_objects(connection)
    engine.dispose()
