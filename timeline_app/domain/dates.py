"""Calendar dates as the sources state them: formatting by precision, and day numbers for the axis.

Dates are plain calendar dates (``datetime.date``), never time-zone-bound timestamps, so no
time-zone conversion can move an event to the neighbouring day.

Every date is written in the current date language (``set_date_language``; English unless the
window sets another), or in the one a formatter's ``language=`` names. Month names come from
CLDR (Babel); how they combine with days and years is in ``date_words``.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from timeline_app.domain.date_words import (
    CHINESE_QUALIFIERS,
    CHINESE_RANGE,
    DATE_LANGUAGES,
    DAY_FIRST_PATTERNS,
    EN_DASH,
    QUALIFIER_KEYS,
    RUSSIAN_DATIVE_MONTHS,
    DatePatterns,
    month_names,
)
from timeline_app.domain.models import DatePrecision

#: English month names (the data's own language, and the names the log and CLI use).
MONTH_NAMES = month_names("en", "format", "wide")
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)

#: Qualifiers the data may put before a date, as stored (and written in English).
QUALIFIERS = QUALIFIER_KEYS

_current_language = DATE_LANGUAGES[0]


def set_date_language(code: str) -> None:
    """Write every date from now on in ``code`` (one of DATE_LANGUAGES)."""
    global _current_language  # noqa: PLW0603 - the one process-wide reading language
    if code not in DATE_LANGUAGES:
        raise ValueError(f"no date language {code!r}; expected one of {DATE_LANGUAGES}")
    _current_language = code


def date_language() -> str:
    """The language dates are written in unless a formatter is told otherwise."""
    return _current_language


def _language(language: str | None) -> str:
    if language is None:
        return _current_language
    if language not in DATE_LANGUAGES:
        raise ValueError(f"no date language {language!r}; expected one of {DATE_LANGUAGES}")
    return language


def month_name(
    month: int,
    *,
    standalone: bool = True,
    abbreviated: bool = False,
    language: str | None = None,
) -> str:
    """A month's name: on its own ('август', 'авг.') or inside a date ('августа')."""
    names = month_names(
        _language(language),
        "stand-alone" if standalone else "format",
        "abbreviated" if abbreviated else "wide",
    )
    return names[month - 1]


def day_number(day: date) -> int:
    """Days since 1 January of year 1 (the proleptic Gregorian ordinal)."""
    return day.toordinal()


