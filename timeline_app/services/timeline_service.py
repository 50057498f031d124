"""Reading the timeline: event markers, one event's details, categories and sources."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.models import Category, EventDetail, EventMarker, Source
from timeline_app.persistence.event_repository import EventRepository
from timeline_app.services.storage_errors import storage_errors


class TimelineService:
    """Read-only use cases over the curated events."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path) -> None:
        self._session_factory = session_factory
        self._path = path

    def markers(self) -> list[EventMarker]:
        """All events, chronologically."""
        with storage_errors(self._path, "read the events"), self._session_factory() as session:
            return EventRepository(session).markers()

    def event_detail(self, event_id: str) -> EventDetail | None:
        """One event with its places, people, sources, figures and links; None if unknown."""
        with storage_errors(self._path, "read the event"), self._session_factory() as session:
            return EventRepository(session).detail(event_id)

    def categories(self) -> list[Category]:
        """Categories in display order."""
        with storage_errors(self._path, "read the categories"), self._session_factory() as session:
            return EventRepository(session).categories()

    def sources_with_counts(self) -> list[tuple[Source, int]]:
        """Every source with how many events cite it."""
        with storage_errors(self._path, "read the sources"), self._session_factory() as session:
            return EventRepository(session).sources_with_counts()
