"""Back/Forward history and the Go-to-date parser."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.date_query import DateQueryError, parse_date_query
from timeline_app.domain.view_history import ViewHistory, ViewPlace


def test_history_goes_back_and_forward_and_forgets_forward_on_a_new_visit() -> None:
    history = ViewHistory()
    a, b, c, d = (ViewPlace(n, n + 10, f"e{n}") for n in range(4))
    for place in (a, b, c):
        history.visit(place)
    assert history.back() == b and history.back() == a and history.back() is None
    assert history.forward() == b
    history.visit(d)
    assert not history.can_go_forward()
    assert history.back() == b
    assert not history.visit(b)  # the same place twice is one entry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015", (date(2015, 1, 1), date(2015, 12, 31))),
        ("2015-08", (date(2015, 8, 1), date(2015, 8, 31))),
        ("Aug 2015", (date(2015, 8, 1), date(2015, 8, 31))),
        ("february 2024", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2015-08-31", (date(2015, 8, 17), date(2015, 9, 14))),
        ("31 August 2015", (date(2015, 8, 17), date(2015, 9, 14))),
        ("Sept. 17, 2017", (date(2017, 9, 3), date(2017, 10, 1))),
        ("1992-01-03", (date(1991, 12, 20), date(1992, 1, 17))),
    ],
)
def test_go_to_date_understands_common_forms(text: str, expected: tuple[date, date]) -> None:
    assert parse_date_query(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Type a year"),
        ("0000", "outside the timeline"),
        ("2015-02-30", "February 2015 has no day 30"),
        ("Smarch 2015", "not a month"),
        ("next tuesday", "not a date I understand"),
    ],
)
def test_go_to_date_explains_what_it_cannot_read(text: str, message: str) -> None:
    with pytest.raises(DateQueryError, match=message):
        parse_date_query(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015 August", (date(2015, 8, 1), date(2015, 8, 31))),
        ("31.08.2015", (date(2015, 8, 17), date(2015, 9, 14))),
        ("2015/08/31", (date(2015, 8, 17), date(2015, 9, 14))),
        ("2015/08", (date(2015, 8, 1), date(2015, 8, 31))),
    ],
)
def test_go_to_date_reads_other_common_forms(text: str, expected: tuple[date, date]) -> None:
    assert parse_date_query(text) == expected
