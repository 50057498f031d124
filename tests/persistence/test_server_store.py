"""A server store: opened, its schema made, and its triggers at work on a real PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import Session

from timeline_app.domain.collections import NeutralEvent
from timeline_app.domain.models import DatePrecision
from timeline_app.persistence.database import Database
from timeline_app.persistence.dialects import reserve_event_keys
from timeline_app.persistence.event_snapshot import events_generation
from timeline_app.persistence.import_store import begin_staging, publish, write_batch
from timeline_app.persistence.orm import CategoryRow, EventRow, EventTextRow
from timeline_app.persistence.revisions import VERSION_TABLE, head_revision
from timeline_app.persistence.server_database import (
    create_server_schema,
    open_server_database,
    server_url,
    shown_url,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def store(postgres_url: str) -> Iterator[Database]:
    """A server store with its schema made and one curated category."""
    database = open_server_database(postgres_url)
    create_server_schema(database.engine)
    with database.session_factory.begin() as session:
        session.add(CategoryRow(id="culture", name="Culture", colour="#123456", position=0))
    yield database
    database.dispose()


def _event(event_id: str, **fields: object) -> EventRow:
    values: dict[str, object] = {
        "title": f"Title {event_id}",
        "start_date": date(2001, 2, 3),
        "precision": "day",
        "category_id": "culture",
        "summary": "",
        **fields,
    }
    return EventRow(id=event_id, **values)


def _keys(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {row.id: row.key for row in connection.execute(select(EventRow.id, EventRow.key))}


def _generation(database: Database) -> int | None:
    with database.session_factory() as session:
        return events_generation(session)


def test_urls_get_psycopg_and_a_masked_password() -> None:
    assert server_url("postgresql://ann@db.example:5432/timeline") == (
        "postgresql+psycopg://ann@db.example:5432/timeline"
    )
    assert shown_url("postgresql://ann:secret@db/timeline") == "postgresql://ann:***@db/timeline"
    with pytest.raises(ValueError, match="not a PostgreSQL URL"):
        server_url("mysql://ann@db/timeline")


def test_opening_creates_nothing_and_the_schema_is_stamped_at_head(postgres_url: str) -> None:
    database = open_server_database(postgres_url)
    try:
        assert database.name == shown_url(postgres_url)
        with pytest.raises(ValueError, match="server store"):
            _ = database.path
        with database.engine.connect() as connection:
            tables = connection.execute(
                text("SELECT count(*) FROM information_schema.tables WHERE table_schema='public'")
            ).scalar_one()
        assert tables == 0
        create_server_schema(database.engine)
        with database.engine.connect() as connection:
            stamped = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        assert stamped == head_revision()
        assert _generation(database) == 0
    finally:
        database.dispose()


def test_keys_are_unique_and_increasing_across_orm_bulk_and_plain_sql(store: Database) -> None:
    with store.session_factory.begin() as session:
        session.add_all([_event("orm-1"), _event("orm-2")])
    with store.session_factory.begin() as session:
        session.execute(
            insert(EventRow),
            [
                {"id": f"bulk-{n}", "title": "t", "start_date": date(2001, 1, n), "precision": "day",
                 "category_id": "culture", "summary": ""}
                for n in (1, 2, 3)
            ],
        )  # fmt: skip
    with store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO events (id, title, start_date, precision, approximate, qualifier, "
                "category_id, importance, confidence, summary, body, key) VALUES "
                "('sql-0', 't', DATE '2001-01-01', 'day', false, '', 'culture', 3, 'high', '', "
                "'', 0)"
            )
        )
    with store.session_factory.begin() as session:
        session.add(_event("orm-3"))
    keys = _keys(store.engine)
    order = ["orm-1", "orm-2", "bulk-1", "bulk-2", "bulk-3", "sql-0", "orm-3"]
    assert [keys[event_id] for event_id in order] == sorted(keys.values())
    assert len(set(keys.values())) == len(order) and min(keys.values()) > 0


def test_the_orm_reads_the_assigned_key_back(store: Database) -> None:
    with store.session_factory.begin() as session:
        row = _event("e1")
        session.add(row)
        session.flush()
        assert row.key > 0


def test_reserved_and_explicit_keys_move_the_sequence_past_them(store: Database) -> None:
    with store.session_factory.begin() as session:
        reserved = reserve_event_keys(session, 3)
        assert reserved == sorted(set(reserved))
        session.add(_event("by-hand", key=1000))
    with store.session_factory.begin() as session:
        session.add(_event("after"))
    keys = _keys(store.engine)
    assert keys["after"] > 1000 > max(reserved)


def test_an_import_batch_gets_keys_from_the_sequence(store: Database) -> None:
    events = [
        NeutralEvent(title=f"Imported {n}", start=date(2002, 1, n), precision=DatePrecision.DAY)
        for n in (1, 2)
    ]
    with store.session_factory.begin() as session:
        session.add(_event("curated"))
    with store.session_factory.begin() as session:
        staging = begin_staging(session, replaces=None)
        assert write_batch(session, staging, events, "Imported") == 2
        publish(session, staging, "Mine")
    with store.session_factory.begin() as session:
        session.add(_event("later"))
    keys = _keys(store.engine)
    assert len(set(keys.values())) == 4
    assert keys["curated"] < min(v for k, v in keys.items() if k not in ("curated", "later"))
    assert keys["later"] == max(keys.values())
    with Session(store.engine) as session:
        rows = session.scalars(select(EventRow).where(EventRow.collection_id.is_not(None))).all()
        assert sorted(row.start_date for row in rows) == [date(2002, 1, 1), date(2002, 1, 2)]
        assert {row.approximate for row in rows} == {False}


def test_the_generation_moves_on_insert_update_and_delete(store: Database) -> None:
    before = _generation(store)
    assert before is not None
    steps: list[int | None] = []
    with store.session_factory.begin() as session:
        session.add(_event("e1"))
    steps.append(_generation(store))
    with store.session_factory.begin() as session:
        session.get_one(EventRow, "e1").title = "Renamed"
    steps.append(_generation(store))
    with store.session_factory.begin() as session:
        session.add(EventTextRow(event_id="e1", language="kk", title="Атауы", summary=""))
    steps.append(_generation(store))
    with store.session_factory.begin() as session:
        session.get_one(EventTextRow, ("e1", "kk")).title = "Жаңа"
    steps.append(_generation(store))
    with store.session_factory.begin() as session:
        session.delete(session.get_one(EventTextRow, ("e1", "kk")))
    steps.append(_generation(store))
    with store.session_factory.begin() as session:
        session.delete(session.get_one(EventRow, "e1"))
    steps.append(_generation(store))
    assert steps == [before + n for n in range(1, 7)]


def test_a_statement_changing_no_row_leaves_the_generation(store: Database) -> None:
    before = _generation(store)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE events SET title = 'x' WHERE id = 'none'"))
        connection.execute(text("DELETE FROM event_texts WHERE event_id = 'none'"))
    assert _generation(store) == before


def _someone_waits_on_a_lock(engine: Engine, deadline: float) -> bool:
    """True once a backend waits on a lock (asked again and again until ``deadline``)."""
    query = text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            if connection.execute(query).scalar_one():
                return True
    return False


def test_two_clients_inserting_at_once_get_different_keys(store: Database) -> None:
    """The second client inserts while the first's insert is not committed (it then waits for
    the events generation's row): a max(key) + 1 would give both the same key and fail the
    second on the unique index; the sequence never does."""
    failures: list[BaseException] = []

    def second_client() -> None:
        try:
            with store.session_factory.begin() as session:
                session.add(_event("second"))
        except BaseException as error:  # reported by the test below
            failures.append(error)

    with store.session_factory() as first:
        first.begin()
        first.add(_event("first"))
        first.flush()
        thread = threading.Thread(target=second_client)
        thread.start()
        assert _someone_waits_on_a_lock(store.engine, time.monotonic() + 10)
        first.commit()
    thread.join(10)
    assert not thread.is_alive() and failures == []
    keys = _keys(store.engine)
    assert keys["first"] != keys["second"]
