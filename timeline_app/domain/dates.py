"""Calendar dates as the sources state them: formatting by precision, and day numbers for the axis.

Dates are plain calendar dates (``datetime.date``), never time-zone-bound timestamps, so no
time-zone conversion can move an event to the neighbouring day.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from timeline_app.domain.models import DatePrecision

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)

#: Qualifiers the data may put before a date, as displayed.
QUALIFIERS = ("", "c.", "by", "as of", "before", "after")
EN_DASH = "–"


def day_number(day: date) -> int:
    """Days since 1 January of year 1 (the proleptic Gregorian ordinal)."""
    return day.toordinal()


def from_day_number(number: float) -> date:
    """The calendar date containing the (possibly fractional) day number."""
    return date.fromordinal(int(number // 1))


def format_point(day: date, precision: DatePrecision) -> str:
    """One date at its precision: '10 August 1992', 'June 2024' or '2015'."""
    if precision is DatePrecision.YEAR:
        return str(day.year)
    if precision is DatePrecision.MONTH:
        return f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _format_range(start: date, end: date, precision: DatePrecision) -> str:
    """A span, without repeating what both ends share ('7–10 June 2017', '2007–2012')."""
    if precision is DatePrecision.YEAR:
        if start.year == end.year:
            return str(start.year)
        return f"{start.year}{EN_DASH}{end.year}"
    if precision is DatePrecision.MONTH:
        if start.year == end.year:
            if start.month == end.month:
                return format_point(start, precision)
            return f"{MONTH_NAMES[start.month - 1]}{EN_DASH}{MONTH_NAMES[end.month - 1]} {end.year}"
        return f"{format_point(start, precision)} {EN_DASH} {format_point(end, precision)}"
    if start.year == end.year and start.month == end.month:
        if start.day == end.day:
            return format_point(start, precision)
        return f"{start.day}{EN_DASH}{end.day} {MONTH_NAMES[end.month - 1]} {end.year}"
    if start.year == end.year:
        return (
            f"{start.day} {MONTH_NAMES[start.month - 1]} {EN_DASH} {format_point(end, precision)}"
        )
    return f"{format_point(start, precision)} {EN_DASH} {format_point(end, precision)}"


def format_event_date(
    start: date,
    end: date | None,
    precision: DatePrecision,
    *,
    approximate: bool = False,
    qualifier: str = "",
) -> str:
    """An event's date as a reader expects it, e.g. 'c. 2007' or '10 June – 10 September 2017'.

    An approximate date with no explicit qualifier reads 'c. …', so a vague date never looks exact.
    """
    text = (
        _format_range(start, end, precision) if end is not None else format_point(start, precision)
    )
    prefix = qualifier or ("c." if approximate else "")
    return f"{prefix} {text}" if prefix else text


def precision_extent(start: date, precision: DatePrecision) -> tuple[date, date]:
    """First and last day a date of that precision may stand for (the whole month or year)."""
    if precision is DatePrecision.YEAR:
        return date(start.year, 1, 1), date(start.year, 12, 31)
    if precision is DatePrecision.MONTH:
        next_month = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return date(start.year, start.month, 1), date.fromordinal(next_month.toordinal() - 1)
    return start, start


class DatedEvent(Protocol):
    """Anything with an event's date fields: a marker, a detail, an exported row."""

    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date | None: ...
    @property
    def precision(self) -> DatePrecision: ...
    @property
    def approximate(self) -> bool: ...
    @property
    def qualifier(self) -> str: ...


def event_date_text(event: DatedEvent) -> str:
    """An event's date as a reader expects it ('c. 2007', 'as of 20 June 2024'): the one
    entry point for showing an event's date anywhere."""
    return format_event_date(
        event.start,
        event.end,
        event.precision,
        approximate=event.approximate,
        qualifier=event.qualifier,
    )
