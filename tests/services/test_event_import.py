"""The import writer: batches under a hidden collection, published at once; a cancel or an
error leaves nothing behind; replacing keeps notes where ids match."""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.services.collection_helpers import neutral_events
from timeline_app.domain.collections import (
    CollectionExistsError,
    Era,
    ImportCancelledError,
    NeutralEvent,
)
from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import DatePrecision
from timeline_app.persistence.database import Database
from timeline_app.persistence.event_snapshot import snapshot_is_current
from timeline_app.persistence.search_index import index_is_current
from timeline_app.services.collections_service import CollectionsService
from timeline_app.services.event_import import EventImportWriter, ImportTarget
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService

#: Every table an import writes to, and the full-text index.
TABLES = ("events", "categories", "collections", "eras", "event_search", "event_places")


@pytest.fixture
def database(db_path: Path, sample_data_dir: Path) -> Iterator[Database]:
    database = open_timeline_database(db_path, sample_data_dir)
    yield database
    database.dispose()


def writer(database: Database, batch_size: int = 1000) -> EventImportWriter:
    return EventImportWriter(database.session_factory, database.path, batch_size=batch_size)


def contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in TABLES
        }
    finally:
        connection.close()


def in_step(database: Database) -> bool:
    with database.session_factory() as session:
        return snapshot_is_current(session) and index_is_current(session)


def test_a_hundred_thousand_events_are_written_quickly(database: Database) -> None:
    seen: list[int] = []
    started = time.perf_counter()
    written = writer(database, 10_000).write(
        ImportTarget("Big", source_file="big.csv"), neutral_events(100_000), progress=seen.append
    )
    elapsed = time.perf_counter() - started
    assert written.count == 100_000 and not written.replaced
    assert seen == list(range(10_000, 100_001, 10_000))
    assert elapsed < 15, f"{elapsed:.1f} s for 100,000 events"
    timeline = TimelineService(database.session_factory, database.path)
    columns = timeline.columns()
    assert len(columns) == 100_006
    assert columns.collection_counts()[written.collection_id] == 100_000
    assert [c.name for c in timeline.categories()][-3:] == ["Group 0", "Group 1", "Group 2"]
    assert in_step(database)
    found = SearchService(database.session_factory, database.path).search("zebrafish3")
    assert found and all(r.event_id.startswith("u-") for r in found)


def test_fields_and_eras_round_trip(database: Database) -> None:
    event = NeutralEvent(
        title="Derived from the text",
        start=date(1, 1, 1),
        end=date(9999, 12, 31),
        precision=DatePrecision.YEAR,
        approximate=True,
        time_of_day="09:15",
        description="Longer text",
        category="Wars",
        source_url="https://example.org/m.jpg",
        source_label="Photo: someone",
        title_derived=True,
    )
    era = Era("Antiquity", date(1, 1, 1), date(500, 12, 31), DatePrecision.YEAR)
    written = writer(database).write(
        ImportTarget(
            "Eras", description="A test", eras=(era,), category_colours={"Wars": "#ff0000"}
        ),
        [event],
    )
    timeline = TimelineService(database.session_factory, database.path)
    (marker,) = [m for m in timeline.markers() if m.title == event.title]
    detail = timeline.event_detail(marker.id)
    assert detail is not None and detail.collection_id == written.collection_id
    assert (detail.start, detail.end, detail.precision, detail.approximate) == (
        date(1, 1, 1),
        date(9999, 12, 31),
        DatePrecision.YEAR,
        True,
    )
    assert (detail.time_of_day, detail.source_url, detail.source_label, detail.title_derived) == (
        "09:15",
        "https://example.org/m.jpg",
        "Photo: someone",
        True,
    )
    assert (detail.category.name, detail.category.colour) == ("Wars", "#ff0000")
    (info,) = CollectionsService(database.session_factory, database.path).collections()
    assert (info.name, info.description, info.eras) == ("Eras", "A test", (era,))


def test_events_are_hidden_until_the_import_is_published(database: Database) -> None:
    timeline = TimelineService(database.session_factory, database.path)
    search = SearchService(database.session_factory, database.path)
    during: list[tuple[int, int, int]] = []

    def look(_written: int) -> None:
        during.append(
            (len(timeline.markers()), len(timeline.columns()), len(search.search("zebrafish1")))
        )

    writer(database, 50).write(ImportTarget("Later"), neutral_events(200), progress=look)
    assert during == [(6, 6, 0)] * 4
    assert len(timeline.markers()) == 206


