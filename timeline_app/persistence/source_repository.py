"""Reading sources for citations: all of them, one event's, or those of many events.

Only sources of the curated chronology and of shown collections are read (a removed or
half-imported collection's sources are nobody's yet). An own event's source is a URL on the
event itself (``source_url``, with its label); it is cited as a web page of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from timeline_app.domain.models import Source
from timeline_app.persistence.data_sync import DATA_VERSION_KEY
from timeline_app.persistence.orm import CitationRow, EventRow, MetaRow, SourceRow
from timeline_app.persistence.orm_collections import HIDDEN_COLLECTION_IDS, event_is_shown
from timeline_app.persistence.rows import source_of

#: Keys per IN (...) list: SQLite allows 32,766 bound values; a join over a few hundred
#: keys at a time keeps each statement small.
_KEY_BATCH = 500


def _source_is_shown() -> ColumnElement[bool]:
    return or_(
        SourceRow.collection_id.is_(None), SourceRow.collection_id.not_in(HIDDEN_COLLECTION_IDS)
    )


def _by_publisher(sources: dict[str, Source]) -> list[Source]:
    return sorted(
        sources.values(), key=lambda s: (s.publisher.casefold(), s.title.casefold(), s.id)
    )


def own_source(event_id: str, url: str, label: str) -> Source:
    """The source of a user's event: the web page its ``source_url`` names."""
    return Source(id=f"{event_id}#source", title=label or url, publisher="", url=url)


class SourceRepository:
    """Sources as citations need them."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def all_sources(self) -> list[Source]:
        """Every source of the curated chronology and of shown collections, and the source of
        every shown own event that names one; by publisher, then title."""
        found = {
            row.id: source_of(row)
            for row in self._session.scalars(select(SourceRow).where(_source_is_shown()))
        }
        for event_id, url, label in self._session.execute(
            select(EventRow.id, EventRow.source_url, EventRow.source_label).where(
                EventRow.source_url.is_not(None), EventRow.source_url != "", event_is_shown()
            )
        ):
            source = own_source(event_id, url or "", label or "")
            found[source.id] = source
        return _by_publisher(found)

    def event_sources(self, event_id: str) -> list[Source] | None:
        """The sources one shown event cites, in its order (its own URL last); None when no
        shown event has that id."""
        row = self._session.execute(
            select(EventRow.source_url, EventRow.source_label).where(
                EventRow.id == event_id, event_is_shown()
            )
        ).first()
        if row is None:
            return None
        sources = [
            source_of(source_row)
            for source_row in self._session.scalars(
                select(SourceRow)
                .join(CitationRow, CitationRow.source_id == SourceRow.id)
                .where(CitationRow.event_id == event_id)
                .order_by(CitationRow.position)
            )
        ]
        if row.source_url:
            sources.append(own_source(event_id, row.source_url, row.source_label or ""))
        return sources

    def sources_of_keys(self, keys: Sequence[int]) -> list[Source]:
        """The distinct sources cited by the events of these keys (own events' URLs too), by
        publisher, then title."""
        found: dict[str, Source] = {}
        for start in range(0, len(keys), _KEY_BATCH):
            batch = [int(key) for key in keys[start : start + _KEY_BATCH]]
            for source_row in self._session.scalars(
                select(SourceRow)
                .join(CitationRow, CitationRow.source_id == SourceRow.id)
                .join(EventRow, EventRow.id == CitationRow.event_id)
                .where(EventRow.key.in_(batch))
                .distinct()
            ):
                found.setdefault(source_row.id, source_of(source_row))
            for event_id, url, label in self._session.execute(
                select(EventRow.id, EventRow.source_url, EventRow.source_label).where(
                    EventRow.key.in_(batch),
                    EventRow.source_url.is_not(None),
                    EventRow.source_url != "",
                )
            ):
                source = own_source(event_id, url or "", label or "")
                found[source.id] = source
        return _by_publisher(found)

    def data_version(self) -> int | None:
        """The version of the bundled data this database holds (None before the first load)."""
        value = self._session.scalar(select(MetaRow.value).where(MetaRow.key == DATA_VERSION_KEY))
        try:
            return None if value is None else int(value)
        except ValueError:
            return None
