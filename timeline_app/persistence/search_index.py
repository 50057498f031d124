"""The SQLite FTS5 full-text index over events (with their places, people and sources) and notes.

SQLite only for now: on a server store ``has_search_index`` is False and every function here
leaves the index alone (see there).

Each event's row holds its texts in every language: the English and the translated titles in
the title column, the summaries and bodies of all languages and the names in the content.

Texts are folded in Python before indexing (see domain.text_search), so the tokenizer only
splits words. The index is kept by the code that writes events (data sync, the user's own
events, imports: see ``index_events`` and ``index_kept_current``) and notes. Events of a
hidden collection (being imported, or removed) are never found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, select, text
from sqlalchemy.orm import Session

from timeline_app.domain.text_search import RANK_LIMIT, fold, fts_query
from timeline_app.persistence.dialects import is_server
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
    PersonRow,
    PlaceNameRow,
    PlaceRow,
    SourceRow,
)
from timeline_app.persistence.orm_collections import HIDDEN_STATES, event_is_shown
from timeline_app.persistence.orm_notes import NoteRow

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


def has_search_index(bind: Session | Connection) -> bool:
    """True where the full-text index exists: the FTS5 tables of an SQLite file.

    A server store has none yet (PostgreSQL's own index comes in a later step of issue 17):
    there every write of the index is skipped, the index counts as current, and a search
    finds nothing.
    """
    return not is_server(bind)


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
    """Re-index every shown event; returns how many."""
    if not has_search_index(session):
        return 0
    session.execute(text("DELETE FROM event_search"))
    count = _index(session, None)
    session.merge(MetaRow(key=SEARCH_GENERATION_KEY, value=str(_events_generation(session))))
    return count


def index_events(session: Session, event_ids: Collection[str]) -> int:
    """Add or replace the index rows of these events (those not shown are only removed)."""
    if not has_search_index(session):
        return 0
    ids = list(event_ids)
    for start in range(0, len(ids), 5000):
        batch = ids[start : start + 5000]
        keys = session.scalars(select(EventRow.key).where(EventRow.id.in_(batch))).all()
        unindex_events(session, keys)
    return _index(session, ids)


def unindex_events(session: Session, keys: Collection[int]) -> None:
    """Remove the index rows of the events with these keys."""
    if not has_search_index(session):
        return
    listed = [int(key) for key in keys]
    for start in range(0, len(listed), 5000):
        batch = ",".join(str(key) for key in listed[start : start + 5000])
        session.execute(text(f"DELETE FROM event_search WHERE rowid IN ({batch})"))


@contextmanager
def index_kept_current(session: Session) -> Iterator[None]:
    """Around a change of events whose index rows the caller writes itself: when the index was
    current before, it is recorded as current after (at the events generation then)."""
    if not has_search_index(session):
        yield
        return
    session.flush()
    indexed = session.scalar(select(MetaRow.value).where(MetaRow.key == SEARCH_GENERATION_KEY))
    current = indexed is not None and indexed == _events_generation(session)
    yield
    if current:
        session.flush()
        session.merge(MetaRow(key=SEARCH_GENERATION_KEY, value=_events_generation(session)))


_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])


def _only(statement: _S, column: Any, event_ids: list[str] | None) -> _S:
    return statement if event_ids is None else statement.where(column.in_(event_ids))


def _index(session: Session, event_ids: list[str] | None) -> int:
    """Write the index rows of these shown events (None: of every shown event)."""
    if event_ids is not None and len(event_ids) > 5000:
        return sum(
            _index(session, event_ids[start : start + 5000])
            for start in range(0, len(event_ids), 5000)
        )
    place_names = _place_names(session)
    extra: dict[str, list[str]] = defaultdict(list)
    for event_id, place_id in session.execute(
        _only(
            select(EventPlaceRow.event_id, EventPlaceRow.place_id),
            EventPlaceRow.event_id,
            event_ids,
        )
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
        _only(
            select(EventPersonRow.event_id, EventPersonRow.person_id),
            EventPersonRow.event_id,
            event_ids,
        )
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
    terms = select(EventTermRow.event_id, EventTermRow.term_id)
    for event_id, term_id in session.execute(_only(terms, EventTermRow.event_id, event_ids)):
        extra[event_id] += term_texts.get(term_id, [])
    citations = select(
        CitationRow.event_id, SourceRow.title, SourceRow.publisher, CitationRow.quote
    ).join(SourceRow, SourceRow.id == CitationRow.source_id)
    for event_id, title, publisher, quote in session.execute(
        _only(citations, CitationRow.event_id, event_ids)
    ):
        extra[event_id] += [title, publisher, quote]
    # Translations: their titles go in the title column with the English one, their
    # summaries and bodies in the content, so a search in Kazakh, Russian or Chinese finds
    # the event as one in English does.
    translated_titles: dict[str, list[str]] = defaultdict(list)
    texts = select(
        EventTextRow.event_id, EventTextRow.title, EventTextRow.summary, EventTextRow.body
    )
    for event_id, title, summary, body in session.execute(
        _only(texts, EventTextRow.event_id, event_ids)
    ):
        translated_titles[event_id].append(title)
        extra[event_id] += [summary, body]
    # Column rows in batches, not ORM objects: a million events must not all sit in memory.
    statement = select(
        EventRow.key,
        EventRow.id,
        EventRow.title,
        EventRow.summary,
        EventRow.body,
        EventRow.source_label,
    ).where(event_is_shown())
    statement = _only(statement, EventRow.id, event_ids)
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
                    "content": fold(
                        " \n".join([row.summary, row.body, row.source_label or "", *extra[row.id]])
                    ),
                }
                for row in batch
            ],
        )
        count += len(batch)
    return count


def index_note(session: Session, note_id: int, event_id: str, note_text: str) -> None:
    """Add or replace one note in the index (its row there has the note's id as rowid)."""
    if not has_search_index(session):
        return
    unindex_note(session, note_id)
    session.execute(
        text("INSERT INTO note_search (rowid, note_id, event_id, content) VALUES (:n, :n, :e, :c)"),
        {"n": note_id, "e": event_id, "c": fold(note_text)},
    )


def unindex_note(session: Session, note_id: int) -> None:
    """Remove one note from the index."""
    if not has_search_index(session):
        return
    # By rowid: note_id is UNINDEXED, so matching on it would read every indexed note.
    session.execute(text("DELETE FROM note_search WHERE rowid = :n"), {"n": note_id})


def rebuild_note_index(session: Session) -> int:
    """Re-index every note; returns how many."""
    if not has_search_index(session):
        return 0
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
    if not has_search_index(session):
        return True
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
    if expression is None or not has_search_index(session):
        return IndexHits([])
    hidden = _hidden_keys_sql(session)
    # Counting up to a cap stops early; ranking needs every match scored.
    matches = session.execute(
        text(
            "SELECT count(*) FROM (SELECT 1 FROM event_search WHERE event_search MATCH :q "
            f"{hidden} LIMIT :cap)"
        ),
        {"q": expression, "cap": RANK_LIMIT + 1},
    ).scalar_one()
    ranked = matches <= RANK_LIMIT
    statement = (
        "SELECT event_id, bm25(event_search, 0.0, 5.0, 1.0) AS rank FROM event_search "
        f"WHERE event_search MATCH :q {hidden} ORDER BY rank LIMIT :limit"
        if ranked
        else f"SELECT event_id, 0.0 FROM event_search WHERE event_search MATCH :q {hidden} "
        "LIMIT :limit"
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


def _hidden_keys_sql(session: Session) -> str:
    """A condition leaving out the events of hidden collections ("" when there are none, the
    usual case: the query stays the plain full-text search)."""
    states = ", ".join(f"'{state}'" for state in HIDDEN_STATES)
    hidden = session.execute(
        text(f"SELECT EXISTS (SELECT 1 FROM collections WHERE state IN ({states}))")
    ).scalar_one()
    if not hidden:
        return ""
    return (
        "AND rowid NOT IN (SELECT key FROM events WHERE collection_id IN "
        f"(SELECT id FROM collections WHERE state IN ({states})))"
    )
