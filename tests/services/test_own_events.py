"""The user's own events: stored beside the curated ones, found everywhere, undone exactly."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.services.collection_helpers import neutral_events
from timeline_app.domain.collections import (
    CollectionError,
    NewCategory,
    OwnEventInput,
    is_user_id,
)
from timeline_app.domain.models import DatePrecision
from timeline_app.persistence.database import Database
from timeline_app.persistence.event_snapshot import snapshot_is_current
from timeline_app.persistence.search_index import index_is_current
from timeline_app.services.event_import import EventImportWriter, ImportTarget
from timeline_app.services.note_service import NoteService
from timeline_app.services.own_events import OwnEventsService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService


@pytest.fixture
def database(store: Database) -> Database:
    """The store of each backend (tests/services/conftest.py)."""
    return store


@pytest.fixture
def sqlite_database(db_path: Path, sample_data_dir: Path) -> Iterator[Database]:
    """An SQLite file, for what looks at the file itself."""
    database = open_timeline_database(db_path, sample_data_dir)
    yield database
    database.dispose()


def services(database: Database) -> tuple[OwnEventsService, TimelineService, SearchService]:
    factory, path = database.session_factory, database.name
    return (
        OwnEventsService(factory, path),
        TimelineService(factory, path),
        SearchService(factory, path),
    )


def in_step(database: Database) -> bool:
    with database.session_factory() as session:
        return snapshot_is_current(session) and index_is_current(session)


def test_an_own_event_round_trips_with_every_field(database: Database) -> None:
    own, timeline, search = services(database)
    given = OwnEventInput(
        "Caravan reaches Otrar",
        date(1218, 6, 1),
        date(1218, 6, 30),
        DatePrecision.MONTH,
        approximate=True,
        new_category=NewCategory("Silk Road", "#aa5500"),
        description="Merchants of the Khwarazm shah",
        place_ids=("astana", "beijing"),
        source_url="https://example.org/otrar",
        time_of_day="14:30",
    )
    change = own.create(given)
    assert change.before is None and change.after is not None
    event_id = change.event_id
    assert is_user_id(event_id) and change.after.made_category is not None
    assert own.event(event_id) == dataclasses.replace(change.after, made_category=None)
    detail = timeline.event_detail(event_id)
    assert detail is not None and detail.is_users
    assert (detail.title, detail.start, detail.end, detail.precision, detail.approximate) == (
        "Caravan reaches Otrar",
        date(1218, 6, 1),
        date(1218, 6, 30),
        DatePrecision.MONTH,
        True,
    )
    assert (detail.category.name, detail.category.colour) == ("Silk Road", "#aa5500")
    assert [place.id for place in detail.places] == ["astana", "beijing"]
    assert (detail.source_url, detail.time_of_day) == ("https://example.org/otrar", "14:30")
    assert [c.id for c in timeline.categories()][-1] == detail.category.id
    assert [r.event_id for r in search.search("Khwarazm")] == [event_id]
    assert [r.event_id for r in search.search("Astana")].count(event_id) == 1
    columns = timeline.columns()
    position = columns.position_of_key(timeline.keys_of([event_id])[event_id])
    assert position is not None and columns.collection_id(position) == 1
    assert columns.period().first == date(1218, 1, 1)
    assert in_step(database)


def test_an_event_may_use_a_curated_category_and_lie_in_year_1_or_9999(database: Database) -> None:
    own, timeline, _ = services(database)
    first = own.create(OwnEventInput("Year one", date(1, 1, 1), category_id="agreement"))
    last = own.create(OwnEventInput("Year 9999", date(9999, 12, 31), category_id="agreement"))
    markers = {m.id: m for m in timeline.markers()}
    assert markers[first.event_id].start == date(1, 1, 1)
    assert markers[last.event_id].start == date(9999, 12, 31)
    columns = timeline.columns()
    assert int(columns.starts[0]) == 1 and int(columns.ends.max()) == date.max.toordinal() + 1
    assert (columns.period().first, columns.period().last) == (date(1, 1, 1), date(9999, 12, 31))
    assert columns.category_counts()["agreement"] >= 2


def test_update_keeps_id_and_notes_and_undo_puts_it_back(database: Database) -> None:
    own, timeline, search = services(database)
    made = own.create(OwnEventInput("Draft title", date(2001, 5, 5), category_id="agreement"))
    notes = NoteService(database.session_factory, database.name)
    notes.add_note(made.event_id, "my note on it")
    change = own.update(
        made.event_id,
        OwnEventInput(
            "Final title",
            date(2002, 5, 5),
            category_id="agreement",
            new_category=NewCategory("Later", "#00aa00"),
        ),
    )
    assert change.after is not None and change.after.made_category is not None
    assert timeline.event_detail(made.event_id).title == "Final title"  # type: ignore[union-attr]
    assert [r.event_id for r in search.search("Final")] == [made.event_id]
    own.undo(change)
    detail = timeline.event_detail(made.event_id)
    assert detail is not None and detail.title == "Draft title" and detail.start == date(2001, 5, 5)
    assert search.search("Final") == []
    assert "Later" not in [c.name for c in timeline.categories()]  # the category it made went
    assert [n.text for n in notes.notes_for(made.event_id)] == ["my note on it"]
    own.redo(change)
    assert timeline.event_detail(made.event_id).category.name == "Later"  # type: ignore[union-attr]
    assert in_step(database)


def test_delete_and_undo_bring_back_the_same_id_with_its_notes(database: Database) -> None:
    own, timeline, search = services(database)
    made = own.create(
        OwnEventInput(
            "Gone for a while", date(1999, 1, 1), category_id="agreement", place_ids=("astana",)
        )
    )
    notes = NoteService(database.session_factory, database.name)
    notes.add_note(made.event_id, "kept through the delete")
    key = timeline.keys_of([made.event_id])[made.event_id]
    deleted = own.delete(made.event_id)
    assert timeline.event_detail(made.event_id) is None
    assert search.search("Gone") == []
    assert [n.text for n in notes.notes_for(made.event_id)] == ["kept through the delete"]
    own.undo(deleted)
    detail = timeline.event_detail(made.event_id)
    assert detail is not None and [p.id for p in detail.places] == ["astana"]
    assert [r.event_id for r in search.search("Gone")] == [made.event_id]
    assert [n.text for n in notes.notes_for(made.event_id)] == ["kept through the delete"]
    assert made.event_id in timeline.keys_of([made.event_id]) and key > 0
    assert in_step(database)


def test_undo_of_a_create_deletes_the_event_and_its_new_category(database: Database) -> None:
    own, timeline, _ = services(database)
    change = own.create(
        OwnEventInput("Brief", date(2000, 1, 1), new_category=NewCategory("Brief cat", "#010203"))
    )
    own.undo(change)
    assert timeline.event_detail(change.event_id) is None
    assert "Brief cat" not in [c.name for c in timeline.categories()]


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        (OwnEventInput(" ", date(2000, 1, 1), category_id="agreement"), "title"),
        (OwnEventInput("x", date(2000, 1, 2), date(2000, 1, 1), category_id="agreement"), "end"),
        (
            OwnEventInput("x", date(2000, 1, 1), category_id="agreement", time_of_day="25:00"),
            "time",
        ),
        (OwnEventInput("x", date(2000, 1, 1)), "category"),
        (OwnEventInput("x", date(2000, 1, 1), category_id="nope"), "category"),
        (
            OwnEventInput("x", date(2000, 1, 1), category_id="agreement", place_ids=("mars",)),
            "place",
        ),
    ],
)
def test_invalid_events_are_refused_and_nothing_is_written(
    database: Database, given: OwnEventInput, reason: str
) -> None:
    own, timeline, _ = services(database)
    before = len(timeline.markers())
    with pytest.raises(CollectionError, match=reason):
        own.create(given)
    assert len(timeline.markers()) == before


def test_curated_events_are_not_the_users(database: Database) -> None:
    own, _, _ = services(database)
    assert own.event("e1992-agreement") is None
    with pytest.raises(CollectionError):
        own.delete("e1992-agreement")


def test_the_stored_dates_are_iso_text_with_four_digit_years(sqlite_database: Database) -> None:
    database = sqlite_database
    own, _, _ = services(database)
    made = own.create(OwnEventInput("Early", date(5, 3, 9), category_id="agreement"))
    connection = sqlite3.connect(database.path)
    try:
        stored = connection.execute(
            "SELECT start_date, julianday(start_date) FROM events WHERE id = ?", (made.event_id,)
        ).fetchone()
    finally:
        connection.close()
    assert stored[0] == "0005-03-09" and stored[1] is not None


def test_places_are_listed_by_name_for_the_editor(database: Database) -> None:
    own, _timeline, _search = services(database)
    places = own.places()
    assert [place.id for place in places] == ["astana", "beijing"]
    assert places[0].name == "Astana" and places[0].name_kk == "Астана"


def test_the_detail_names_the_collection_of_a_users_event(database: Database) -> None:
    own, timeline, _search = services(database)
    made = own.create(OwnEventInput("Mine", date(2001, 1, 1), category_id="diplomacy"))
    detail = timeline.event_detail(made.event_id)
    assert detail is not None and detail.collection_kind == "own" and detail.collection_name
    written = EventImportWriter(database.session_factory, database.name).write(
        ImportTarget("Women in Computing"), neutral_events(1)
    )
    assert written.count == 1
    marker = next(m for m in timeline.markers() if m.title == "Imported event 0")
    imported = timeline.event_detail(marker.id)
    assert imported is not None
    assert (imported.collection_kind, imported.collection_name) == (
        "imported",
        "Women in Computing",
    )
    curated = timeline.event_detail("e2017-expo")
    assert curated is not None and curated.collection_name == "" and curated.collection_kind == ""
