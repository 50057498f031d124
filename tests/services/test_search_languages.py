"""Search in every language: a query in Kazakh, Russian or Chinese finds the event; results
show the reader's language, with the snippet from the language that matched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.services.conftest import open_store
from timeline_app.persistence.database import Database
from timeline_app.services.search_service import SearchService

TRANSLATED = Path(__file__).parents[1] / "fixtures" / "translated_data"


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A store of each backend with the translated data."""
    database = open_store(backend, request, db_path, TRANSLATED)
    yield database
    database.dispose()


def searcher(database: Database, language: str = "en") -> SearchService:
    search = SearchService(database.session_factory, database.name)
    search.set_text_language(language)
    return search


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("ынтымақтастық", ["e1992-agreement"]),  # Kazakh title word
        ("құқықтық", ["e1992-agreement"]),  # Kazakh body
        ("соглаш", ["e1992-agreement"]),  # Russian, a prefix
        ("Всемирная выставка", ["e2017-expo"]),  # Russian summary, two words
        ("合作", ["e1992-agreement"]),  # Chinese inside a Chinese title
        ("博览", ["e2017-expo"]),  # Chinese inside a summary
        ("法律文件", ["e1992-agreement"]),  # Chinese inside a body
        ("cooperation", ["e1992-agreement"]),  # English still
    ],
)
def test_a_query_in_any_language_finds_the_event(
    database: Database, query: str, found: list[str]
) -> None:
    for language in ("en", "kk", "zh"):
        assert [r.event_id for r in searcher(database, language).search(query)] == found


def test_results_show_the_readers_title_and_highlight_it(database: Database) -> None:
    (result,) = searcher(database, "ru").search("соглашение")
    assert result.title == "Соглашение о культурном сотрудничестве"
    assert result.title_spans == ((0, len("Соглашение")),)
    assert result.snippet == ""


def test_an_english_query_shows_the_readers_title_and_an_english_snippet(
    database: Database,
) -> None:
    (result,) = searcher(database, "zh").search("cooperation")
    assert result.title == "文化合作协定" and result.title_spans == ()
    assert result.snippet == "Agreement on cultural cooperation"
    start, end = result.snippet_spans[0]
    assert result.snippet[start:end] == "cooperation"


def test_the_snippet_comes_from_the_readers_text_when_the_match_is_there(
    database: Database,
) -> None:
    # "Astana" is only in the English title of the Expo; "Астане" in the Russian title.
    (result,) = searcher(database, "ru").search("выставка")
    assert result.title == "ЭКСПО-2017 в Астане"
    assert result.snippet == "Всемирная выставка."
    (chinese,) = searcher(database, "zh").search("博览会")
    assert chinese.title == "阿斯塔纳2017年世博会" and chinese.snippet == "世界博览会。"
    start, end = chinese.snippet_spans[0]
    assert chinese.snippet[start:end] == "博览会"


def test_a_match_in_another_language_gives_that_snippet(database: Database) -> None:
    (result,) = searcher(database, "en").search("Алғашқы")
    assert result.title == "Agreement on cultural cooperation"
    assert result.snippet == "Алғашқы мәдени келісім."
    # A reader of Kazakh whose event has no Kazakh text sees the English title.
    (expo,) = searcher(database, "kk").search("выставка")
    assert expo.title == "EXPO 2017 in Astana" and expo.snippet == "Всемирная выставка."
