"""Full-text search over events and the user's notes, with snippets and highlight ranges."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.dates import format_event_date
from timeline_app.domain.models import DatePrecision
from timeline_app.domain.text_search import highlight_spans, snippet
from timeline_app.persistence.orm import EventRow, NoteRow
from timeline_app.persistence.search_index import search_index
from timeline_app.services.storage_errors import storage_errors

#: At most this many results are listed.
RESULT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One matching event: its date and title, with highlight ranges and where it matched."""

    event_id: str
    title: str
    date_text: str
    title_spans: tuple[tuple[int, int], ...]
    snippet: str = ""
    snippet_spans: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    in_notes: bool = False


class SearchService:
    """Searches titles, summaries, bodies, places (with former names), people, sources, notes."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path) -> None:
        self._session_factory = session_factory
        self._path = path

    def search(self, query: str, limit: int = RESULT_LIMIT) -> list[SearchResult]:
        """Matching events, best first; empty for an empty query."""
        with storage_errors(self._path, "search"), self._session_factory() as session:
            hits = search_index(session, query, limit)
            if not hits:
                return []
            ids = [hit.event_id for hit in hits]
            events = {
                row.id: row for row in session.scalars(select(EventRow).where(EventRow.id.in_(ids)))
            }
            notes: dict[str, list[str]] = {}
            note_ids = [hit.event_id for hit in hits if hit.in_notes]
            if note_ids:
                for event_id, note_text in session.execute(
                    select(NoteRow.event_id, NoteRow.text).where(NoteRow.event_id.in_(note_ids))
                ):
                    notes.setdefault(event_id, []).append(note_text)
            return [
                self._result(events[hit.event_id], query, hit.in_notes, notes.get(hit.event_id, []))
                for hit in hits
                if hit.event_id in events
            ]

    @staticmethod
    def _result(row: EventRow, query: str, in_notes: bool, note_texts: list[str]) -> SearchResult:
        when = format_event_date(
            row.start_date,
            row.end_date,
            DatePrecision(row.precision),
            approximate=row.approximate,
            qualifier=row.qualifier,
        )
        title_spans = tuple(highlight_spans(row.title, query))
        text, spans = "", list[tuple[int, int]]()
        if not title_spans:
            for candidate in (row.summary, row.body, *note_texts):
                text, spans = snippet(candidate, query)
                if spans:
                    break
        return SearchResult(row.id, row.title, when, title_spans, text, tuple(spans), in_notes)
