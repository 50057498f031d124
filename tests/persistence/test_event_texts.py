"""Event texts in Kazakh, Russian and Chinese: stored by data sync (schema 7), read in the
reader's language with the English per event where a translation is missing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.persistence.schema_undo import undo_schema_8
from tests.persistence.test_query_plans import plans
from timeline_app.domain.translations import EventTranslation
from timeline_app.persistence.database import SCHEMA_VERSION, Database
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.legacy_steps import V7_COLUMNS
from timeline_app.persistence.search_index import index_is_current
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService

TRANSLATED = Path(__file__).parents[1] / "fixtures" / "translated_data"
SCHEMA_V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_timeline_database(db_path, TRANSLATED)
    yield database
    database.dispose()


def service(database: Database, language: str) -> TimelineService:
    timeline = TimelineService(database.session_factory, database.path)
    timeline.set_text_language(language)
    return timeline


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_data_sync_stores_every_translation(database: Database) -> None:
    stored = rows(database.path, "SELECT event_id, language FROM event_texts ORDER BY 1, 2")
    assert stored == [
        ("e1992-agreement", "kk"),
        ("e1992-agreement", "ru"),
        ("e1992-agreement", "zh"),
        ("e2017-expo", "ru"),
        ("e2017-expo", "zh"),
    ]


@pytest.mark.parametrize(
    ("language", "agreement", "expo"),
    [
        ("en", "Agreement on cultural cooperation", "EXPO 2017 in Astana"),
        ("kk", "Мәдени ынтымақтастық туралы келісім", "EXPO 2017 in Astana"),
        ("ru", "Соглашение о культурном сотрудничестве", "ЭКСПО-2017 в Астане"),
        ("zh", "文化合作协定", "阿斯塔纳2017年世博会"),
        ("de", "Agreement on cultural cooperation", "EXPO 2017 in Astana"),
    ],
)
def test_titles_come_in_the_readers_language_falling_back_to_english(
    database: Database, language: str, agreement: str, expo: str
) -> None:
    timeline = service(database, language)
    keys = timeline.keys_of(["e1992-agreement", "e2017-expo", "e2007-institutes"])
    titles = timeline.titles(list(keys.values()))
    assert titles[keys["e1992-agreement"]] == agreement
    assert titles[keys["e2017-expo"]] == expo
    assert titles[keys["e2007-institutes"]] == "Confucius Institute opens in Astana"
    markers = {marker.id: marker.title for marker in timeline.markers()}
    assert (markers["e1992-agreement"], markers["e2017-expo"]) == (agreement, expo)
    by_key = timeline.markers_by_key([keys["e1992-agreement"], keys["e2017-expo"]])
    assert [m.title for m in by_key.values()] == [agreement, expo]


def test_the_detail_is_translated_and_keeps_the_english_original(database: Database) -> None:
    detail = service(database, "ru").event_detail("e1992-agreement")
    assert detail is not None
    assert (detail.language, detail.title) == ("ru", "Соглашение о культурном сотрудничестве")
    assert detail.summary == "Первое соглашение в области культуры."
    assert detail.body == "Один из первых правовых актов.\n\nВторой абзац."
    assert detail.original == EventTranslation(
        "en",
        "Agreement on cultural cooperation",
        "The first cultural agreement.",
        "One of the first legal acts.\n\nA second paragraph.",
    )
    assert [link.other_title for link in detail.links] == ["ЭКСПО-2017 в Астане"]


def test_an_untranslated_detail_is_the_english_with_no_original(database: Database) -> None:
    detail = service(database, "kk").event_detail("e2017-expo")
    assert detail is not None
    assert (detail.language, detail.title, detail.original) == ("en", "EXPO 2017 in Astana", None)
    # Its link to the translated event shows that event's Kazakh title.
    assert [link.other_title for link in detail.links] == ["Мәдени ынтымақтастық туралы келісім"]
    english = service(database, "en").event_detail("e1992-agreement")
    assert english is not None and english.original is None and english.language == "en"


def test_translated_titles_stay_one_indexed_query(database: Database) -> None:
    def read(session: object) -> object:
        return EventRepository(session, "zh").titles([1, 2, 3])  # type: ignore[arg-type]

    (text,) = plans(database, read, "events")
    assert "USING INDEX ix_events_key" in text and "SCAN" not in text, text
    assert "sqlite_autoindex_event_texts_1" in text, text


def test_a_change_of_translations_makes_the_search_index_stale(database: Database) -> None:
    with database.session_factory() as session:
        assert index_is_current(session)
    connection = sqlite3.connect(database.path)
    with connection:
        connection.execute("UPDATE event_texts SET title = '新的标题' WHERE language = 'zh'")
    connection.close()
    with database.session_factory() as session:
        assert not index_is_current(session)


def test_the_first_schema_upgrades_keeping_notes_and_gets_translations(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_V1, path)
    notes_before = rows(path, "SELECT id, event_id, text FROM notes ORDER BY id")
    assert notes_before
    database = open_timeline_database(path, TRANSLATED)
    try:
        assert rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(9,)]
        assert rows(path, "SELECT id, event_id, text FROM notes ORDER BY id") == notes_before
        detail = service(database, "zh").event_detail("e1992-agreement")
        assert detail is not None and detail.title == "文化合作协定"
    finally:
        database.dispose()


def test_a_schema_6_database_gets_the_translations_without_a_data_change(db_path: Path) -> None:
    """Migration 7 forgets the recorded data hash: the same data files are written again,
    this time with their translations, and the search index is rebuilt over them."""
    database = open_timeline_database(db_path, TRANSLATED)
    notes = NoteService(database.session_factory, db_path)
    notes.add_note("e2017-expo", "my note")
    database.dispose()
    connection = sqlite3.connect(db_path)
    with connection:
        undo_schema_8(connection)
        connection.execute("DROP TABLE event_texts")  # the triggers go with it
        for table, columns in V7_COLUMNS.items():
            for column in columns:
                connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 6")
    connection.close()
    database = open_timeline_database(db_path, TRANSLATED)
    try:
        assert rows(db_path, "SELECT count(*) FROM event_texts") == [(5,)]
        assert rows(db_path, "SELECT text FROM notes") == [("my note",)]
        search = SearchService(database.session_factory, db_path)
        assert [r.event_id for r in search.search("世博会")] == ["e2017-expo"]
    finally:
        database.dispose()
