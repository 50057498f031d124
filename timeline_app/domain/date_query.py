"""Understanding what a person types into "Go to date": a year, a month or a day.

Every language the app speaks is read whatever the current one is: "August 2015",
"августа 2015", "10 тамыз 2015 ж.", "2015 ж. 10 тамыз", "2015年8月10日", "31.08.2015".
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

from timeline_app.domain.date_words import DATE_LANGUAGES, month_names
from timeline_app.domain.dates import MONTH_NAMES
from timeline_app.domain.period import EVERY_DAY

#: Any year an event may have: the user's collections lie anywhere in years 1–9999.
FIRST_YEAR, LAST_YEAR = EVERY_DAY.first_year, EVERY_DAY.last_year
#: A month name as typed: letters of any script, perhaps an abbreviation's dot.
_WORD = r"[^\W\d_]+\.?"
#: The year's word or abbreviation after its number: "2015 г.", "2015 года", "2015 ж.", "2015 жылы".
_YEAR_WORD = re.compile(r"(\d{4})\s*(?:года|год|гг?\.?|жылғы|жылы|жыл|жж?\.?)(?=\s|$)", re.I)
_CHINESE = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?")
#: The forms accepted, as shown to the user.
ACCEPTED_FORMS = "2015, 2015-08, 08.2015, August 2015, 2015-08-31, 31.08.2015 or 31/08/2015"


class DateQueryProblem(enum.Enum):
    """Why a text is not a date the timeline can show (the UI words it, translated)."""

    EMPTY = "empty"
    UNREADABLE = "unreadable"
    UNKNOWN_MONTH_NAME = "unknown month name"
    NO_SUCH_MONTH = "no such month"
    NO_SUCH_DAY = "no such day"
    OUT_OF_RANGE = "out of range"


class DateQueryError(ValueError):
    """The text is not a date the timeline can show; the fields say why, the message in English."""

    def __init__(
        self,
        problem: DateQueryProblem,
        text: str,
        *,
        year: int = 0,
        month: int = 0,
        day: int = 0,
        word: str = "",
    ) -> None:
        self.problem, self.text, self.word = problem, text, word
        self.year, self.month, self.day = year, month, day
        super().__init__(self._english())

    def _english(self) -> str:
        problem = self.problem
        if problem is DateQueryProblem.EMPTY:
            return f"Type a year, a month or a day: {ACCEPTED_FORMS}."
        if problem is DateQueryProblem.UNKNOWN_MONTH_NAME:
            return f"{self.text}: '{self.word}' is not a month name."
        if problem is DateQueryProblem.NO_SUCH_MONTH:
            return f"{self.text}: there is no month {self.month}; months go from 1 to 12."
        if problem is DateQueryProblem.NO_SUCH_DAY:
            return f"{self.text}: {MONTH_NAMES[self.month - 1]} {self.year} has no day {self.day}."
        if problem is DateQueryProblem.OUT_OF_RANGE:
            return f"{self.text}: {self.year} is outside the timeline ({FIRST_YEAR}–{LAST_YEAR})."
        return f"'{self.text}' is not a date I understand. Try {ACCEPTED_FORMS}."


def _checked(text: str, year: int, month: int = 1, day: int = 1) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateQueryError(DateQueryProblem.OUT_OF_RANGE, text, year=year)
    if not 1 <= month <= 12:
        raise DateQueryError(DateQueryProblem.NO_SUCH_MONTH, text, year=year, month=month)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateQueryError(DateQueryProblem.NO_SUCH_DAY, text, year=year, month=month, day=day)
    return date(year, month, day)


@cache
def month_words() -> dict[str, int]:
    """Every month name the reader may type, lower case without a final dot, in all languages:
    CLDR's wide and abbreviated names in both cases ("август", "августа", "авг", "тамыз",
    "там", "八月"), and the first three letters of the wide names ("сен", "sep")."""
    words: dict[str, int] = {"sept": 9}
    for language in DATE_LANGUAGES:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in enumerate(month_names(language, context, width), start=1):
                    words.setdefault(name.lower().rstrip("."), number)
                    if width == "wide" and language != "zh":
                        words.setdefault(name.lower()[:3], number)
    return words


def _month(text: str, word: str) -> int:
    number = month_words().get(word.lower().rstrip("."))
    if number is None:
        raise DateQueryError(DateQueryProblem.UNKNOWN_MONTH_NAME, text, word=word)
    return number


def _month_range(text: str, year: int, month: int) -> tuple[date, date]:
    first = _checked(text, year, month)
    return first, date(year, month, calendar.monthrange(year, month)[1])


def parse_date_query(text: str) -> tuple[date, date]:
    """The days to show for a year, a month or a day in any of ACCEPTED_FORMS (and a few more).

    Numeric days are read day first (31.08.2015, 31/08/2015), as written in Kazakhstan, Russia
    and most of Europe; only year-first forms (2015-08-31, 2015/08/31) put the month first.
    A day is shown with two weeks either side so its neighbours are visible too.
    """
    return _parse(text, _around)


def parse_date_span(text: str) -> tuple[date, date]:
    """The first and last day of the year, month or day typed (as parse_date_query reads it;
    a day is that day alone): the ends of a range typed as two dates."""
    return _parse(text, lambda day: (day, day))


def _parse(text: str, around: Callable[[date], tuple[date, date]]) -> tuple[date, date]:
    typed = text.strip()
    cleaned = " ".join(typed.replace(",", " ").split())
    if match := _CHINESE.fullmatch(cleaned):  # 2015年, 2015年8月, 2015年8月10日
        year, month, day = (int(part) if part else 0 for part in match.groups())
        if not month:
            return _checked(typed, year), _checked(typed, year, 12, 31)
        if not day:
            return _month_range(typed, year, month)
        return around(_checked(typed, year, month, day))
    cleaned = _YEAR_WORD.sub(r"\1", cleaned).strip()
    if match := re.fullmatch(rf"(\d{{4}})\s+(\d{{1,2}})\s+({_WORD})", cleaned):  # 2015 10 тамыз
        cleaned = f"{match.group(1)} {match.group(3)} {match.group(2)}"
    if match := re.fullmatch(rf"(\d{{4}})\s+({_WORD})\s+(\d{{1,2}})", cleaned):  # 2015 тамыз 10
        cleaned = f"{match.group(2)} {match.group(3)} {match.group(1)}"
    if match := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", cleaned):  # 31.08.2015
        cleaned = f"{match.group(3)}-{match.group(2)}-{match.group(1)}"
    if match := re.fullmatch(r"(\d{1,2})[./](\d{4})", cleaned):  # 08.2015
        cleaned = f"{match.group(2)}-{match.group(1)}"
    cleaned = re.sub(
        r"^(\d{4})/(\d{1,2})(?:/(\d{1,2}))?$",
        lambda m: "-".join(g for g in m.groups() if g),
        cleaned,
    )
    if match := re.fullmatch(rf"(\d{{4}})\s+({_WORD})", cleaned):  # 2015 August
        cleaned = f"{match.group(2)} {match.group(1)}"
    if not cleaned:
        raise DateQueryError(DateQueryProblem.EMPTY, typed)
    if match := re.fullmatch(r"(\d{4})", cleaned):
        year = int(match.group(1))
        return _checked(typed, year), _checked(typed, year, 12, 31)
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})", cleaned):
        return _month_range(typed, int(match.group(1)), int(match.group(2)))
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned):
        year, month, day = (int(part) for part in match.groups())
        return around(_checked(typed, year, month, day))
    if match := re.fullmatch(rf"({_WORD})\s+(\d{{4}})", cleaned):
        return _month_range(typed, int(match.group(2)), _month(typed, match.group(1)))
    if match := re.fullmatch(rf"(\d{{1,2}})\s+({_WORD})\s+(\d{{4}})", cleaned):
        month = _month(typed, match.group(2))
        return around(_checked(typed, int(match.group(3)), month, int(match.group(1))))
    if match := re.fullmatch(rf"({_WORD})\s+(\d{{1,2}})\s+(\d{{4}})", cleaned):
        month = _month(typed, match.group(1))
        return around(_checked(typed, int(match.group(3)), month, int(match.group(2))))
    raise DateQueryError(DateQueryProblem.UNREADABLE, typed)


def _around(day: date) -> tuple[date, date]:
    first = EVERY_DAY.first + max(day - EVERY_DAY.first, timedelta(days=14)) - timedelta(days=14)
    last = EVERY_DAY.last - max(EVERY_DAY.last - day, timedelta(days=14)) + timedelta(days=14)
    return first, last
