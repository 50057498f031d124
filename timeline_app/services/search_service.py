"""Full-text search over events and the user's notes, with snippets and highlight ranges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.dates import event_date_text
from timeline_app.domain.models import EventText
from timeline_app.domain.search_types import SearchOutcome, SearchResult
from timeline_app.domain.text_search import highlight_spans, snippet
from timeline_app.domain.translations import ENGLISH, EventTranslation, text_language
from timeline_app.persistence import search_index as index
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.storage_errors import storage_errors

#: At most this many results are listed.
RESULT_LIMIT = 500


class SearchService:
    """Searches titles, summaries, bodies, places (with former names), people, sources, notes."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path | str) -> None:
        self._session_factory = session_factory
        self._path = path
        self._language = ENGLISH

    def set_text_language(self, code: str) -> None:
        """Show results' titles and snippets in this language ("en", "kk", "ru", "zh")."""
        self._language = text_language(code)

    def search(self, query: str, limit: int = RESULT_LIMIT) -> list[SearchResult]:
        """Matching events, best first; empty for an empty query."""
        return self.search_outcome(query, limit).results

    def search_outcome(self, query: str, limit: int = RESULT_LIMIT) -> SearchOutcome:
        """Matching events, best first (or by date when too many to rank)."""
        with storage_errors(self._path, "search"), self._session_factory() as session:
            index_hits = index.search_index(session, query, limit)
            hits = index_hits.hits
            if not hits:
                return SearchOutcome([])
            ids = [hit.event_id for hit in hits]
            repository = EventRepository(session)
            events = repository.texts_of(ids)
            translations = repository.translations(ids)
            note_ids = [hit.event_id for hit in hits if hit.in_notes]
            notes = NoteRepository(session).texts_by_event(note_ids) if note_ids else {}
            if not index_hits.ranked:
                hits = sorted(
                    hits,
                    key=lambda hit: (
                        events[hit.event_id].start if hit.event_id in events else date.max
                    ),
                )
            results = [
                self._result(
                    events[hit.event_id],
                    translations.get(hit.event_id, ()),
                    query,
                    hit.in_notes,
                    notes.get(hit.event_id, []),
                )
                for hit in hits
                if hit.event_id in events
            ]
            return SearchOutcome(results, index_hits.ranked)

    def _result(
        self,
        row: EventText,
        translations: tuple[EventTranslation, ...],
        query: str,
        in_notes: bool,
        note_texts: list[str],
    ) -> SearchResult:
        """The result in the reader's language; its snippet from the reader's texts when the
        match is there, else from the language (or the note) that matched."""
        when = event_date_text(row)
        english = EventTranslation(ENGLISH, row.title, row.summary, row.body)
        by_language = {translation.language: translation for translation in translations}
        shown = by_language.get(self._language, english)
        others = [t for t in (english, *translations) if t.language != shown.language]
        title_spans = tuple(highlight_spans(shown.title, query))
        text, spans = "", list[tuple[int, int]]()
        if not title_spans:
            candidates = [shown.summary, shown.body]
            for other in others:
                candidates += [other.title, other.summary, other.body]
            for candidate in (*candidates, *note_texts):
                # A text shown is a match even when its highlight is lost (see snippet).
                text, spans = snippet(candidate, query)
                if text:
                    break
        return SearchResult(row.id, shown.title, when, title_spans, text, tuple(spans), in_notes)
