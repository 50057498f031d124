"""Category names, roles and countries in the database (schema 7): stored by data sync, read in
the reader's language with the English where the data has none, found by search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.persistence.schema_undo import undo_schema_8
from timeline_app.persistence.database import Database
from timeline_app.persistence.legacy_steps import V7_COLUMNS
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService


@pytest.fixture
def database(db_path: Path, sample_data_dir: Path) -> Iterator[Database]:
    database = open_timeline_database(db_path, sample_data_dir)
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


def test_data_sync_stores_the_names_roles_and_countries(database: Database) -> None:
    path = database.path
    assert rows(path, "SELECT name_kk, name_ru, name_zh FROM categories WHERE id = 'media'") == [
        ("БАҚ", "СМИ", "媒体")
    ]
    assert rows(path, "SELECT role_kk, role_ru, role_zh FROM people") == [
        ("Сенатор", "Сенатор", "参议员")
    ]
    assert rows(
        path, "SELECT country, country_kk, country_ru, country_zh FROM places WHERE id = 'astana'"
    ) == [("Kazakhstan", "Қазақстан", "Казахстан", "哈萨克斯坦")]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Diplomacy", "Agreements", "Education"]),
        ("kk", ["Дипломатия", "Келісімдер", "Білім беру"]),
        ("ru", ["Дипломатия", "Соглашения", "Образование"]),
        ("zh", ["外交", "协议", "教育"]),
        ("fr", ["Diplomacy", "Agreements", "Education"]),
    ],
)
def test_categories_are_named_in_the_text_language(
    database: Database, language: str, expected: list[str]
) -> None:
    categories = service(database, language).categories()
    assert [c.name for c in categories[:3]] == expected
    assert categories[0].colour == "#0072B2"


def test_a_missing_category_name_falls_back_to_english(database: Database) -> None:
    connection = sqlite3.connect(database.path)
    with connection:
        connection.execute("UPDATE categories SET name_ru = '' WHERE id = 'agreement'")
    connection.close()
    names = [c.name for c in service(database, "ru").categories()[:2]]
    assert names == ["Дипломатия", "Agreements"]


def test_the_detail_is_read_for_its_reader(database: Database) -> None:
    detail = service(database, "zh").event_detail("e1992-agreement")
    assert detail is not None
    assert detail.reader_language == "zh"
    assert detail.category.name == "协议"
    (person,) = detail.people
    assert (person.role, person.role_in("zh")) == ("Senator", "参议员")
    (beijing,) = detail.places
    assert (beijing.country, beijing.country_in("zh")) == ("China", "中国")
    english = service(database, "en").event_detail("e1992-agreement")
    assert english is not None and english.reader_language == "en"
    assert english.category.name == "Agreements"


def test_a_role_in_another_language_finds_the_event(database: Database) -> None:
    search = SearchService(database.session_factory, database.path)
    assert [r.event_id for r in search.search("参议员")] == ["e1992-agreement"]


def test_a_schema_6_database_gets_the_names_without_a_data_change(
    db_path: Path, sample_data_dir: Path
) -> None:
    """Migration 7 adds the columns and forgets the data hash: the same files are written again,
    this time with the names."""
    open_timeline_database(db_path, sample_data_dir).dispose()
    connection = sqlite3.connect(db_path)
    with connection:
        undo_schema_8(connection)
        connection.execute("DROP TABLE event_texts")
        for table, columns in V7_COLUMNS.items():
            for column in columns:
                connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 6")
    connection.close()
    database = open_timeline_database(db_path, sample_data_dir)
    try:
        assert [c.name for c in service(database, "ru").categories()][:2] == [
            "Дипломатия",
            "Соглашения",
        ]
        assert rows(db_path, "SELECT role_zh FROM people") == [("参议员",)]
        assert rows(db_path, "SELECT country_ru FROM places ORDER BY id") == [
            ("Казахстан",),
            ("Китай",),
        ]
    finally:
        database.dispose()
