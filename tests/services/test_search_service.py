"""Full-text search through the real index of each backend (SQLite's FTS5, PostgreSQL's
tsvector documents): fields, notes, folding, aliases, safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.domain.text_search import fold, query_terms
from timeline_app.persistence.database import Database
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService


@pytest.fixture
def services(store: Database) -> tuple[SearchService, NoteService]:
    """Search and notes on the store of each backend (tests/services/conftest.py)."""
    return (
        SearchService(store.session_factory, store.name),
        NoteService(store.session_factory, store.name),
    )


def ids(search: SearchService, query: str) -> list[str]:
    return [result.event_id for result in search.search(query)]


def test_title_prefix_as_you_type(services: tuple[SearchService, NoteService]) -> None:
    search, _ = services
    assert set(ids(search, "agree")) == {"e1992-agreement", "e2015-agreement"}
    assert ids(search, "hum") == ["e2015-agreement"]


def test_summary_body_people_places_and_sources_are_searched(
    services: tuple[SearchService, NoteService],
) -> None:
    search, _ = services
    assert ids(search, "second paragraph") == ["e1992-agreement"]  # body
    assert ids(search, "Жексенбай") == ["e1992-agreement"]  # person (Kazakh Cyrillic)
    assert ids(search, "北京") == ["e1992-agreement"]  # place's Chinese name
    assert "e2017-expo" in ids(search, "web article")  # source title


def test_place_aliases_work_both_ways(services: tuple[SearchService, NoteService]) -> None:
    search, _ = services
    assert set(ids(search, "Nur-Sultan")) == {"e2017-expo", "e2020-nur-sultan"}
    assert set(ids(search, "astana")) == {"e2017-expo", "e2020-nur-sultan"}


def test_case_and_diacritics_are_folded(services: tuple[SearchService, NoteService]) -> None:
    search, notes = services
    notes.add_note("e2024-students", "Café Ёлка réunion")
    assert ids(search, "CAFE") == ["e2024-students"]
    assert ids(search, "елк") == ["e2024-students"]


def test_notes_are_searched_and_kept_current(services: tuple[SearchService, NoteService]) -> None:
    search, notes = services
    note, _ = notes.add_note("e2017-expo", "pavilion архив 档案馆")
    results = search.search("архив")
    assert [r.event_id for r in results] == ["e2017-expo"]
    assert results[0].in_notes and "архив" in results[0].snippet
    assert ids(search, "档案") == ["e2017-expo"]
    notes.update_note(note.id, "zzqx else")
    assert ids(search, "архив") == []
    notes.delete_note(note.id)
    assert ids(search, "zzqx") == []
    notes.restore_note(note)
    assert ids(search, "pavilion") == ["e2017-expo"]


def test_results_carry_highlights(services: tuple[SearchService, NoteService]) -> None:
    search, _ = services
    result = search.search("expo")[0]
    assert result.date_text == "10 June – 10 September 2017"
    assert [result.title[s:e] for s, e in result.title_spans] == ["EXPO"]


#: A note whose words are FTS5 operators and SQL: found as plain words, never obeyed.
HOSTILE_NOTE = "Reading list: or near drop table events 1=1 a"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", set()),
        ("   ", set()),
        ("'", set()),
        ('"', set()),
        ("*", set()),
        (")", set()),
        ("\\", set()),
        ("^", set()),
        ("OR", {"e2017-expo"}),
        ("NEAR(", {"e2017-expo"}),
        ("a' OR 1=1 --", {"e2017-expo"}),
        ("'; DROP TABLE events; --", {"e2017-expo"}),
        ("AND", {"e2015-agreement"}),
        ('"expo"', {"e2017-expo"}),
        ("expo*", {"e2017-expo"}),
        ('"agreement"', {"e1992-agreement", "e2015-agreement"}),
    ],
)
def test_hostile_queries_are_plain_words(
    services: tuple[SearchService, NoteService], query: str, expected: set[str]
) -> None:
    """Quotes, stars, brackets, FTS5 operators and SQL are separators or words, never syntax."""
    search, notes = services
    notes.add_note("e2017-expo", HOSTILE_NOTE)
    results = search.search(query)
    assert {result.event_id for result in results} == expected
    assert len(results) == len(expected)  # one result per event
    terms = [term.text for term in query_terms(query)]
    for result in results:
        # What is highlighted (in the title, else in the snippet) is the query's own words.
        shown = [result.title[s:e] for s, e in result.title_spans] or [
            result.snippet[s:e] for s, e in result.snippet_spans
        ]
        assert shown, result
        assert all(any(fold(text).startswith(term) for term in terms) for text in shown), shown
    # Nothing was run as SQL: every event is still there and still found.
    assert set(ids(search, "agreement")) == {"e1992-agreement", "e2015-agreement"}


def test_index_is_rebuilt_for_an_old_database_without_it(
    db_path: Path, sample_data_dir: Path
) -> None:
    import sqlite3

    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE event_search")
    connection.close()
    database = open_timeline_database(db_path, sample_data_dir)
    assert [
        r.event_id for r in SearchService(database.session_factory, db_path).search("expo")
    ] == ["e2017-expo"]
    database.dispose()


def test_too_many_matches_are_listed_by_date_without_ranking(
    services: tuple[SearchService, NoteService], monkeypatch: pytest.MonkeyPatch
) -> None:
    search, _ = services
    ranked = search.search_outcome("e")  # a single letter: the word "e", not a prefix
    assert ranked.results == [] or ranked.ranked
    everything = search.search_outcome("the")
    assert everything.ranked and len(everything.results) >= 3
    monkeypatch.setattr("timeline_app.persistence.search_index.RANK_LIMIT", 2)
    capped = search.search_outcome("the")
    assert not capped.ranked
    assert {r.event_id for r in capped.results} == {r.event_id for r in everything.results}
    markers = {
        marker.id: marker.start
        for marker in TimelineService(search._session_factory, search._path).markers()
    }
    starts = [markers[result.event_id] for result in capped.results]
    assert starts == sorted(starts)


def test_the_index_keeps_two_and_three_letter_prefixes(
    db_path: Path, sample_data_dir: Path
) -> None:
    import sqlite3

    open_timeline_database(db_path, sample_data_dir).dispose()
    with sqlite3.connect(db_path) as connection:
        ddl = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name IN ('event_search', 'note_search')"
        ).fetchall()
    connection.close()
    assert len(ddl) == 2 and all("prefix = '2 3'" in sql for (sql,) in ddl)
