"""Axis ticks that adapt to the zoom: decades, years, months or days, never overlapping.

The axis has two tiers: minor ticks at the finest unit whose labels fit, and major
ticks one unit coarser that give the context ("2005" above months, "March 2005" above days).
Label widths come from a ``measure`` callable so this stays free of Qt fonts. Labels are in the
date language ("авг.", "8月", "2017年6月"), and the spacing is chosen from their measured widths, so
a language with longer names gets coarser ticks rather than overlapping ones.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from timeline_app.domain.dates import date_language, format_point, month_name
from timeline_app.domain.models import DatePrecision

#: Minimum free pixels between neighbouring labels.
LABEL_GAP = 14.0


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at the start of a calendar period, with its label."""

    day: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    """Minor and major ticks for one visible window; ``unit`` names the minor unit and
    ``language`` the date language of the labels."""

    unit: str
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]
    language: str = "en"


@dataclass(frozen=True, slots=True)
class _Unit:
    """A tick spacing candidate: its kind, step and the shortest gap it yields."""

    kind: str  # "day", "month" or "year"
    step: int
    min_days: float
    days_of_month: tuple[int, ...] = ()


_UNITS: tuple[_Unit, ...] = (
    _Unit("day", 1, 1),
    _Unit("day", 7, 6, (1, 8, 15, 22)),
    _Unit("day", 15, 13, (1, 15)),
    _Unit("month", 1, 28),
    _Unit("month", 3, 89),
    _Unit("month", 6, 181),
    _Unit("year", 1, 365),
    _Unit("year", 2, 730),
    _Unit("year", 5, 1826),
    _Unit("year", 10, 3652),
    _Unit("year", 20, 7305),
    _Unit("year", 50, 18262),
    # Collections may span millennia (years 1–9999).
    _Unit("year", 100, 36524),
    _Unit("year", 200, 73048),
    _Unit("year", 500, 182621),
    _Unit("year", 1000, 365242),
)
#: The last year a date can have.
LAST_YEAR = date.max.year


def day_label(day: int, language: str) -> str:
    """A day-of-month tick: '28', or '28日' in Chinese."""
    return f"{day}日" if language == "zh" else str(day)


def month_label(month: int, language: str) -> str:
    """A month tick: the abbreviated stand-alone name ('Sep', 'сент.', 'қыр.', '9月')."""
    return month_name(month, abbreviated=True, language=language)


def year_label(year: int, language: str) -> str:
    """A year tick: the bare number, as axes write it, or '2017年' in Chinese."""
    return f"{year}年" if language == "zh" else str(year)


def _widest_label(kind: str, measure: Callable[[str], float], language: str) -> float:
    """The widest label a unit of that kind may have to show."""
    if kind == "day":
        return max(measure(day_label(day, language)) for day in (22, 28))
    if kind == "month":
        return max(measure(month_label(month, language)) for month in range(1, 13))
    return measure(year_label(2000, language))


def choose_unit(
    pixels_per_day: float, measure: Callable[[str], float], language: str | None = None
) -> _Unit:
    """The finest unit whose shortest interval still leaves room for its widest label."""
    code = language or date_language()
    widths = {kind: _widest_label(kind, measure, code) for kind in ("day", "month", "year")}
    for unit in _UNITS:
        if unit.min_days * pixels_per_day >= widths[unit.kind] + LABEL_GAP:
            return unit
    return _UNITS[-1]


def _day_ticks(first: date, last: date, unit: _Unit, language: str) -> Iterator[Tick]:
    cursor = first.toordinal()
    while cursor <= last.toordinal():
        day = date.fromordinal(cursor)
        if not unit.days_of_month or day.day in unit.days_of_month:
            yield Tick(float(cursor), day_label(day.day, language))
        cursor += 1


def _month_starts(first: date, last: date, step: int) -> Iterator[date]:
    index = first.year * 12 + first.month - 1
    index -= index % step
    while True:
        year, month0 = divmod(index, 12)
        if year > LAST_YEAR:
            return
        start = date(max(year, 1), month0 + 1, 1)
        if start > last:
            return
        yield start
        index += step


def _year_starts(first: date, last: date, step: int) -> Iterator[date]:
    year = first.year - first.year % step
    if year < 1:  # there is no year 0: a step's first tick is the year ``step``
        year += step
    while year <= last.year and year <= LAST_YEAR:
        yield date(year, 1, 1)
        year += step


