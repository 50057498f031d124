"""Events, lookups and content for the figure tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import MarkerLookup
from timeline_app.domain.models import Category, DatePrecision, EventMarker, Source
from timeline_app.ui.figure.content import FigureContent

CATEGORIES = (
    Category("culture", "Culture", "#CC79A7"),
    Category("diplomacy", "Diplomacy", "#0072B2"),
)


def markers(count: int, first: date = date(1992, 1, 1), step: int = 4) -> list[EventMarker]:
    """``count`` one-day events ``step`` days apart from ``first``."""
    return [
        EventMarker(
            id=f"e{number}",
            title=f"Event number {number} of the chronology",
            start=first + timedelta(days=number * step),
            end=None,
            precision=DatePrecision.DAY,
            approximate=False,
            category_id="culture" if number % 2 else "diplomacy",
            importance=1 + number % 5,
        )
        for number in range(count)
    ]


class CountingLookup(MarkerLookup):
    """A MarkerLookup that counts the titles asked for, optionally with a prefix."""

    def __init__(self, events: Sequence[EventMarker], prefix: str = "") -> None:
        super().__init__(events)
        self.asked: list[int] = []
        self._prefix = prefix

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        self.asked.extend(keys)
        return {key: f"{self._prefix}{title}" for key, title in super().titles(keys).items()}


def content_of(
    events: Sequence[EventMarker],
    *,
    prefix: str = "",
    sources: Sequence[Source] = (),
    data_version: int | None = 4,
) -> tuple[FigureContent, CountingLookup, list[list[int]]]:
    """Figure content of in-memory events (keys: positions in the sorted list), the lookup
    it reads titles from (each title after ``prefix``), and the keys sources were asked of."""
    columns, ordered = EventColumns.from_markers(events, [c.id for c in CATEGORIES])
    lookup = CountingLookup(ordered, prefix)
    asked: list[list[int]] = []

    def sources_of(keys: Sequence[int]) -> list[Source]:
        asked.append(list(keys))
        return list(sources)

    content = FigureContent(
        columns, lookup, CATEGORIES, sources_of=sources_of, data_version=data_version
    )
    return content, lookup, asked