def from_day_number(number: float) -> date:
    """The calendar date containing the (possibly fractional) day number."""
    return date.fromordinal(int(number // 1))


# ----- day-first languages: English, Kazakh, Russian -----


def _month_word(month: int, language: str, case: str) -> str:
    """The month of a month-precision date, in the case the qualifier around it asks for."""
    if language == "ru" and case == "dative":
        return RUSSIAN_DATIVE_MONTHS[month - 1]
    context = "format" if case == "genitive" else DAY_FIRST_PATTERNS[language].month_context
    return month_names(language, context, "wide")[month - 1]


def _day_month(day: date, language: str) -> str:
    return f"{day.day} {month_names(language, 'format', 'wide')[day.month - 1]}"


def _point(day: date, precision: DatePrecision, language: str, case: str) -> str:
    patterns = DAY_FIRST_PATTERNS[language]
    year = f"{day.year}{patterns.year_suffix}"
    if precision is DatePrecision.YEAR:
        return year
    if precision is DatePrecision.MONTH:
        return f"{_month_word(day.month, language, case)} {year}"
    return f"{_day_month(day, language)} {year}"


def _range(start: date, end: date, precision: DatePrecision, language: str, case: str) -> str:
    """A span, without repeating what both ends share ('7–10 June 2017', '2007–2012 гг.')."""
    patterns: DatePatterns = DAY_FIRST_PATTERNS[language]
    if precision is DatePrecision.YEAR:
        if start.year == end.year:
            return _point(start, precision, language, case)
        return f"{start.year}{EN_DASH}{end.year}{patterns.years_suffix}"
    year = f"{end.year}{patterns.year_suffix}"
    whole = f"{_point(start, precision, language, case)} {EN_DASH} "
    whole += _point(end, precision, language, case)
    if precision is DatePrecision.MONTH:
        if start.year != end.year:
            return whole
        if start.month == end.month:
            return _point(start, precision, language, case)
        first = _month_word(start.month, language, case)
        return f"{first}{EN_DASH}{_month_word(end.month, language, case)} {year}"
    if start.year != end.year:
        return whole
    if start.month != end.month:
        return f"{_day_month(start, language)} {EN_DASH} {_day_month(end, language)} {year}"
    if start.day == end.day:
        return _point(start, precision, language, case)
    months = month_names(language, "format", "wide")
    return f"{start.day}{EN_DASH}{end.day} {months[end.month - 1]} {year}"


# ----- Chinese: year first, the units written after each number -----


def _zh_parts(day: date, precision: DatePrecision) -> tuple[str, str, str]:
    if precision is DatePrecision.YEAR:
        return f"{day.year}年", "", ""
    if precision is DatePrecision.MONTH:
        return f"{day.year}年", f"{day.month}月", ""
    return f"{day.year}年", f"{day.month}月", f"{day.day}日"


def _zh_range(start: date, end: date, precision: DatePrecision) -> str:
    """'2017年6月7日至10日': the end drops the leading parts it shares with the start."""
    first, last = _zh_parts(start, precision), _zh_parts(end, precision)
    if first == last:
        return "".join(first)
    shared = 0
    while first[shared] == last[shared]:
        shared += 1
    return "".join(first) + CHINESE_RANGE + "".join(last[shared:])


# ----- the formatters everyone calls -----


def format_point(day: date, precision: DatePrecision, *, language: str | None = None) -> str:
    """One date at its precision: '10 August 1992', 'June 2024', '2015' (or '1992年8月10日')."""
    code = _language(language)
    if code == "zh":
        return "".join(_zh_parts(day, precision))
    return _point(day, precision, code, "nominative")


def format_event_date(
    start: date,
    end: date | None,
    precision: DatePrecision,
    *,
    approximate: bool = False,
    qualifier: str = "",
    language: str | None = None,
) -> str:
    """An event's date as a reader expects it, e.g. 'c. 2007' or '10 June – 10 September 2017'.

    An approximate date with no explicit qualifier reads 'c. …', so a vague date never looks exact.
    ``qualifier`` is one of QUALIFIERS, as stored in the data.
    """
    code = _language(language)
    key = qualifier or ("c." if approximate else "")
    if code == "zh":
        text = (
            _zh_range(start, end, precision)
            if end is not None
            else "".join(_zh_parts(start, precision))
        )
        return CHINESE_QUALIFIERS[key].template.format(date=text) if key else text
    patterns = DAY_FIRST_PATTERNS[code]
    wrapper = patterns.qualifiers.get(key)
    case = wrapper.month_case if wrapper else "nominative"
    text = (
        _range(start, end, precision, code, case)
        if end is not None
        else _point(start, precision, code, case)
    )
    return wrapper.template.format(date=text) if wrapper else text


def as_of_text(day: date, precision: DatePrecision, *, language: str | None = None) -> str:
    """The date a figure holds at: 'as of 20 June 2024', 'на 20 июня 2024 г.',
    '截至2024年6月20日'."""
    return format_event_date(day, None, precision, qualifier="as of", language=language)


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


def event_date_text(event: DatedEvent, *, language: str | None = None) -> str:
    """An event's date as a reader expects it ('c. 2007', 'as of 20 June 2024'): the one
    entry point for showing an event's date anywhere."""
    return format_event_date(
        event.start,
        event.end,
        event.precision,
        approximate=event.approximate,
        qualifier=event.qualifier,
        language=language,
    )
