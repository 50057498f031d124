"""Axis ticks adapt to the zoom and never overlap."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.axis_ticks import LABEL_GAP, axis_ticks
from timeline_app.domain.time_scale import TimeScale


def measure(text: str) -> float:
    return 7.0 * len(text)


def ticks_for(first: date, last: date, width: float = 1200.0):  # type: ignore[no-untyped-def]
    scale = TimeScale(0, 1, width).with_dates(first, last)
    return scale, axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure)


@pytest.mark.parametrize(
    ("first", "last", "unit_kind"),
    [
        (date(1992, 1, 1), date(2024, 12, 31), "year"),
        (date(2010, 1, 1), date(2012, 12, 31), "month"),
        (date(2017, 6, 1), date(2017, 6, 30), "day"),
    ],
)
def test_unit_follows_zoom(first: date, last: date, unit_kind: str) -> None:
    _, ticks = ticks_for(first, last)
    assert ticks.unit.startswith(unit_kind)


def test_months_have_years_above_and_days_have_months_above() -> None:
    _, months = ticks_for(date(2010, 3, 1), date(2012, 8, 31))
    assert months.unit == "month:1"
    assert [t.label for t in months.major] == ["2010", "2011", "2012"]
    _, days = ticks_for(date(2017, 6, 20), date(2017, 7, 10))
    assert [t.label for t in days.major] == ["June 2017", "July 2017"]
    assert "1" in [t.label for t in days.minor]


@pytest.mark.parametrize("span_days", [1, 2, 5, 12, 40, 100, 400, 1500, 5000, 12053])
@pytest.mark.parametrize("width", [300.0, 800.0, 1600.0])
def test_minor_labels_never_overlap(span_days: int, width: float) -> None:
    start = date(1995, 3, 7).toordinal()
    scale = TimeScale(0, 1, width).with_window(start, start + span_days)
    ticks = axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure)
    lefts = [(t.day - scale.start) * scale.pixels_per_day for t in ticks.minor]
    for (left, tick), next_left in zip(
        zip(lefts, ticks.minor, strict=True), lefts[1:], strict=False
    ):
        assert left + measure(tick.label) + LABEL_GAP <= next_left + 1e-6
    assert ticks.minor, "every zoom shows at least one labelled tick"


@pytest.mark.parametrize("span_days", [20, 60, 120, 180, 300, 545, 800, 2000])
@pytest.mark.parametrize("width", [400.0, 1000.0, 1400.0])
def test_major_labels_never_overlap(span_days: int, width: float) -> None:
    start = date(2016, 10, 1).toordinal()
    scale = TimeScale(0, 1, width).with_window(start, start + span_days)
    ticks = axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure)
    lefts = [(t.day - scale.start) * scale.pixels_per_day for t in ticks.major]
    for left, tick, next_left in zip(lefts, ticks.major, lefts[1:], strict=False):
        assert left + measure(tick.label) + LABEL_GAP <= next_left + 1e-6


def test_crowded_month_labels_are_abbreviated() -> None:
    start = date(2016, 10, 1).toordinal()
    scale = TimeScale(0, 1, 1400.0).with_window(start, start + 545)
    ticks = axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure)
    assert ticks.unit.startswith("day")
    labels = [tick.label for tick in ticks.major]
    assert "Jan 2017" in labels or "2017" in labels
    assert all(len(label) <= len("Sep 2017") for label in labels)
