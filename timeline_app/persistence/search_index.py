"""The SQLite FTS5 full-text index over events (with their places, people and sources) and notes.

Each event's row holds its texts in every language: the English and the translated titles in
the title column, the summaries and bodies of all languages and the names in the content.

Texts are folded in Python before indexing (see domain.text_search), so the tokenizer only
splits words. The index is kept by the code that writes events (data sync) and notes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from timeline_app.domain.text_search import RANK_LIMIT, fold, fts_query
from timeline_app.persistence.orm import (
    EVENTS_GENERATION_KEY,
    CitationRow,
    EventPersonRow,
    EventPlaceRow,
    EventRow,
    EventTermRow,
    EventTextRow,
    GlossaryTermRow,
    MetaRow,
    NoteRow,
    PersonRow,
    PlaceNameRow,
    PlaceRow,
    SourceRow,
)

# prefix='2 3': prefix indexes for two- and three-letter prefixes, so typing "as" in a
# million events does not merge the lists of every word starting with "as" (seconds).
SEARCH_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS event_search USING fts5("
    "event_id UNINDEXED, title, content, tokenize = 'unicode61 remove_diacritics 0', "
    "prefix = '2 3')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS note_search USING fts5("
    "note_id UNINDEXED, event_id UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 0', "
    "prefix = '2 3')",
)

#: app_meta key: the events generation the event index was built at.
SEARCH_GENERATION_KEY = "search_generation"


@dataclass(frozen=True, slots=True)
class IndexHit:
    """An event the query matched, and whether in its own text, in a note, or both."""

    event_id: str
    rank: float
    in_event: bool
    in_notes: bool


def create_search_tables(connection: Connection) -> None:
    """Create the FTS5 tables when missing."""
    for statement in SEARCH_DDL:
        connection.exec_driver_sql(statement)


def _place_names(session: Session) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for place in session.scalars(select(PlaceRow)):
        names[place.id] += [place.name, place.name_kk, place.name_ru, place.name_zh]
    for row in session.scalars(select(PlaceNameRow)):
        names[row.place_id].append(row.name)
    return names


def rebuild_event_index(session: Session) -> int:
    """Re-index every event; returns how many."""
    session.execute(text("DELETE FROM event_search"))
    place_names = _place_names(session)
    extra: dict[str, list[str]] = defaultdict(list)
    for event_id, place_id in session.execute(
        select(EventPlaceRow.event_id, EventPlaceRow.place_id)
    ):
        extra[event_id] += place_names.get(place_id, [])
    person_texts = {
        row.id: [
            row.name,
            row.role,
            row.name_kk,
            row.name_ru,
            row.name_zh,
            row.aliases,
            row.role_kk,
            row.role_ru,
            row.role_zh,
        ]
        for row in session.execute(
            select(
                PersonRow.id,
                PersonRow.name,
                PersonRow.role,
                PersonRow.role_kk,
                PersonRow.role_ru,
                PersonRow.role_zh,
                PersonRow.name_kk,
                PersonRow.name_ru,
                PersonRow.name_zh,
                PersonRow.aliases,
            )
        )
    }
    for event_id, person_id in session.execute(
        select(EventPersonRow.event_id, EventPersonRow.person_id)
    ):
        extra[event_id] += person_texts.get(person_id, [])
    # Glossary terms: their names in every language go with the events that use them.
    term_texts = {
        row.id: [row.name, row.name_kk, row.name_ru, row.name_zh, row.aliases]
        for row in session.execute(
            select(
                GlossaryTermRow.id,
                GlossaryTermRow.name,
                GlossaryTermRow.name_kk,
                GlossaryTermRow.name_ru,
                GlossaryTermRow.name_zh,
                GlossaryTermRow.aliases,
            )
        )
    }
    for event_id, term_id in session.execute(select(EventTermRow.event_id, EventTermRow.term_id)):
        extra[event_id] += term_texts.get(term_id, [])
    for event_id, title, publisher, quote in session.execute(
        select(CitationRow.event_id, SourceRow.title, SourceRow.publisher, CitationRow.quote).join(
            SourceRow, SourceRow.id == CitationRow.source_id
        )
    ):
        extra[event_id] += [title, publisher, quote]
    # Translations: their titles go in the title column with the English one, their
    # summaries and bodies in the content, so a search in Kazakh, Russian or Chinese finds
    # the event as one in English does.
    translated_titles: dict[str, list[str]] = defaultdict(list)
    for event_id, title, summary, body in session.execute(
        select(EventTextRow.event_id, EventTextRow.title, EventTextRow.summary, EventTextRow.body)
    ):
        translated_titles[event_id].append(title)
        extra[event_id] += [summary, body]
    # Column rows in batches, not ORM objects: a million events must not all sit in memory.
    statement = select(EventRow.key, EventRow.id, EventRow.title, EventRow.summary, EventRow.body)
    # An event's row in the index has the event's key as its rowid (as a note's has the
    # note's id): one event's entry can be found without reading the UNINDEXED id column.
    insert_row = text(
        "INSERT INTO event_search (rowid, event_id, title, content) "
        "VALUES (:key, :event_id, :title, :content)"
    )
    count = 0
    for batch in session.execute(statement.execution_options(yield_per=5000)).partitions():
        session.execute(
            insert_row,
            [
                {
                    "key": row.key,
                    "event_id": row.id,
                    "title": fold(" \n".join([row.title, *translated_titles.get(row.id, ())])),
                    "content": fold(" \n".join([row.summary, row.body, *extra[row.id]])),
                }
                for row in batch
            ],
        )
        count += len(batch)
    session.merge(MetaRow(key=SEARCH_GENERATION_KEY, value=str(_events_generation(session))))
    return count


def index_note(session: Session, note_id: int, event_id: str, note_text: str) -> None:
    """Add or replace one note in the index (its row there has the note's id as rowid)."""
    unindex_note(session, note_id)
    session.execute(
        text("INSERT INTO note_search (rowid, note_id, event_id, content) VALUES (:n, :n, :e, :c)"),
        {"n": note_id, "e": event_id, "c": fold(note_text)},
    )


def unindex_note(session: Session, note_id: int) -> None:
    """Remove one note from the index."""
    # By rowid: note_id is UNINDEXED, so matching on it would read every indexed note.
    session.execute(text("DELETE FROM note_search WHERE rowid = :n"), {"n": note_id})


def rebuild_note_index(session: Session) -> int:
    """Re-index every note; returns how many."""
    session.execute(text("DELETE FROM note_search"))
    count = 0
    for row in session.scalars(select(NoteRow)):
        index_note(session, row.id, row.event_id, row.text)
        count += 1
    return count


def _events_generation(session: Session) -> str:
    value = session.scalar(select(MetaRow.value).where(MetaRow.key == EVENTS_GENERATION_KEY))
    return value or ""


def index_is_current(session: Session) -> bool:
    """True when the event index was built at the current events generation and the note
    index holds as many rows as there are notes (counting a million events would take long)."""
    indexed = session.scalar(select(MetaRow.value).where(MetaRow.key == SEARCH_GENERATION_KEY))
    if not indexed or indexed != _events_generation(session):
        return False
    # A recreated (empty) index table next to events is out of date whatever meta says.
    events = session.execute(
        text("SELECT EXISTS (SELECT 1 FROM events) = EXISTS (SELECT 1 FROM event_search)")
    )
    notes = session.execute(
        text("SELECT (SELECT count(*) FROM notes) - (SELECT count(*) FROM note_search)")
    )
    return bool(events.scalar_one()) and bool(notes.scalar_one() == 0)


@dataclass(frozen=True, slots=True)
class IndexHits:
    """The hits, and whether they are ranked (False: too many matches, the first ones)."""

    hits: list[IndexHit]
    ranked: bool = True


def search_index(session: Session, query: str, limit: int) -> IndexHits:
    """Events matching ``query`` in their own text (title hits weigh most) or in notes."""
    expression = fts_query(query)
    if expression is None:
        return IndexHits([])
    # Counting up to a cap stops early; ranking needs every match scored.
    matches = session.execute(
        text(
            "SELECT count(*) FROM (SELECT 1 FROM event_search WHERE event_search MATCH :q "
            "LIMIT :cap)"
        ),
        {"q": expression, "cap": RANK_LIMIT + 1},
    ).scalar_one()
    ranked = matches <= RANK_LIMIT
    statement = (
        "SELECT event_id, bm25(event_search, 0.0, 5.0, 1.0) AS rank FROM event_search "
        "WHERE event_search MATCH :q ORDER BY rank LIMIT :limit"
        if ranked
        else "SELECT event_id, 0.0 FROM event_search WHERE event_search MATCH :q LIMIT :limit"
    )
    hits: dict[str, IndexHit] = {}
    for event_id, rank in session.execute(text(statement), {"q": expression, "limit": limit}):
        hits[event_id] = IndexHit(event_id, rank, True, False)
    note_rows = session.execute(
        text(
            "SELECT event_id, bm25(note_search) AS rank FROM note_search "
            "WHERE note_search MATCH :q ORDER BY rank LIMIT :limit"
        ),
        {"q": expression, "limit": limit * 4},
    )
    for event_id, rank in note_rows:
        known = hits.get(event_id)
        if known is None:
            hits[event_id] = IndexHit(event_id, rank, False, True)
        elif not known.in_notes:
            hits[event_id] = IndexHit(event_id, min(known.rank, rank), known.in_event, True)
    found = sorted(hits.values(), key=lambda hit: (hit.rank, hit.event_id))[:limit]
    return IndexHits(found, ranked)
