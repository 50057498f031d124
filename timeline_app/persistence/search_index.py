"""The full-text index over events (with their places, people and sources) and notes, on
either backend: SQLite's FTS5 tables (search_fts5.py) or PostgreSQL's ``tsvector`` documents
with GIN indexes (search_postgres.py). This module chooses between them; its functions are
the only way in.

Texts are folded in Python before indexing (see domain.text_search) and gathered by
search_documents.py, the same on both backends, so the same queries find the same events.
The index is kept by the code that writes events (data sync, the user's own events, imports:
see ``index_events`` and ``index_kept_current``) and notes. Events of a hidden collection
(being imported, or removed) are never found.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from timeline_app.domain.text_search import RANK_LIMIT
from timeline_app.persistence import search_fts5, search_postgres
from timeline_app.persistence.dialects import is_server
from timeline_app.persistence.orm import EVENTS_GENERATION_KEY, EventRow, MetaRow
from timeline_app.persistence.orm_collections import HIDDEN_STATES
from timeline_app.persistence.orm_notes import NoteRow
from timeline_app.persistence.search_documents import BATCH, SearchRow, search_rows

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
    """True where the full-text index exists: on both backends now (SQLite's FTS5 tables,
    PostgreSQL's documents). Kept for the callers that ask."""
    del bind
    return True


def create_search_tables(connection: Connection) -> None:
    """Create SQLite's FTS5 tables when missing (a server's are made with its schema)."""
    if connection.dialect.name == "sqlite":
        search_fts5.create_tables(connection)


def write_event_rows(session: Session, rows: Sequence[SearchRow]) -> None:
    """Add the index rows of events not indexed yet (an import's batch)."""
    if is_server(session):
        search_postgres.write_events(session, rows)
    else:
        search_fts5.write_events(session, rows)


def rebuild_event_index(session: Session) -> int:
    """Re-index every shown event; returns how many."""
    (search_postgres if is_server(session) else search_fts5).clear_events(session)
    count = _index(session, None)
    session.merge(MetaRow(key=SEARCH_GENERATION_KEY, value=str(_events_generation(session))))
    return count


def index_events(session: Session, event_ids: Collection[str]) -> int:
    """Add or replace the index rows of these events (those not shown are only removed)."""
    ids = list(event_ids)
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        keys = session.scalars(select(EventRow.key).where(EventRow.id.in_(batch))).all()
        unindex_events(session, keys)
    return _index(session, ids)


def _index(session: Session, event_ids: list[str] | None) -> int:
    count = 0
    for rows in search_rows(session, event_ids):
        write_event_rows(session, rows)
        count += len(rows)
    return count


def unindex_events(session: Session, keys: Collection[int]) -> None:
    """Remove the index rows of the events with these keys."""
    backend = search_postgres if is_server(session) else search_fts5
    listed = [int(key) for key in keys]
    for start in range(0, len(listed), BATCH):
        backend.unindex_keys(session, listed[start : start + BATCH])


def _key_column(session: Session) -> str:
    """The column of ``event_search`` holding the event's key: FTS5's rowid, or the server
    table's ``key``."""
    return "key" if is_server(session) else "rowid"


def unindex_collection(session: Session, collection_id: int) -> None:
    """Remove the index rows of a collection's events (before they are deleted)."""
    session.execute(
        text(
            f"DELETE FROM event_search WHERE {_key_column(session)} IN "
            "(SELECT key FROM events WHERE collection_id = :c)"
        ).bindparams(c=collection_id)
    )


def rename_indexed_event(session: Session, temporary: str, wished: str) -> None:
    """The index row of the event now called ``temporary`` is for ``wished`` (before the
    event itself is renamed)."""
    session.execute(
        text(
            f"UPDATE event_search SET event_id = :w WHERE {_key_column(session)} = "
            "(SELECT key FROM events WHERE id = :t)"
        ).bindparams(w=wished, t=temporary)
    )


@contextmanager
def index_kept_current(session: Session) -> Iterator[None]:
    """Around a change of events whose index rows the caller writes itself: when the index was
    current before, it is recorded as current after (at the events generation then)."""
    session.flush()
    indexed = session.scalar(select(MetaRow.value).where(MetaRow.key == SEARCH_GENERATION_KEY))
    current = indexed is not None and indexed == _events_generation(session)
    yield
    if current:
        session.flush()
        session.merge(MetaRow(key=SEARCH_GENERATION_KEY, value=_events_generation(session)))


def index_note(session: Session, note_id: int, event_id: str, note_text: str) -> None:
    """Add or replace one note in the index (on a server: its row's document; the note's row
    is flushed before)."""
    if is_server(session):
        search_postgres.index_note(session, note_id, note_text)
    else:
        search_fts5.index_note(session, note_id, event_id, note_text)


def unindex_note(session: Session, note_id: int) -> None:
    """Remove one note from the index (on a server its document goes with its row)."""
    if not is_server(session):
        search_fts5.unindex_note(session, note_id)


def rebuild_note_index(session: Session) -> int:
    """Re-index every note; returns how many."""
    if not is_server(session):
        search_fts5.clear_notes(session)
    count = 0
    for row in session.scalars(select(NoteRow)):
        index_note(session, row.id, row.event_id, row.text)
        count += 1
    return count


def _events_generation(session: Session) -> str:
    value = session.scalar(select(MetaRow.value).where(MetaRow.key == EVENTS_GENERATION_KEY))
    return value or ""


def index_is_current(session: Session) -> bool:
    """True when the event index was built at the current events generation and every note
    is indexed (counting a million events would take long)."""
    indexed = session.scalar(select(MetaRow.value).where(MetaRow.key == SEARCH_GENERATION_KEY))
    if not indexed or indexed != _events_generation(session):
        return False
    if is_server(session):
        return search_postgres.tables_in_step(session)
    return search_fts5.tables_in_step(session)


@dataclass(frozen=True, slots=True)
class IndexHits:
    """The hits, and whether they are ranked (False: too many matches, the first ones)."""

    hits: list[IndexHit]
    ranked: bool = True


def search_index(session: Session, query: str, limit: int) -> IndexHits:
    """Events matching ``query`` in their own text (title hits weigh most) or in notes."""
    hidden = _hidden_keys_sql(session)
    matches = (
        search_postgres.Matches(session, query, hidden)
        if is_server(session)
        else search_fts5.Matches(session, query, hidden)
    )
    if matches.expression is None:
        return IndexHits([])
    # Counting up to a cap stops early; ranking needs every match scored.
    ranked = matches.count(RANK_LIMIT + 1) <= RANK_LIMIT
    hits: dict[str, IndexHit] = {}
    for event_id, rank in matches.events(limit, ranked):
        hits[event_id] = IndexHit(event_id, rank, True, False)
    for event_id, rank in matches.notes(limit * 4):
        known = hits.get(event_id)
        if known is None:
            hits[event_id] = IndexHit(event_id, rank, False, True)
        elif not known.in_notes:
            hits[event_id] = IndexHit(event_id, min(known.rank, rank), known.in_event, True)
    found = sorted(hits.values(), key=lambda hit: (hit.rank, hit.event_id))[:limit]
    return IndexHits(found, ranked)


def _hidden_keys_sql(session: Session) -> str:
    """SQL selecting the keys of the events of hidden collections ("" when there are none,
    the usual case: the query stays the plain full-text search)."""
    states = ", ".join(f"'{state}'" for state in HIDDEN_STATES)
    hidden = session.execute(
        text(f"SELECT EXISTS (SELECT 1 FROM collections WHERE state IN ({states}))")
    ).scalar_one()
    if not hidden:
        return ""
    return (
        "SELECT key FROM events WHERE collection_id IN "
        f"(SELECT id FROM collections WHERE state IN ({states}))"
    )
