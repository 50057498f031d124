"""Go to Date: day-first numeric dates and errors that say exactly what is wrong."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.date_query import (
    DateQueryError,
    DateQueryProblem,
    parse_date_query,
    parse_date_span,
)

AROUND_31_AUGUST_2015 = (date(2015, 8, 17), date(2015, 9, 14))
AUGUST_2015 = (date(2015, 8, 1), date(2015, 8, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.08.2015", AROUND_31_AUGUST_2015),
        ("31/08/2015", AROUND_31_AUGUST_2015),
        ("31.8.2015", AROUND_31_AUGUST_2015),
        (" 31/08/2015 ", AROUND_31_AUGUST_2015),
        ("08.2015", AUGUST_2015),
        ("08/2015", AUGUST_2015),
        ("8/2015", AUGUST_2015),
        # The forms that worked before still do.
        ("2015", (date(2015, 1, 1), date(2015, 12, 31))),
        ("2015-08", AUGUST_2015),
        ("August 2015", AUGUST_2015),
        ("2015-08-31", AROUND_31_AUGUST_2015),
    ],
)
def test_day_first_and_month_year_forms(text: str, expected: tuple[date, date]) -> None:
    assert parse_date_query(text) == expected


def test_numeric_days_are_read_day_first() -> None:
    # 03/04/2015 is 3 April in Kazakhstan and Russia, never 4 March.
    assert parse_date_query("03/04/2015") == (date(2015, 3, 20), date(2015, 4, 17))


@pytest.mark.parametrize(
    ("text", "problem", "message"),
    [
        ("31.02.2015", DateQueryProblem.NO_SUCH_DAY, "31.02.2015: February 2015 has no day 31."),
        ("31/02/2015", DateQueryProblem.NO_SUCH_DAY, "31/02/2015: February 2015 has no day 31."),
        ("29.02.2015", DateQueryProblem.NO_SUCH_DAY, "29.02.2015: February 2015 has no day 29."),
        ("31.13.2015", DateQueryProblem.NO_SUCH_MONTH, "31.13.2015: there is no month 13"),
        ("13.2015", DateQueryProblem.NO_SUCH_MONTH, "13.2015: there is no month 13"),
        ("31.08.0000", DateQueryProblem.OUT_OF_RANGE, "0 is outside the timeline (1–9999)"),
        ("2015.08.31.", DateQueryProblem.UNREADABLE, "'2015.08.31.' is not a date I understand"),
        ("", DateQueryProblem.EMPTY, "Type a year"),
    ],
)
def test_impossible_dates_are_explained(text: str, problem: DateQueryProblem, message: str) -> None:
    with pytest.raises(DateQueryError) as caught:
        parse_date_query(text)
    assert caught.value.problem is problem
    assert message in str(caught.value)


def test_a_leap_day_is_a_day() -> None:
    assert parse_date_query("29.02.2016")[0] == date(2016, 2, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1066", (date(1066, 1, 1), date(1066, 12, 31))),
        ("0005", (date(5, 1, 1), date(5, 12, 31))),
        ("12.9999", (date(9999, 12, 1), date(9999, 12, 31))),
        ("31.12.9999", (date(9999, 12, 17), date(9999, 12, 31))),
        ("01.01.0001", (date(1, 1, 1), date(1, 1, 15))),
        ("14.10.1066", (date(1066, 9, 30), date(1066, 10, 28))),
    ],
)
def test_any_year_from_1_to_9999_is_accepted(text: str, expected: tuple[date, date]) -> None:
    # Collections may lie anywhere in years 1–9999; the days around a day stop at their ends.
    assert parse_date_query(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010", (date(2010, 1, 1), date(2010, 12, 31))),
        ("2010-05", (date(2010, 5, 1), date(2010, 5, 31))),
        ("May 2010", (date(2010, 5, 1), date(2010, 5, 31))),
        ("31.08.2015", (date(2015, 8, 31), date(2015, 8, 31))),
        ("2015年8月10日", (date(2015, 8, 10), date(2015, 8, 10))),
    ],
)
def test_a_span_is_what_was_typed_a_day_without_the_weeks_around(
    text: str, expected: tuple[date, date]
) -> None:
    assert parse_date_span(text) == expected
    assert parse_date_query(text)[0] <= expected[0]


def test_a_span_explains_a_bad_date_as_the_query_does() -> None:
    with pytest.raises(DateQueryError) as caught:
        parse_date_span("31.02.2015")
    assert caught.value.problem is DateQueryProblem.NO_SUCH_DAY
