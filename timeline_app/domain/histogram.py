"""Events per year, stacked by category, for the overview band."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.models import EventMarker


@dataclass(frozen=True, slots=True)
class YearHistogram:
    """``counts[year_index][category_index]`` for the years first_year..last_year."""

    first_year: int
    last_year: int
    category_ids: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    @property
    def largest_total(self) -> int:
        """The tallest stack (at least 1, so it can divide)."""
        return max((sum(row) for row in self.counts), default=0) or 1


def year_histogram(
    markers: Iterable[EventMarker], category_ids: Sequence[str], first_year: int, last_year: int
) -> YearHistogram:
    """Count events by start year and category (unknown categories are counted last)."""
    position = {category_id: index for index, category_id in enumerate(category_ids)}
    width = len(category_ids) + 1
    rows = [[0] * width for _ in range(last_year - first_year + 1)]
    for marker in markers:
        year = marker.start.year
        if first_year <= year <= last_year:
            rows[year - first_year][position.get(marker.category_id, width - 1)] += 1
    return YearHistogram(
        first_year, last_year, (*category_ids, ""), tuple(tuple(row) for row in rows)
    )


def column_histogram(columns: EventColumns, first_year: int, last_year: int) -> YearHistogram:
    """The same counts from event columns, by binary search per year (no pass in Python)."""
    counts = columns.year_category_counts(first_year, last_year)
    return YearHistogram(
        first_year,
        last_year,
        (*columns.category_ids, ""),
        tuple(tuple(int(value) for value in row) for row in counts),
    )
