"""Sources for citing: what File ▸ Export Bibliography, Copy Citation, the PDF's list of
sources and ``--export-citations`` read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.models import Source
from timeline_app.persistence.source_repository import SourceRepository
from timeline_app.services.storage_errors import storage_errors


class CitationService:
    """Read-only: sources of the curated chronology and of shown collections."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path | str) -> None:
        self._session_factory = session_factory
        self._path = path

    def all_sources(self) -> list[Source]:
        """Every source (own events' URLs too), by publisher, then title."""
        with storage_errors(self._path, "read the sources"), self._session_factory() as session:
            return SourceRepository(session).all_sources()

    def event_sources(self, event_id: str) -> list[Source] | None:
        """The sources one event cites, in its order; None for an id no shown event has."""
        with storage_errors(self._path, "read the sources"), self._session_factory() as session:
            return SourceRepository(session).event_sources(event_id)

    def sources_of_keys(self, keys: Sequence[int]) -> list[Source]:
        """The distinct sources the events of these keys cite, by publisher, then title."""
        with storage_errors(self._path, "read the sources"), self._session_factory() as session:
            return SourceRepository(session).sources_of_keys(keys)

    def data_version(self) -> int | None:
        """The version of the bundled data in this database (None before the first load)."""
        with (
            storage_errors(self._path, "read the data version"),
            self._session_factory() as session,
        ):
            return SourceRepository(session).data_version()
