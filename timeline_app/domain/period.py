"""The curated chronology's period, defined once: what the bundled data covers and what the
timeline opens on. Users' own and imported events may lie anywhere in years 1–9999
(EVERY_DAY); ``covering`` widens a period to take them in, in whole years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Period:
    """The calendar days ``first`` to ``last``, both included."""

    first: date
    last: date

    @property
    def first_year(self) -> int:
        """The first year of the period."""
        return self.first.year

    @property
    def last_year(self) -> int:
        """The last year of the period."""
        return self.last.year

    @property
    def start_day(self) -> float:
        """The first day as a day number (proleptic Gregorian ordinal)."""
        return float(self.first.toordinal())

    @property
    def end_day(self) -> float:
        """The day after the last, as a day number: the period is [start_day, end_day)."""
        return float(self.last.toordinal() + 1)

    @property
    def label(self) -> str:
        """The years as people write them: '1992–2024'."""
        return f"{self.first_year}–{self.last_year}"

    def __contains__(self, day: date) -> bool:
        return self.first <= day <= self.last


#: What the bundled chronology of Kazakhstan–China cultural relations covers.
CURATED_PERIOD = Period(date(1992, 1, 1), date(2024, 12, 31))

#: Every day an event may have: the years 1–9999 (Python's dates, and ISO text in SQLite).
EVERY_DAY = Period(date.min, date.max)


def covering(period: Period, other: Period) -> Period:
    """The smallest run of whole years holding both ``period`` and ``other``."""
    first = min(period.first, other.first)
    last = max(period.last, other.last)
    return Period(date(first.year, 1, 1), date(last.year, 12, 31))
