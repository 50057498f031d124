"""One set of search cases, both backends: the same queries find the same events on an SQLite
file (FTS5) and on a PostgreSQL server (tsvector documents), after the same writes: notes
added, edited and deleted, an own event, an imported collection."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.services.collection_helpers import neutral_events
from tests.services.conftest import open_server_store
from timeline_app.domain.collections import NewCategory, OwnEventInput
from timeline_app.persistence.database import Database
from timeline_app.services.event_import import EventImportWriter, ImportTarget
from timeline_app.services.note_service import NoteService
from timeline_app.services.own_events import OwnEventsService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database

#: A note in Kazakh (its own letters ә ғ қ ң ө ұ ү һ і), with accents, Chinese and Latin.
KAZAKH_NOTE = "Әуезов ғылым Қазақ аңыз өнер ұлттық үйі Һиджра істер — Café réunion 档案馆 pavilion"
#: The own event's title and description.
OWN_TITLE = "Caravan reaches Otrar"
OWN_TEXT = "Merchants of the Khwarazm shah"

#: query -> the event ids it finds (once the writes of ``written`` are done).
CASES: dict[str, set[str]] = {
    # Latin prefixes, as typed
    "agree": {"e1992-agreement", "e2015-agreement"},
    "hum": {"e2015-agreement"},
    "AGREEM": {"e1992-agreement", "e2015-agreement"},
    "second paragraph": {"e1992-agreement"},
    "web article": {"e2007-institutes", "e2017-expo", "e2020-nur-sultan"},
    "astana": {"e2017-expo", "e2020-nur-sultan"},
    "Nur-Sultan": {"e2017-expo", "e2020-nur-sultan"},
    # Cyrillic, Kazakh letters, as prefixes and whole words, any case
    "Жексенбай": {"e1992-agreement"},
    "әуез": {"e2017-expo"},
    "ҒЫЛЫМ": {"e2017-expo"},
    "қаз": {"e2017-expo"},
    "аң": {"e2017-expo"},
    "өнер ұлт": {"e2017-expo"},
    "үйі": {"e2017-expo"},
    "һидж": {"e2017-expo"},
    "іс": {"e2017-expo"},
    "ұлттықтар": set(),
    # Chinese: one character, several (a phrase of characters), in a note and a place name
    "北京": {"e1992-agreement"},
    "京": {"e1992-agreement"},
    "档案": {"e2017-expo"},
    "馆": {"e2017-expo"},
    "案档": set(),
    # diacritics folded both ways
    "cafe": {"e2017-expo"},
    "RÉUNION": {"e2017-expo"},
    "reun": {"e2017-expo"},
    # notes: the edited note by its new text only, the deleted one not at all
    "pavil": {"e2017-expo"},
    "wombat": {"e2024-students"},
    "quokka": set(),
    "platypus": set(),
    # the own event, the imported collection
    "otrar": {"own"},
    "khwarazm shah": {"own"},
    "zebrafish3": {"imported 3", "imported 10"},
    "imported event 4": {"imported 4"},
    # a single letter is a word, not a prefix; syntax is never obeyed
    "e": set(),
    "_": set(),
    "expo_": {"e2017-expo"},
    "'; DROP TABLE events; --": set(),
    '"expo" OR *': set(),
    "expo 2017": {"e2017-expo"},
}


def written(database: Database) -> dict[str, str]:
    """Do the writes the cases search after; returns the names of the events made."""
    factory, name = database.session_factory, database.name
    notes = NoteService(factory, name)
    notes.add_note("e2017-expo", KAZAKH_NOTE)
    edited, _ = notes.add_note("e2024-students", "quokka first thoughts")
    notes.update_note(edited.id, "wombat second thoughts")
    deleted, _ = notes.add_note("e2020-nur-sultan", "platypus gone soon")
    notes.delete_note(deleted.id)
    own = OwnEventsService(factory, name).create(
        OwnEventInput(
            OWN_TITLE,
            date(1218, 6, 1),
            new_category=NewCategory("Silk Road", "#aa5500"),
            description=OWN_TEXT,
        )
    )
    EventImportWriter(factory, name).write(ImportTarget("Imported"), neutral_events(12))
    names = {"own": own.event_id}
    with database.engine.connect() as connection:
        for number in range(12):
            names[f"imported {number}"] = connection.exec_driver_sql(
                f"SELECT id FROM events WHERE title = 'Imported event {number}'"
            ).scalar_one()
    return names


def found(database: Database, query: str) -> list[str]:
    return [
        r.event_id for r in SearchService(database.session_factory, database.name).search(query)
    ]


def expected(query: str, names: dict[str, str]) -> set[str]:
    return {names.get(event_id, event_id) for event_id in CASES[query]}


@pytest.fixture
def searched(store: Database) -> tuple[Database, dict[str, str]]:
    """The store of each backend after the writes."""
    return store, written(store)


def test_every_case_finds_its_events(searched: tuple[Database, dict[str, str]]) -> None:
    database, names = searched
    wrong = {
        query: sorted(set(found(database, query)) ^ expected(query, names))
        for query in CASES
        if set(found(database, query)) != expected(query, names)
    }
    assert wrong == {}


@pytest.fixture
def both(
    db_path: Path, sample_data_dir: Path, postgres_url: str
) -> Iterator[tuple[Database, Database]]:
    """An SQLite file and a server store with the same data."""
    sqlite = open_timeline_database(db_path, sample_data_dir)
    server = open_server_store(postgres_url, sample_data_dir)
    yield sqlite, server
    sqlite.dispose()
    server.dispose()


@pytest.mark.postgres
def test_both_backends_find_the_same_events_in_the_same_order(
    both: tuple[Database, Database],
) -> None:
    sqlite, server = both
    names = [written(sqlite), written(server)]
    # Own and imported events get fresh ids on each store: compare by name.
    by_id = [{event_id: name for name, event_id in made.items()} for made in names]
    differing = {}
    for query in CASES:
        results = [
            [by_id[side].get(event_id, event_id) for event_id in found(database, query)]
            for side, database in enumerate((sqlite, server))
        ]
        # Events made on each store have random ids there, which order equal ranks: among
        # them only what is found can be compared, among curated events the order too.
        made = any(name in names[0] for name in results[0])
        if (sorted(results[0]) != sorted(results[1])) or (not made and results[0] != results[1]):
            differing[query] = results
    assert differing == {}