def test_a_cancel_leaves_nothing_behind(database: Database) -> None:
    before = contents(database.path)
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3  # after three batches were written

    with pytest.raises(ImportCancelledError):
        writer(database, 100).write(
            ImportTarget("Cancelled"), neutral_events(1000), cancelled=cancelled
        )
    assert contents(database.path) == before
    assert in_step(database)


def test_an_error_in_the_stream_leaves_nothing_behind(database: Database) -> None:
    before = contents(database.path)

    def failing() -> Iterator[NeutralEvent]:
        yield from neutral_events(250)
        raise OSError("the file went away")

    with pytest.raises(OSError, match="went away"):
        writer(database, 100).write(ImportTarget("Broken"), failing())
    assert contents(database.path) == before


def test_a_storage_error_leaves_nothing_behind(database: Database) -> None:
    before = contents(database.path)
    bad = NeutralEvent("Bad", date(2000, 1, 1))
    bad = dataclasses.replace(bad, title=None)  # type: ignore[arg-type]  # NOT NULL fails
    with pytest.raises(StorageError):
        writer(database, 100).write(ImportTarget("Broken"), [*neutral_events(150), bad])
    assert contents(database.path) == before


def test_an_existing_name_is_refused_unless_replacing(database: Database) -> None:
    writer(database).write(ImportTarget("Twice"), neutral_events(3))
    before = contents(database.path)
    with pytest.raises(CollectionExistsError):
        writer(database).write(ImportTarget("Twice"), neutral_events(3))
    assert contents(database.path) == before


def test_replacing_keeps_notes_where_ids_match(database: Database) -> None:
    first = writer(database).write(ImportTarget("Letters"), neutral_events(5))
    timeline = TimelineService(database.session_factory, database.path)
    old = {m.title: m.id for m in timeline.markers() if m.id.startswith("u-")}
    notes = NoteService(database.session_factory, database.path)
    notes.add_note(old["Imported event 0"], "on a kept event")
    notes.add_note(old["Imported event 1"], "on an event that comes back without its id")
    again = [
        dataclasses.replace(event, event_id=old[event.title] if event.title.endswith(" 0") else "")
        for event in neutral_events(3)
    ]
    replaced = writer(database).write(ImportTarget("Letters", replace=True), again)
    assert replaced.replaced and replaced.collection_id != first.collection_id
    markers = {m.id: m.title for m in timeline.markers() if m.id.startswith("u-")}
    assert len(markers) == 3 and markers[old["Imported event 0"]] == "Imported event 0"
    assert old["Imported event 1"] not in markers
    (info,) = CollectionsService(database.session_factory, database.path).collections()
    assert (info.name, info.event_count) == ("Letters", 3)
    assert [n.text for n in notes.notes_for(old["Imported event 0"])] == ["on a kept event"]
    # The note on the event that did not come back stays, as on a withdrawn event.
    assert [n.text for n in notes.notes_for(old["Imported event 1"])] == [
        "on an event that comes back without its id"
    ]
    assert in_step(database)


def test_a_cancelled_replacement_keeps_the_old_collection(database: Database) -> None:
    writer(database).write(ImportTarget("Kept"), neutral_events(7))
    before = contents(database.path)
    with pytest.raises(ImportCancelledError):
        writer(database, 2).write(
            ImportTarget("Kept", replace=True),
            neutral_events(10),
            cancelled=iter([False, True]).__next__,
        )
    assert contents(database.path) == before


def test_a_wished_id_taken_by_another_collection_gets_a_fresh_one(database: Database) -> None:
    writer(database).write(ImportTarget("One"), neutral_events(2))
    taken = next(
        m.id
        for m in TimelineService(database.session_factory, database.path).markers()
        if m.id.startswith("u-")
    )
    wish = dataclasses.replace(next(neutral_events(1)), event_id=taken, title="Wants a taken id")
    writer(database).write(ImportTarget("Two"), [wish])
    markers = TimelineService(database.session_factory, database.path).markers()
    (mine,) = [m for m in markers if m.title == "Wants a taken id"]
    assert mine.id != taken and mine.id.startswith("u-")


def test_abandoned_staging_is_purged(database: Database) -> None:
    before = contents(database.path)
    from timeline_app.persistence.import_store import begin_staging, write_batch

    with database.session_factory.begin() as session:
        staging = begin_staging(session, replaces=None)
        write_batch(session, staging, list(neutral_events(5)), "Crashed")
    assert len(TimelineService(database.session_factory, database.path).markers()) == 6
    service = CollectionsService(database.session_factory, database.path)
    # Begun just now: it may be an import running in another process, and stays.
    assert service.purge_abandoned_imports() == 0
    assert len(TimelineService(database.session_factory, database.path).markers()) == 6
    assert service.purge_abandoned_imports(older_than=timedelta(0)) == 5
    assert contents(database.path) == before
