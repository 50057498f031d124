"""A server store's columns arrive in one binary COPY, equal to reading the rows one by one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from tests.services.collection_helpers import neutral_events
from timeline_app.domain.collections import NeutralEvent
from timeline_app.domain.event_columns import COLUMN_TYPES
from timeline_app.domain.models import DatePrecision
from timeline_app.persistence import server_columns
from timeline_app.persistence.collection_repository import bump_events_generation
from timeline_app.persistence.database import Database
from timeline_app.persistence.event_snapshot import (
    _category_ids,
    _collection_ids,
    build_event_columns,
    read_rows_as_columns,
    refresh_event_snapshot,
    snapshot_is_current,
)
from timeline_app.persistence.import_store import begin_staging, publish, write_batch
from timeline_app.persistence.orm import EventRow
from timeline_app.persistence.server_columns import parse_binary_copy, read_server_columns
from timeline_app.persistence.server_database import create_server_schema, open_server_database
from timeline_app.services.startup import bring_up_to_date


@pytest.fixture
def server_store(postgres_url: str, sample_data_dir: Path) -> Iterator[Database]:
    """The sample chronology, a shown collection, a hidden (staging) one and an event whose
    category is hidden: every mapping the columns make."""
    database = open_server_database(postgres_url)
    create_server_schema(database.engine)
    bring_up_to_date(database, sample_data_dir)
    spans = [
        NeutralEvent(
            title="A year", start=date(2001, 1, 1), end=date(2001, 12, 31),
            precision=DatePrecision.YEAR, approximate=True,
        ),
        NeutralEvent(
            title="Ancient", start=date(1, 1, 1), precision=DatePrecision.MONTH, approximate=True
        ),
    ]  # fmt: skip
    with database.session_factory.begin() as session:
        staging = begin_staging(session, replaces=None)
        write_batch(session, staging, [*spans, *neutral_events(40, first=date(2000, 1, 1))], "G")
        publish(session, staging, "Shown")
    with database.session_factory.begin() as session:
        hidden = begin_staging(session, replaces=None)
        write_batch(session, hidden, list(neutral_events(5)), "H")
        # A curated event in a category no reader sees (the hidden collection's).
        curated = session.scalars(select(EventRow).where(EventRow.collection_id.is_(None)))
        next(iter(curated)).category_id = next(iter(hidden.categories.values()))
    yield database
    database.dispose()


@pytest.mark.postgres
def test_the_copy_gives_the_columns_reading_the_rows_gives(server_store: Database) -> None:
    with server_store.session_factory() as session:
        categories, collections = _category_ids(session), _collection_ids(session)
        connection = session.connection()
        copied = read_server_columns(connection, categories, collections)
        read = read_rows_as_columns(connection, categories, collections)
        columns = build_event_columns(session)
    assert len(collections) == 2
    assert (
        len(read["key"]) == 6 + 42
    )  # the sample's six; the staging collection's events are not shown
    assert len(categories) in set(read["category"].tolist())  # the hidden category's event
    assert set(read["flags"].tolist()) == {0, 1, 2, 3}
    for name, dtype in COLUMN_TYPES.items():
        assert copied[name].dtype == dtype, name
        assert np.array_equal(copied[name], read[name]), name
        assert np.array_equal(columns.columns[name], read[name]), name


def test_a_stream_of_another_shape_is_refused() -> None:
    header = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
    with pytest.raises(ValueError, match="not a binary COPY"):
        parse_binary_copy(b"key,start\n1,2\n")
    with pytest.raises(ValueError, match="another size"):
        parse_binary_copy(header + b"\x00\x01" + b"\xff\xff")
    null_key = bytearray(server_columns.row_type().itemsize)  # every field 0 …
    null_key[0:2] = (10).to_bytes(2, "big")
    null_key[2:6] = (-1).to_bytes(4, "big", signed=True)  # … but the key's length: NULL
    with pytest.raises(ValueError, match="NULLs"):
        parse_binary_copy(header + bytes(null_key) + b"\xff\xff")
    assert len(parse_binary_copy(header + b"\xff\xff")["key"]) == 0


def _start_together(database: Database, clients: int) -> tuple[list[bool], list[str]]:
    """``clients`` threads refreshing the snapshot at once: what each did, what failed."""
    ready = threading.Barrier(clients)
    rebuilt: list[bool] = []
    errors: list[str] = []

    def start() -> None:
        ready.wait()
        try:
            with database.session_factory.begin() as session:
                rebuilt.append(refresh_event_snapshot(session))
        except Exception as error:  # collected: a thread's exception would be lost
            errors.append(str(error))

    threads = [threading.Thread(target=start) for _client in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return rebuilt, errors


@pytest.mark.postgres
def test_clients_rebuilding_a_stale_snapshot_at_once_all_succeed(server_store: Database) -> None:
    """Four clients starting together on a stale snapshot: one rebuilds it, none fails (each
    replacing its rows at once collided on their names)."""
    for _round in range(5):
        with server_store.session_factory.begin() as session:
            bump_events_generation(session)
        rebuilt, errors = _start_together(server_store, 4)
        assert errors == []
        assert sorted(rebuilt) == [False, False, False, True]
        with server_store.session_factory() as session:
            assert snapshot_is_current(session)
