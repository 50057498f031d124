"""A server store's bulk writes: an import batch is one statement (its triggers fire once), and
the column snapshot is stored without trying to compress it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from tests.services.collection_helpers import neutral_events
from timeline_app.domain.collections import NeutralEvent, is_user_id, new_user_id
from timeline_app.domain.models import DatePrecision
from timeline_app.persistence.database import Database
from timeline_app.persistence.event_snapshot import events_generation
from timeline_app.persistence.import_store import begin_staging, write_batch
from timeline_app.persistence.orm import CategoryRow, EventRow
from timeline_app.persistence.server_database import create_server_schema, open_server_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def store(postgres_url: str) -> Iterator[Database]:
    """An empty server store."""
    database = open_server_database(postgres_url)
    create_server_schema(database.engine)
    yield database
    database.dispose()


def test_a_batch_moves_the_generation_once_and_keeps_every_field(store: Database) -> None:
    full = NeutralEvent(
        title="Full",
        start=date(2001, 2, 3),
        end=date(2001, 3, 4),
        precision=DatePrecision.MONTH,
        approximate=True,
        description="Всё 中文",
        category="Culture",
        source_url="https://example.org/a",
        source_label="credit",
        time_of_day="09:30",
        title_derived=True,
    )
    with store.session_factory.begin() as session:
        staging = begin_staging(session, replaces=None)
    with store.session_factory() as session:
        before = events_generation(session)

    with store.session_factory.begin() as session:
        assert write_batch(session, staging, [full, *neutral_events(499)], "Imported") == 500

    with store.session_factory() as session:
        assert events_generation(session) == (before or 0) + 1
        rows = session.scalars(select(EventRow).order_by(EventRow.key)).all()
        categories = {row.id: row.name for row in session.scalars(select(CategoryRow))}
    assert len(rows) == 500
    assert len({row.key for row in rows}) == 500
    first = rows[0]
    assert (first.title, first.start_date, first.end_date) == ("Full", full.start, full.end)
    assert (first.precision, first.approximate, first.summary) == ("month", True, "Всё 中文")
    assert (first.source_url, first.source_label) == ("https://example.org/a", "credit")
    assert (first.time_of_day, first.title_derived, categories[first.category_id]) == (
        "09:30",
        True,
        "Culture",
    )
    assert (first.qualifier, first.importance, first.confidence, first.body) == ("", 3, "high", "")
    assert first.collection_id == staging.collection_id
    assert rows[1].end_date is None
    assert rows[1].source_label == "credit"


def test_a_wished_id_another_event_holds_is_replaced_by_a_fresh_one(store: Database) -> None:
    wished = new_user_id()
    with store.session_factory.begin() as session:
        staging = begin_staging(session, replaces=None)
        event = NeutralEvent(title="First", start=date(2001, 1, 1), event_id=wished)
        write_batch(session, staging, [event], "Imported")
    with store.session_factory.begin() as session:
        again = NeutralEvent(title="Second", start=date(2001, 1, 1), event_id=wished)
        write_batch(session, staging, [again, *neutral_events(3)], "Imported")
    with store.session_factory() as session:
        ids = {row.title: row.id for row in session.execute(select(EventRow.title, EventRow.id))}
    assert ids["First"] == wished
    assert is_user_id(ids["Second"])
    assert ids["Second"] != wished
    assert len(set(ids.values())) == 5


def test_the_snapshot_is_stored_uncompressed(store: Database) -> None:
    with store.engine.connect() as connection:
        storage = connection.exec_driver_sql(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'event_snapshot'::regclass AND attname = 'data'"
        ).scalar_one()
    assert storage == "e"  # EXTERNAL: out of line, not compressed
