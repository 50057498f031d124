"""The SQLite side of the search index: FTS5 tables ``event_search`` and ``note_search``.

An event's row has the event's key as its rowid (a note's, the note's id), so one entry is
found without reading the UNINDEXED id columns. The texts arrive folded (search_documents.py),
so the ``unicode61`` tokenizer only splits words.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from timeline_app.domain.text_search import fold, fts_query
from timeline_app.persistence.search_documents import SearchRow

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

#: Written through the driver, positionally (imports write a million of them).
_INSERT_EVENT = "INSERT INTO event_search (rowid, event_id, title, content) VALUES (?, ?, ?, ?)"


def create_tables(connection: Connection) -> None:
    """Create the FTS5 tables when missing."""
    for statement in SEARCH_DDL:
        connection.exec_driver_sql(statement)


def write_events(session: Session, rows: Sequence[SearchRow]) -> None:
    """Add these events' rows (none of them indexed yet)."""
    if rows:
        session.connection().exec_driver_sql(_INSERT_EVENT, list(rows))


def clear_events(session: Session) -> None:
    """Remove every event's row."""
    session.execute(text("DELETE FROM event_search"))


def unindex_keys(session: Session, keys: Sequence[int]) -> None:
    """Remove the rows of the events with these keys (a few thousand at most)."""
    listed = ",".join(str(int(key)) for key in keys)
    session.execute(text(f"DELETE FROM event_search WHERE rowid IN ({listed})"))


def index_note(session: Session, note_id: int, event_id: str, note_text: str) -> None:
    """Add or replace one note's row."""
    unindex_note(session, note_id)
    session.execute(
        text("INSERT INTO note_search (rowid, note_id, event_id, content) VALUES (:n, :n, :e, :c)"),
        {"n": note_id, "e": event_id, "c": fold(note_text)},
    )


def unindex_note(session: Session, note_id: int) -> None:
    """Remove one note's row."""
    # By rowid: note_id is UNINDEXED, so matching on it would read every indexed note.
    session.execute(text("DELETE FROM note_search WHERE rowid = :n"), {"n": note_id})


def clear_notes(session: Session) -> None:
    """Remove every note's row (before they are all written again)."""
    session.execute(text("DELETE FROM note_search"))


def tables_in_step(session: Session) -> bool:
    """True when the event table has rows if there are events (a recreated, empty table is
    out of date whatever app_meta says) and every note has its row."""
    events = session.execute(
        text("SELECT EXISTS (SELECT 1 FROM events) = EXISTS (SELECT 1 FROM event_search)")
    )
    notes = session.execute(
        text("SELECT (SELECT count(*) FROM notes) - (SELECT count(*) FROM note_search)")
    )
    return bool(events.scalar_one()) and bool(notes.scalar_one() == 0)


class Matches:
    """FTS5's queries for one search: counting, ranked and unranked events, notes."""

    def __init__(self, session: Session, query: str, hidden: str) -> None:
        self._session = session
        self.expression = fts_query(query)
        # ``hidden``: SQL naming the keys of events never found (hidden collections), or "".
        self._hidden = f"AND rowid NOT IN ({hidden})" if hidden else ""

    def count(self, cap: int) -> int:
        """How many events match, counting up to ``cap`` (which stops early)."""
        return int(
            self._session.execute(
                text(
                    "SELECT count(*) FROM (SELECT 1 FROM event_search WHERE event_search MATCH :q "
                    f"{self._hidden} LIMIT :cap)"
                ),
                {"q": self.expression, "cap": cap},
            ).scalar_one()
        )

    def events(self, limit: int, ranked: bool) -> list[tuple[str, float]]:
        """(event id, rank: lower is better) of matching events; a title weighs five times
        what the content does."""
        statement = (
            "SELECT event_id, bm25(event_search, 0.0, 5.0, 1.0) AS rank FROM event_search "
            f"WHERE event_search MATCH :q {self._hidden} ORDER BY rank LIMIT :limit"
            if ranked
            else "SELECT event_id, 0.0 FROM event_search WHERE event_search MATCH :q "
            f"{self._hidden} LIMIT :limit"
        )
        rows = self._session.execute(text(statement), {"q": self.expression, "limit": limit})
        return [(str(event_id), float(rank)) for event_id, rank in rows]

    def notes(self, limit: int) -> list[tuple[str, float]]:
        """(event id, rank) of matching notes, best first."""
        rows = self._session.execute(
            text(
                "SELECT event_id, bm25(note_search) AS rank FROM note_search "
                "WHERE note_search MATCH :q ORDER BY rank LIMIT :limit"
            ),
            {"q": self.expression, "limit": limit},
        )
        return [(str(event_id), float(rank)) for event_id, rank in rows]
