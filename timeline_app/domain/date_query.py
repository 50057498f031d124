"""Understanding what a person types into "Go to date": a year, a month or a day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline_app.domain.dates import MONTH_NAMES

FIRST_YEAR, LAST_YEAR = 1992, 2024
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3].lower(): number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9


class DateQueryError(ValueError):
    """The text is not a date the timeline can show; the message says what is accepted."""


def _month(word: str) -> int:
    number = _MONTHS.get(word.lower().rstrip("."))
    if number is None:
        raise DateQueryError(f"'{word}' is not a month name.")
    return number


def _checked(year: int, month: int = 1, day: int = 1) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateQueryError(f"{year} is outside the timeline ({FIRST_YEAR}–{LAST_YEAR}).")
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateQueryError(f"There is no such date: {error}.") from error


def _month_range(year: int, month: int) -> tuple[date, date]:
    first = _checked(year, month)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def parse_date_query(text: str) -> tuple[date, date]:
    """The days to show for '2015', '2015-08', 'Aug 2015', '2015-08-31' or '31 August 2015'.

    A day is shown with two weeks either side so its neighbours are visible too.
    """
    cleaned = " ".join(text.strip().replace(",", " ").split())
    if match := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", cleaned):  # 31.08.2015
        cleaned = f"{match.group(3)}-{match.group(2)}-{match.group(1)}"
    cleaned = re.sub(
        r"^(\d{4})/(\d{1,2})(?:/(\d{1,2}))?$",
        lambda m: "-".join(g for g in m.groups() if g),
        cleaned,
    )
    if match := re.fullmatch(r"(\d{4})\s+([A-Za-z.]+)", cleaned):  # 2015 August
        cleaned = f"{match.group(2)} {match.group(1)}"
    if not cleaned:
        raise DateQueryError("Type a year (2015), a month (2015-08 or August 2015) or a day.")
    if match := re.fullmatch(r"(\d{4})", cleaned):
        year = int(match.group(1))
        return _checked(year), _checked(year, 12, 31)
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})", cleaned):
        return _month_range(int(match.group(1)), int(match.group(2)))
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned):
        day = _checked(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return _around(day)
    if match := re.fullmatch(r"([A-Za-z.]+)\s+(\d{4})", cleaned):
        return _month_range(int(match.group(2)), _month(match.group(1)))
    if match := re.fullmatch(r"(\d{1,2})\s+([A-Za-z.]+)\s+(\d{4})", cleaned):
        day = _checked(int(match.group(3)), _month(match.group(2)), int(match.group(1)))
        return _around(day)
    if match := re.fullmatch(r"([A-Za-z.]+)\s+(\d{1,2})\s+(\d{4})", cleaned):
        day = _checked(int(match.group(3)), _month(match.group(1)), int(match.group(2)))
        return _around(day)
    raise DateQueryError(
        f"'{text.strip()}' is not a date I understand. "
        "Try 2015, 2015-08, August 2015 or 2015-08-31."
    )


def _around(day: date) -> tuple[date, date]:
    return max(day - timedelta(days=14), date(FIRST_YEAR, 1, 1)), min(
        day + timedelta(days=14), date(LAST_YEAR, 12, 31)
    )
