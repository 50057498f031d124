"""Dates as the user writes them in the event editor: "1995", "1995-03" or "1995-03-14".

Each problem is raised as ``DateProblem`` with a message naming the field, in the language in
force; the caller shows it and puts the cursor in that field.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.domain.models import DatePrecision
from timeline_app.ui.translate import translate

_WRITTEN = re.compile(r"(-?\d+)(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
#: How much detail each precision needs: year alone (1), with month (2), with day (3).
_PARTS_NEEDED = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2, DatePrecision.DAY: 3}


class DateProblemError(ValueError):
    """A written date that cannot be taken; ``str()`` is the message for the user."""


def written_precision(text: str) -> DatePrecision | None:
    """The precision what is written gives ("1995" a year, "1995-03" a month), or None."""
    match = _WRITTEN.fullmatch(text.strip())
    if match is None:
        return None
    parts = 1 + (match[2] is not None) + (match[3] is not None)
    return {1: DatePrecision.YEAR, 2: DatePrecision.MONTH, 3: DatePrecision.DAY}[parts]


def written_date(day: date, precision: DatePrecision) -> str:
    """A day as the editor writes it at ``precision``."""
    if precision is DatePrecision.YEAR:
        return str(day.year)
    if precision is DatePrecision.MONTH:
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-{day.month:02d}-{day.day:02d}"


def parse_written_date(text: str, precision: DatePrecision, field: str) -> date:
    """The first day of what ``text`` says; DateProblemError (naming ``field``) otherwise."""
    written = text.strip()
    match = _WRITTEN.fullmatch(written)
    if match is None:
        message = translate(
            "EventEditor", "{field}: write the date as YYYY, YYYY-MM or YYYY-MM-DD."
        )
        raise DateProblemError(message.format(field=field))
    year = int(match[1])
    if not 1 <= year <= 9999:
        message = translate("EventEditor", "{field}: the year must be between 1 and 9999.")
        raise DateProblemError(message.format(field=field))
    parts = 1 + (match[2] is not None) + (match[3] is not None)
    if parts < _PARTS_NEEDED[precision]:
        message = (
            translate(
                "EventEditor", "{field}: give the day (YYYY-MM-DD), or choose a coarser precision."
            )
            if precision is DatePrecision.DAY
            else translate(
                "EventEditor", "{field}: give the month (YYYY-MM), or choose the precision Year."
            )
        )
        raise DateProblemError(message.format(field=field))
    try:
        return date(year, int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        message = translate("EventEditor", "{field}: there is no such date ({date}).")
        raise DateProblemError(message.format(field=field, date=written)) from None
