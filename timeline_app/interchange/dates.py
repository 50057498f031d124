"""Reading the dates files give: parts (year, month, day, hour, minute, second) as numbers or
strings, a date written out ('1992-08-10', '10.08.1992', '1992'), a time ('13:45', '1:45 PM').

An empty string, whitespace or a missing value means absent; what is given sets the precision
(a year alone is a year). Every problem raises ``DateProblem`` naming the offending value.
"""

from __future__ import annotations

import re
from datetime import date, time

from timeline_app.domain.models import DatePrecision
from timeline_app.interchange.model import FIRST_YEAR, LAST_YEAR, FileDate, RefusalReason

#: A display date starting with one of these marks the event approximate ('c. 1950').
APPROXIMATE_MARKS = ("c.", "ca.", "ca ", "circa", "~", "approx", "about", "around")

_INTEGER = re.compile(r"^[+-]?\d+$")
_ISO = re.compile(
    r"^(?P<year>[+-]?\d+)(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?"
    r"(?:[ T](?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$"
)
_DOTTED = re.compile(r"^(?:(?P<day>\d{1,2})\.)?(?P<month>\d{1,2})\.(?P<year>\d{3,4})$")
_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<half>[ap]\.?\s*m\.?)?$",
    re.IGNORECASE,
)


class DateProblemError(Exception):
    """A date that cannot be taken: ``reason`` and the offending ``detail``."""

    def __init__(self, reason: RefusalReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def is_absent(value: object) -> bool:
    """True for None and for a string of nothing but whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def _number(value: object, what: str) -> int | None:
    if is_absent(value):
        return None
    if isinstance(value, bool):
        raise DateProblemError(RefusalReason.BAD_DATE, f"{what} {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER.match(value.strip()):
        return int(value.strip())
    raise DateProblemError(RefusalReason.BAD_DATE, f'{what} "{value}"')


def _in_range(what: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise DateProblemError(RefusalReason.BAD_DATE, f"{what} {value}")
    return value


def make_date(
    year: int | None,
    month: int | None,
    day: int | None,
    moment: time | None,
    what: str,
) -> FileDate | None:
    """The date these parts state (None when nothing is given), or DateProblemError."""
    if year is None:
        if month is None and day is None and moment is None:
            return None
        raise DateProblemError(RefusalReason.NO_DATE, f"{what} has no year")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateProblemError(RefusalReason.OUT_OF_RANGE, f"{what} year {year}")
    if month is None:
        if day is not None:
            raise DateProblemError(RefusalReason.BAD_DATE, f"{what} has a day but no month")
        if moment is not None:
            raise DateProblemError(RefusalReason.BAD_DATE, f"{what} has a time but no day")
        return FileDate(date(year, 1, 1), DatePrecision.YEAR)
    _in_range(f"{what} month", month, 1, 12)
    if day is None:
        if moment is not None:
            raise DateProblemError(RefusalReason.BAD_DATE, f"{what} has a time but no day")
        return FileDate(date(year, month, 1), DatePrecision.MONTH)
    try:
        return FileDate(date(year, month, day), DatePrecision.DAY, moment)
    except ValueError:
        raise DateProblemError(
            RefusalReason.BAD_DATE, f"{what} day {day} of {year:04d}-{month:02d}"
        ) from None


def date_from_parts(
    year: object,
    month: object = None,
    day: object = None,
    hour: object = None,
    minute: object = None,
    second: object = None,
    *,
    what: str = "start",
) -> FileDate | None:
    """A date from TimelineJS-style parts, each a number, a string of digits or absent."""
    y = _number(year, f"{what} year")
    mo = _number(month, f"{what} month")
    d = _number(day, f"{what} day")
    h = _number(hour, f"{what} hour")
    mi = _number(minute, f"{what} minute")
    s = _number(second, f"{what} second")
    moment = None
    if h is not None or mi is not None or s is not None:
        moment = time(
            _in_range(f"{what} hour", h or 0, 0, 23),
            _in_range(f"{what} minute", mi or 0, 0, 59),
            _in_range(f"{what} second", s or 0, 0, 59),
        )
    return make_date(y, mo, d, moment, what)


def time_from_text(text: str | None, *, what: str = "start") -> time | None:
    """A time of day: '13:45', '13:45:30', '9', '1:45 PM', '12 am'; None when absent."""
    if text is None or not text.strip():
        return None
    match = _TIME.match(text.strip())
    if match is None:
        raise DateProblemError(RefusalReason.BAD_DATE, f'{what} time "{text.strip()}"')
    hour = int(match["hour"])
    minute, second = int(match["minute"] or 0), int(match["second"] or 0)
    if match["half"]:
        _in_range(f"{what} hour", hour, 1, 12)
        hour = hour % 12 + (12 if match["half"].lower().startswith("p") else 0)
    return time(
        _in_range(f"{what} hour", hour, 0, 23),
        _in_range(f"{what} minute", minute, 0, 59),
        _in_range(f"{what} second", second, 0, 59),
    )


def date_from_text(text: str | None, *, what: str = "start") -> FileDate | None:
    """A written date: '1992', '1992-08', '1992-08-10', '1992-08-10 13:45[:00]' (or with 'T'),
    '10.08.1992', '08.1992'. None when absent."""
    if text is None or not text.strip():
        return None
    written = text.strip()
    iso = _ISO.match(written)
    if iso is not None:
        year = int(iso["year"])
        month = int(iso["month"]) if iso["month"] else None
        day = int(iso["day"]) if iso["day"] else None
        moment = time_from_text(iso["time"], what=what) if iso["time"] else None
        return make_date(year, month, day, moment, what)
    dotted = _DOTTED.match(written)
    if dotted is not None:
        day = int(dotted["day"]) if dotted["day"] else None
        return make_date(int(dotted["year"]), int(dotted["month"]), day, None, what)
    raise DateProblemError(RefusalReason.BAD_DATE, f'{what} "{written}"')


def check_order(start: FileDate, end: FileDate | None) -> None:
    """DateProblemError when ``end`` ends before ``start`` begins (1990-01-05 to 1990 is fine:
    the year 1990 runs past the 5th of January)."""
    if end is not None and end.latest() < start.earliest():
        raise DateProblemError(
            RefusalReason.END_BEFORE_START, f"start {start.iso()}, end {end.iso()}"
        )


def marks_approximate(display: object) -> bool:
    """True when a display date reads as approximate ('c. 1950', 'circa 1950', '~1950')."""
    if not isinstance(display, str):
        return False
    return display.strip().casefold().startswith(APPROXIMATE_MARKS)


def to_bool(value: object) -> bool:
    """A yes/no cell: true, yes, y, 1, x, ✓, ~ (any case) are True; anything else False."""
    if isinstance(value, bool):
        return value
    return str(value).strip().casefold() in {"true", "yes", "y", "1", "x", "✓", "~", "fuzzy"}
