"""Axis ticks that adapt to the zoom: decades, years, months or days, never overlapping.

The axis has two tiers: minor ticks at the finest unit whose labels fit, and major
ticks one unit coarser that give the context ("2005" above months, "March 2005" above days).
Label widths come from a ``measure`` callable so this stays free of Qt fonts.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from timeline_app.domain.dates import MONTH_ABBREVIATIONS, MONTH_NAMES

#: Minimum free pixels between neighbouring labels.
LABEL_GAP = 14.0


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at the start of a calendar period, with its label."""

    day: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    """Minor and major ticks for one visible window; ``unit`` names the minor unit."""

    unit: str
    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


@dataclass(frozen=True, slots=True)
class _Unit:
    """A tick spacing candidate: its kind, step, the shortest gap it yields and a sample label."""

    kind: str  # "day", "month" or "year"
    step: int
    min_days: float
    sample: str
    days_of_month: tuple[int, ...] = ()


_UNITS: tuple[_Unit, ...] = (
    _Unit("day", 1, 1, "28"),
    _Unit("day", 7, 6, "22", (1, 8, 15, 22)),
    _Unit("day", 15, 13, "15", (1, 15)),
    _Unit("month", 1, 28, "Sep"),
    _Unit("month", 3, 89, "Sep"),
    _Unit("month", 6, 181, "Sep"),
    _Unit("year", 1, 365, "2000"),
    _Unit("year", 2, 730, "2000"),
    _Unit("year", 5, 1826, "2000"),
    _Unit("year", 10, 3652, "2000"),
    _Unit("year", 20, 7305, "2000"),
    _Unit("year", 50, 18262, "2000"),
)


def choose_unit(pixels_per_day: float, measure: Callable[[str], float]) -> _Unit:
    """The finest unit whose shortest interval still leaves room for its label."""
    for unit in _UNITS:
        if unit.min_days * pixels_per_day >= measure(unit.sample) + LABEL_GAP:
            return unit
    return _UNITS[-1]


def _day_ticks(first: date, last: date, unit: _Unit) -> Iterator[Tick]:
    cursor = first.toordinal()
    while cursor <= last.toordinal():
        day = date.fromordinal(cursor)
        if not unit.days_of_month or day.day in unit.days_of_month:
            yield Tick(float(cursor), str(day.day))
        cursor += 1


def _month_starts(first: date, last: date, step: int) -> Iterator[date]:
    index = first.year * 12 + first.month - 1
    index -= index % step
    while True:
        year, month0 = divmod(index, 12)
        start = date(year, month0 + 1, 1)
        if start > last:
            return
        yield start
        index += step


def _year_starts(first: date, last: date, step: int) -> Iterator[date]:
    year = first.year - first.year % step
    while year <= last.year and year <= 9999:
        yield date(year, 1, 1)
        year += step


def _minor_ticks(first: date, last: date, unit: _Unit) -> list[Tick]:
    if unit.kind == "day":
        return list(_day_ticks(first, last, unit))
    if unit.kind == "month":
        return [
            Tick(float(d.toordinal()), MONTH_ABBREVIATIONS[d.month - 1])
            for d in _month_starts(first, last, unit.step)
        ]
    return [Tick(float(d.toordinal()), str(d.year)) for d in _year_starts(first, last, unit.step)]


def _major_ticks(first: date, last: date, unit: _Unit) -> list[tuple[date, list[str]]]:
    """Major tick dates, each with label variants from the longest to the shortest."""
    if unit.kind == "day":
        return [
            (
                d,
                [
                    f"{MONTH_NAMES[d.month - 1]} {d.year}",
                    f"{MONTH_ABBREVIATIONS[d.month - 1]} {d.year}",
                    MONTH_ABBREVIATIONS[d.month - 1] if d.month != 1 else str(d.year),
                ],
            )
            for d in _month_starts(first, last, 1)
        ]
    if unit.kind == "month":
        return [(d, [str(d.year)]) for d in _year_starts(first, last, 1)]
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
) -> AxisTicks:
    """Ticks for the window [start_day, end_day) at the given zoom."""
    unit = choose_unit(pixels_per_day, measure)
    first = date.fromordinal(max(1, int(start_day // 1)))
    last = date.fromordinal(max(1, int(end_day // 1)))

    def x_of(day: float) -> float:
        return (day - start_day) * pixels_per_day

    minor = _without_overlaps(_minor_ticks(first, last, unit), x_of, measure)
    # Major ticks start at the period containing the window's start, so it has its label.
    majors = _major_ticks(
        date(first.year, 1, 1) if unit.kind == "month" else first.replace(day=1), last, unit
    )
    major = _without_overlaps(_fit_major(majors, pixels_per_day, measure), x_of, measure)
    return AxisTicks(unit=f"{unit.kind}:{unit.step}", minor=minor, major=major)
