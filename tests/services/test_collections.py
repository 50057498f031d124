"""Collections: listed with counts, renamed, removed and restored whole, purged; data updates
never touch them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from tests.services.collection_helpers import neutral_events
from timeline_app.domain.collections import CollectionError, NewCategory, OwnEventInput
from timeline_app.domain.event_columns import CURATED_COLLECTION
from timeline_app.domain.event_filter import EventFilter, filter_mask
from timeline_app.persistence.database import Database
from timeline_app.services.collections_service import CollectionsService
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


def collections(database: Database) -> CollectionsService:
    return CollectionsService(database.session_factory, database.name)


def import_some(database: Database, name: str, count: int = 20) -> int:
    writer = EventImportWriter(database.session_factory, database.name)
    return writer.write(
        ImportTarget(name), neutral_events(count, first=date(1700, 1, 1))
    ).collection_id


def test_collections_are_listed_with_counts(database: Database) -> None:
    own = OwnEventsService(database.session_factory, database.name)
    own.create(OwnEventInput("Mine", date(2000, 1, 1), category_id="agreement"))
    imported = import_some(database, "Letters", 20)
    listed = {c.name: (c.kind.value, c.event_count) for c in collections(database).collections()}
    assert listed == {"Own events": ("own", 1), "Letters": ("imported", 20)}
    counts = TimelineService(database.session_factory, database.name).columns().collection_counts()
    assert counts == {CURATED_COLLECTION: 6, 1: 1, imported: 20}


def test_rename_refuses_a_taken_or_empty_name(database: Database) -> None:
    first = import_some(database, "A", 1)
    import_some(database, "B", 1)
    service = collections(database)
    with pytest.raises(CollectionError):
        service.rename(first, "B")
    with pytest.raises(CollectionError):
        service.rename(first, "  ")
    assert service.rename(first, "A renamed") == "A"
    assert sorted(c.name for c in service.collections()) == ["A renamed", "B"]


def test_remove_hides_everything_and_restore_brings_it_back(database: Database) -> None:
    collection_id = import_some(database, "Diaries", 30)
    timeline = TimelineService(database.session_factory, database.name)
    search = SearchService(database.session_factory, database.name)
    event_id = next(m.id for m in timeline.markers() if m.title == "Imported event 4")
    notes = NoteService(database.session_factory, database.name)
    notes.add_note(event_id, "a note on an imported event")
    categories_before = [c.name for c in timeline.categories()]
    service = collections(database)

    removed = service.remove(collection_id)
    assert [c.name for c in service.collections()] == []
    assert len(timeline.columns()) == 6 and len(timeline.markers()) == 6
    assert timeline.event_detail(event_id) is None
    assert timeline.keys_of([event_id]) == {}
    assert search.search("zebrafish4") == [] or all(
        r.event_id == event_id and r.in_notes and not r.title for r in search.search("zebrafish4")
    )
    assert "Group 0" not in [c.name for c in timeline.categories()]
    assert [n.text for n in notes.notes_for(event_id)] == ["a note on an imported event"]

    service.restore(removed)
    assert [c.event_count for c in service.collections()] == [30]
    assert len(timeline.columns()) == 36
    assert timeline.event_detail(event_id) is not None
    assert [c.name for c in timeline.categories()] == categories_before
    assert any(r.event_id == event_id for r in search.search("Imported event 4"))

    service.remove(collection_id)
    assert service.purge_removed() == 30
    service_state = [c.id for c in service.collections()]
    assert service_state == []
    with pytest.raises(CollectionError):
        service.restore(removed)
    assert [n.text for n in notes.notes_for(event_id)] == ["a note on an imported event"]


def test_the_filter_hides_collections_and_the_curated_chronology(database: Database) -> None:
    collection_id = import_some(database, "Hidden one", 10)
    columns = TimelineService(database.session_factory, database.name).columns()
    none = np.zeros(0, np.int64)
    only_curated = filter_mask(
        columns, EventFilter().with_collection(collection_id, shown=False), none
    )
    assert only_curated is not None and int(only_curated.sum()) == 6
    no_curated = filter_mask(
        columns, EventFilter(hidden_collections=frozenset({CURATED_COLLECTION})), none
    )
    assert no_curated is not None and int(no_curated.sum()) == 10
    restored = EventFilter.from_settings(
        EventFilter(hidden_collections=frozenset({0, collection_id})).to_settings()
    )
    assert restored.hidden_collections == {0, collection_id}


def test_a_data_update_keeps_own_events_their_categories_places_and_notes(
    db_path: Path, sample_data_dir: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(sample_data_dir, data)
    database = open_timeline_database(db_path, data)
    own = OwnEventsService(database.session_factory, db_path)
    mine = own.create(
        OwnEventInput(
            "Mine to keep",
            date(1850, 1, 1),
            new_category=NewCategory("My theme", "#123456"),
            place_ids=("astana",),
        )
    )
    on_curated_category = own.create(
        OwnEventInput("On theirs", date(1851, 1, 1), category_id="language")
    )
    imported = import_some(database, "Imported to keep", 5)
    NoteService(database.session_factory, db_path).add_note(mine.event_id, "my note")
    database.dispose()

    manifest = data / "manifest.toml"
    shipped = manifest.read_text(encoding="utf-8").replace("data_version = 1", "data_version = 2")
    block = shipped.index('[[category]]\nid = "language"')
    end = shipped.find("\n\n", block)
    manifest.write_text(shipped[:block] + shipped[end + 2 :], encoding="utf-8")
    sample = data / "sample.toml"
    text = sample.read_text(encoding="utf-8")
    # The update withdraws every event of the "language" category, and the category itself.
    sample.write_text(
        text.replace('category = "language"', 'category = "agreement"'), encoding="utf-8"
    )
    database = open_timeline_database(db_path, data)
    try:
        timeline = TimelineService(database.session_factory, db_path)
        detail = timeline.event_detail(mine.event_id)
        assert detail is not None and detail.category.name == "My theme"
        assert [p.id for p in detail.places] == ["astana"]
        kept = timeline.event_detail(on_curated_category.event_id)
        assert kept is not None and kept.category.id == "language"
        assert [c.event_count for c in collections(database).collections() if c.id == imported] == [
            5
        ]
        notes = NoteService(database.session_factory, db_path).notes_for(mine.event_id)
        assert [n.text for n in notes] == ["my note"]
        assert [
            r.event_id for r in SearchService(database.session_factory, db_path).search("keep")
        ] == [mine.event_id]
    finally:
        database.dispose()
