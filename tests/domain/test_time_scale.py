"""The pure date <-> pixel scale: zoom around an anchor, pan, clamps."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.domain.time_scale import MIN_SPAN_DAYS, TimeScale


def full_scale(width: float = 1000.0) -> TimeScale:
    return TimeScale(0, 1, width).fit_all()


def test_full_scale_shows_1992_to_2024() -> None:
    assert full_scale().visible_dates() == (date(1992, 1, 1), date(2024, 12, 31))


def test_with_dates_round_trips() -> None:
    scale = full_scale().with_dates(date(2017, 6, 10), date(2017, 9, 10))
    assert scale.visible_dates() == (date(2017, 6, 10), date(2017, 9, 10))


@given(
    factor=st.floats(min_value=0.05, max_value=20.0),
    anchor=st.floats(min_value=0.0, max_value=1000.0),
)
def test_zoom_keeps_the_day_under_the_anchor(factor: float, anchor: float) -> None:
    scale = full_scale().with_dates(date(2000, 1, 1), date(2010, 12, 31))
    day = scale.day_at(anchor)
    zoomed = scale.zoomed(factor, anchor)
    # Unless a clamp stopped it (whole domain reached, or pushed back inside), the day stays put.
    clamped = zoomed.span in (scale.domain_end - scale.domain_start, MIN_SPAN_DAYS) or (
        zoomed.start == scale.domain_start or zoomed.end == scale.domain_end
    )
    if not clamped:
        assert zoomed.day_at(anchor) == pytest.approx(day, abs=1e-6)
        assert zoomed.span == pytest.approx(scale.span / factor)


def test_zoom_in_is_limited_to_one_day() -> None:
    scale = full_scale()
    for _ in range(200):
        scale = scale.zoomed(2.0, 500)
    assert scale.span == pytest.approx(MIN_SPAN_DAYS)


def test_zoom_out_stops_at_the_whole_period() -> None:
    scale = full_scale().with_dates(date(2005, 1, 1), date(2005, 1, 31)).zoomed(0.0001, 10)
    assert scale.visible_dates() == (date(1992, 1, 1), date(2024, 12, 31))


def test_pan_moves_and_stays_inside_the_period() -> None:
    scale = full_scale().with_dates(date(2005, 1, 1), date(2005, 12, 31))
    moved = scale.panned_by_pixels(-100)  # drag left: later dates come into view
    assert moved.start > scale.start
    assert moved.span == pytest.approx(scale.span)
    far = scale.panned_by_days(100_000)
    assert far.visible_dates()[1] == date(2024, 12, 31)
    assert far.span == pytest.approx(scale.span)
    before = scale.panned_by_days(-100_000)
    assert before.visible_dates()[0] == date(1992, 1, 1)


def test_centred_on() -> None:
    scale = full_scale().with_dates(date(2005, 1, 1), date(2005, 1, 10))
    centred = scale.centred_on(date(2010, 5, 5).toordinal() + 0.5)
    assert centred.visible_dates()[0] <= date(2010, 5, 5) <= centred.visible_dates()[1]


def test_zero_factor_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        full_scale().zoomed(0)
