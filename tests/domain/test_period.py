"""The curated period is defined once, and everything that bounds time follows it."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.date_query import DateQueryError, parse_date_query
from timeline_app.domain.period import CURATED_PERIOD
from timeline_app.domain.time_scale import TimeScale


def test_the_curated_period_is_1992_to_2024() -> None:
    assert (CURATED_PERIOD.first, CURATED_PERIOD.last) == (date(1992, 1, 1), date(2024, 12, 31))
    assert CURATED_PERIOD.label == "1992–2024"
    assert date(2024, 12, 31) in CURATED_PERIOD and date(2025, 1, 1) not in CURATED_PERIOD


def test_fit_all_shows_exactly_the_period() -> None:
    scale = TimeScale(0.0, 1.0, 1000.0).fit_all()
    assert scale.visible_dates() == (CURATED_PERIOD.first, CURATED_PERIOD.last)


@pytest.mark.parametrize("year", [CURATED_PERIOD.first_year - 1, CURATED_PERIOD.last_year + 1])
def test_go_to_date_goes_beyond_the_period(year: int) -> None:
    # The user's collections may lie anywhere in years 1–9999.
    assert parse_date_query(str(year)) == (date(year, 1, 1), date(year, 12, 31))


def test_go_to_date_refuses_year_0() -> None:
    with pytest.raises(DateQueryError):
        parse_date_query("0000")


def test_go_to_date_reaches_both_ends_of_the_period() -> None:
    assert parse_date_query(str(CURATED_PERIOD.first_year))[0] == CURATED_PERIOD.first
    assert parse_date_query(str(CURATED_PERIOD.last_year))[1] == CURATED_PERIOD.last