def _minor_ticks(first: date, last: date, unit: _Unit, language: str) -> list[Tick]:
    if unit.kind == "day":
        return list(_day_ticks(first, last, unit, language))
    if unit.kind == "month":
        return [
            Tick(float(d.toordinal()), month_label(d.month, language))
            for d in _month_starts(first, last, unit.step)
        ]
    return [
        Tick(float(d.toordinal()), year_label(d.year, language))
        for d in _year_starts(first, last, unit.step)
    ]


def _month_variants(day: date, language: str) -> list[str]:
    """A month's major labels from the longest to the shortest: 'June 2017', 'Jun 2017', 'Jun'
    ('2017' for January, so the year change shows)."""
    full = format_point(day, DatePrecision.MONTH, language=language)
    short = month_label(day.month, language)
    shortest = short if day.month != 1 else year_label(day.year, language)
    if language == "zh":  # '2017年6月' is already short
        return [full, full, shortest]
    return [full, f"{short} {day.year}", shortest]


def _major_ticks(
    first: date, last: date, unit: _Unit, language: str
) -> list[tuple[date, list[str]]]:
    """Major tick dates, each with label variants from the longest to the shortest."""
    if unit.kind == "day":
        return [(d, _month_variants(d, language)) for d in _month_starts(first, last, 1)]
    if unit.kind == "month":
        return [(d, [year_label(d.year, language)]) for d in _year_starts(first, last, 1)]
    return []


def _fit_major(
    majors: list[tuple[date, list[str]]], pixels_per_day: float, measure: Callable[[str], float]
) -> list[Tick]:
    """The longest label variant that fits between every pair of neighbouring major ticks."""
    if not majors:
        return []
    if len(majors) == 1:
        return [Tick(float(majors[0][0].toordinal()), majors[0][1][0])]
    gap = min(
        (b[0].toordinal() - a[0].toordinal()) * pixels_per_day
        for a, b in itertools.pairwise(majors)
    )
    variants = len(majors[0][1])
    for variant in range(variants):
        widest = max(measure(labels[variant]) for _, labels in majors)
        if widest + LABEL_GAP <= gap or variant == variants - 1:
            ticks = [Tick(float(day.toordinal()), labels[variant]) for day, labels in majors]
            if variant == variants - 1 > 0:  # the first label gives context: keep its year
                ticks[0] = Tick(ticks[0].day, majors[0][1][variant - 1])
            return ticks
    return []


def _without_overlaps(
    ticks: list[Tick], x_of: Callable[[float], float], measure: Callable[[str], float]
) -> tuple[Tick, ...]:
    """Drop any label that would touch the previous kept one (a last guard, rarely needed)."""
    kept: list[Tick] = []
    right_edge = float("-inf")
    for tick in ticks:
        left = x_of(tick.day)
        if left >= right_edge:
            kept.append(tick)
            right_edge = left + measure(tick.label) + LABEL_GAP
    return tuple(kept)


def axis_ticks(
    start_day: float,
    end_day: float,
    pixels_per_day: float,
    measure: Callable[[str], float],
    *,
    language: str | None = None,
) -> AxisTicks:
    """Ticks for the window [start_day, end_day) at the given zoom, labelled in ``language``
    (the current date language unless given)."""
    code = language or date_language()
    unit = choose_unit(pixels_per_day, measure, code)
    last_day = date.max.toordinal()
    first = date.fromordinal(min(max(1, int(start_day // 1)), last_day))
    last = date.fromordinal(min(max(1, int(end_day // 1)), last_day))

    def x_of(day: float) -> float:
        return (day - start_day) * pixels_per_day

    minor = _without_overlaps(_minor_ticks(first, last, unit, code), x_of, measure)
    # Major ticks start at the period containing the window's start, so it has its label.
    majors = _major_ticks(
        date(first.year, 1, 1) if unit.kind == "month" else first.replace(day=1),
        last,
        unit,
        code,
    )
    major = _without_overlaps(_fit_major(majors, pixels_per_day, measure), x_of, measure)
    return AxisTicks(unit=f"{unit.kind}:{unit.step}", minor=minor, major=major, language=code)
