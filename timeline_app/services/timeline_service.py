"""Reading the timeline: event markers, one event's details, categories and sources."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.models import Category, EventDetail, EventMarker, Source
from timeline_app.domain.translations import ENGLISH, text_language
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.persistence.event_snapshot import load_event_columns
from timeline_app.services.storage_errors import storage_errors


class TimelineService:
    """Read-only use cases over the curated events."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path | str) -> None:
        self._session_factory = session_factory
        self._path = path
        self._language = ENGLISH

    def set_text_language(self, code: str) -> None:
        """Read event titles, summaries and bodies in this language ("en", "kk", "ru", "zh"),
        each event falling back to its English where it has no translation; category names,
        and the names, roles and countries an event's detail shows, follow it too."""
        self._language = text_language(code)

    def current_text_language(self) -> str:
        """The language event texts are read in ("en" when untranslated)."""
        return self._language

    def _events(self, session: Session) -> EventRepository:
        return EventRepository(session, self._language)

    def markers(self) -> list[EventMarker]:
        """All events, chronologically."""
        with storage_errors(self._path, "read the events"), self._session_factory() as session:
            return self._events(session).markers()

    def columns(self) -> EventColumns:
        """Every event as numeric columns (from the snapshot when it is current)."""
        with storage_errors(self._path, "read the events"), self._session_factory() as session:
            return load_event_columns(session)

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        """Titles of the events with these keys."""
        with storage_errors(self._path, "read event titles"), self._session_factory() as session:
            return self._events(session).titles(keys)

    def ids(self, keys: Sequence[int]) -> dict[int, str]:
        """Ids of the events with these keys."""
        with storage_errors(self._path, "read event ids"), self._session_factory() as session:
            return EventRepository(session).ids(keys)

    def keys_of(self, event_ids: Collection[str]) -> dict[str, int]:
        """Keys of the events with these ids (unknown ids are left out)."""
        with storage_errors(self._path, "look up events"), self._session_factory() as session:
            return EventRepository(session).keys_of(event_ids)

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker]:
        """Full markers of a few events."""
        with storage_errors(self._path, "read the events"), self._session_factory() as session:
            return self._events(session).markers_by_key(keys)

    def event_detail(self, event_id: str) -> EventDetail | None:
        """One event with its places, people, sources, figures and links; None if unknown."""
        with storage_errors(self._path, "read the event"), self._session_factory() as session:
            return self._events(session).detail(event_id)

    def categories(self) -> list[Category]:
        """Categories in display order, named in the text language."""
        with storage_errors(self._path, "read the categories"), self._session_factory() as session:
            return self._events(session).categories()

    def sources_with_counts(self) -> list[tuple[Source, int]]:
        """Every source with how many events cite it."""
        with storage_errors(self._path, "read the sources"), self._session_factory() as session:
            return EventRepository(session).sources_with_counts()
