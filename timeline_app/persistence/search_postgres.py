"""The PostgreSQL side of the search index: ``tsvector`` documents with GIN indexes.

- Events: the table ``event_search`` (key, event id, document), one row per shown event, as
  SQLite's FTS5 table of that name (its rows are written and removed by the same code paths).
- Notes: the column ``notes.search_document``, on the notes table itself, so that a note's
  words are exactly as readable as the note: row-level security on ``notes`` (private
  notes) applies to the search too, and a note search reads ``notes``.

Both are made by DDL registered for the ORM tables with ``postgresql_only`` (server_ddl.py),
so ``SCHEMA.create_all`` makes them on a server, ``--init-store`` adds them to an existing
store, and an SQLite file never changes. The ORM rows do not declare them;
a comparison of the server's schema with the rows must leave them out (SERVER_ONLY_*).
The documents are written in Python (search_tsvector.py) from the same folded texts as
SQLite's: no extension (pg_trgm, unaccent) is needed, so the database's owner can make them.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from timeline_app.domain.text_search import fold
from timeline_app.persistence import search_tsvector
from timeline_app.persistence.orm import EventRow
from timeline_app.persistence.orm_notes import NoteRow
from timeline_app.persistence.search_documents import SearchRow
from timeline_app.persistence.server_ddl import postgresql_only

#: Tables only a server store has (the team's role needs rights on them too).
SERVER_ONLY_TABLES = ("event_search",)
#: Columns and indexes only a server store has, on tables the ORM declares.
SERVER_ONLY_COLUMNS = (("notes", "search_document"),)
SERVER_ONLY_INDEXES = ("notes_search_document",)

EVENT_SEARCH_DDL = (
    "CREATE TABLE IF NOT EXISTS event_search ("
    "key bigint PRIMARY KEY, event_id text NOT NULL, document tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS event_search_document ON event_search USING gin (document)",
)
NOTE_SEARCH_DDL = (
    "ALTER TABLE notes ADD COLUMN IF NOT EXISTS search_document tsvector",
    "CREATE INDEX IF NOT EXISTS notes_search_document ON notes USING gin (search_document)",
)

postgresql_only(EventRow.__table__, *EVENT_SEARCH_DDL)
postgresql_only(NoteRow.__table__, *NOTE_SEARCH_DDL)

#: A batch of documents goes by COPY: at 100,000 events it costs the server a third of an
#: INSERT ... SELECT FROM unnest(arrays) (0.5 s against 1.8 s, the GIN index kept by both).
_COPY_EVENTS = "COPY event_search (key, event_id, document) FROM STDIN"
#: ts_rank's weights of D, C, B, A: a title (A) weighs five times the content (D), as bm25's
#: weights on SQLite. Normalisation 1: divided by 1 + the log of the document's length.
_RANK = "ts_rank(CAST(ARRAY[0.2, 0.2, 0.2, 1.0] AS real[]), {document}, CAST(:q AS tsquery), 1)"


def event_document(row: SearchRow) -> str:
    """The ``tsvector`` literal of an event's entry: title (weight A), then content."""
    return search_tsvector.document(row.title, row.content, title_columns=1)


def write_events(session: Session, rows: Sequence[SearchRow]) -> None:
    """Add these events' documents (none of them indexed yet)."""
    if not rows:
        return
    # Imported here: an SQLite file's user needs no psycopg, nor its import time at startup.
    import psycopg  # noqa: PLC0415

    # The session's own connection (its transaction): psycopg's COPY, which SQLAlchemy lacks.
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    with driver.cursor() as cursor, cursor.copy(_COPY_EVENTS) as copy:
        for row in rows:
            copy.write_row((row.key, row.event_id, event_document(row)))


def clear_events(session: Session) -> None:
    """Remove every event's document, before all are written again: one rebuild at a time
    (two clients rebuilding at once would each write every key, and the second fail on the
    first's), other clients' searches going on meanwhile."""
    session.execute(text("LOCK TABLE event_search IN SHARE ROW EXCLUSIVE MODE"))
    session.execute(text("DELETE FROM event_search"))


def unindex_keys(session: Session, keys: Sequence[int]) -> None:
    """Remove the documents of the events with these keys."""
    session.execute(
        text("DELETE FROM event_search WHERE key = ANY(CAST(:keys AS bigint[]))"),
        {"keys": [int(key) for key in keys]},
    )


def index_note(session: Session, note_id: int, note_text: str) -> None:
    """Write one note's document into its row (flushed before)."""
    session.execute(
        text("UPDATE notes SET search_document = CAST(:d AS tsvector) WHERE id = :n"),
        {"n": note_id, "d": search_tsvector.document(fold(note_text))},
    )


def tables_in_step(session: Session) -> bool:
    """True when the event documents exist if there are events, and every note (that this
    role can read) has its document."""
    events = session.execute(
        text("SELECT EXISTS (SELECT 1 FROM events) = EXISTS (SELECT 1 FROM event_search)")
    )
    notes = session.execute(
        text("SELECT NOT EXISTS (SELECT 1 FROM notes WHERE search_document IS NULL)")
    )
    return bool(events.scalar_one()) and bool(notes.scalar_one())


class Matches:
    """PostgreSQL's queries for one search (as search_fts5.Matches); ranks are negated
    ``ts_rank`` values, so lower is better on both backends."""

    def __init__(self, session: Session, query: str, hidden: str) -> None:
        self._session = session
        self.expression = search_tsvector.query(query)
        self._hidden = f"AND key NOT IN ({hidden})" if hidden else ""

    def count(self, cap: int) -> int:
        """How many events match, counting up to ``cap``."""
        return int(
            self._session.execute(
                text(
                    "SELECT count(*) FROM (SELECT 1 FROM event_search "
                    f"WHERE document @@ CAST(:q AS tsquery) {self._hidden} LIMIT :cap) AS m"
                ),
                {"q": self.expression, "cap": cap},
            ).scalar_one()
        )

    def events(self, limit: int, ranked: bool) -> list[tuple[str, float]]:
        """(event id, rank: lower is better) of matching events."""
        rank = f"-{_RANK.format(document='document')}" if ranked else "0.0"
        order = "ORDER BY rank " if ranked else ""
        rows = self._session.execute(
            text(
                f"SELECT event_id, {rank} AS rank FROM event_search "
                f"WHERE document @@ CAST(:q AS tsquery) {self._hidden} {order}LIMIT :limit"
            ),
            {"q": self.expression, "limit": limit},
        )
        return [(str(event_id), float(value)) for event_id, value in rows]

    def notes(self, limit: int) -> list[tuple[str, float]]:
        """(event id, rank) of matching notes, best first: read from ``notes``, so only the
        notes this role may read are searched."""
        rank = _RANK.format(document="search_document")
        rows = self._session.execute(
            text(
                f"SELECT event_id, -{rank} AS rank FROM notes "
                "WHERE search_document @@ CAST(:q AS tsquery) ORDER BY rank LIMIT :limit"
            ),
            {"q": self.expression, "limit": limit},
        )
        return [(str(event_id), float(value)) for event_id, value in rows]
