"""Dates as files give them: parts, written dates, times, precision and order."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from tests.interchange.util import day, month, year
from timeline_app.domain.models import DatePrecision
from timeline_app.interchange import FileDate, RefusalReason
from timeline_app.interchange.dates import (
    DateProblemError,
    check_order,
    date_from_parts,
    date_from_text,
    marks_approximate,
    time_from_text,
    to_bool,
)


def test_a_file_date_keeps_the_first_day_of_what_it_states() -> None:
    with pytest.raises(ValueError, match="1 January"):
        FileDate(date(1951, 3, 1), DatePrecision.YEAR)
    with pytest.raises(ValueError, match="the 1st"):
        FileDate(date(1951, 3, 2), DatePrecision.MONTH)
    with pytest.raises(ValueError, match="time of day"):
        FileDate(date(1951, 3, 1), DatePrecision.MONTH, time(10))


@pytest.mark.parametrize(
    ("value", "latest"),
    [
        (year(9999), datetime(9999, 12, 31, 23, 59, 59, 999999)),
        (month(2000, 2), datetime(2000, 2, 29, 23, 59, 59, 999999)),
        (month(9999, 12), datetime(9999, 12, 31, 23, 59, 59, 999999)),
        (day(1, 1, 1), datetime(1, 1, 1, 23, 59, 59, 999999)),
        (day(1, 1, 1, time(8, 30)), datetime(1, 1, 1, 8, 30)),
    ],
)
def test_the_last_moment_a_date_covers(value: FileDate, latest: datetime) -> None:
    assert value.latest() == latest


def test_iso_text() -> None:
    assert [d.iso() for d in (year(7), month(1992, 8), day(1992, 8, 10),
                              day(1992, 8, 10, time(9, 5)), day(1992, 8, 10, time(9, 5, 7)))] == [
        "0007", "1992-08", "1992-08-10", "1992-08-10 09:05", "1992-08-10 09:05:07",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1992", year(1992)),
        (" 1992-8 ", month(1992, 8)),
        ("1992-08-10", day(1992, 8, 10)),
        ("1992-08-10 7:05", day(1992, 8, 10, time(7, 5))),
        ("1992-08-10T07:05:09.250", day(1992, 8, 10, time(7, 5, 9))),
        ("10.08.1992", day(1992, 8, 10)),
        ("8.1992", month(1992, 8)),
        ("", None),
    ],
)
def test_written_dates(written: str, expected: FileDate | None) -> None:
    assert date_from_text(written) == expected


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("10/08/1992", RefusalReason.BAD_DATE),
        ("August 1992", RefusalReason.BAD_DATE),
        ("1992-02-30", RefusalReason.BAD_DATE),
        ("-5", RefusalReason.OUT_OF_RANGE),
        ("12000-01-01", RefusalReason.OUT_OF_RANGE),
        ("1992-01-01 24:00", RefusalReason.BAD_DATE),
    ],
)
def test_written_dates_refused(written: str, reason: RefusalReason) -> None:
    with pytest.raises(DateProblemError) as raised:
        date_from_text(written)
    assert raised.value.reason is reason


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("13:45", time(13, 45)),
        ("9", time(9)),
        ("1:45 PM", time(13, 45)),
        ("12 am", time(0)),
        ("12:30 p.m.", time(12, 30)),
        ("23:59:59", time(23, 59, 59)),
        ("  ", None),
    ],
)
def test_times(written: str, expected: time | None) -> None:
    assert time_from_text(written) == expected


@pytest.mark.parametrize("written", ["13 PM", "0 am", "7:5", "noon", "25:00"])
def test_times_refused(written: str) -> None:
    with pytest.raises(DateProblemError):
        time_from_text(written)


def test_parts_with_seconds_and_a_bare_minute() -> None:
    assert date_from_parts(2000, 1, 2, None, 30) == day(2000, 1, 2, time(0, 30))
    assert date_from_parts(None) is None
    assert date_from_parts("", "", "") is None


def test_order() -> None:
    check_order(day(1990, 1, 5), year(1990))  # the year 1990 runs past the 5th of January
    check_order(month(1990, 3), day(1990, 3, 1))
    with pytest.raises(DateProblemError, match="start 1990-03, end 1990-02-28"):
        check_order(month(1990, 3), day(1990, 2, 28))


def test_approximate_marks_and_yes_no_cells() -> None:
    assert [marks_approximate(text) for text in ("c. 1950", "Circa 1950", "~1950", "ca 1950",
                                                 "1950", "", None)] == [
        True, True, True, True, False, False, False,
    ]  # fmt: skip
    assert [to_bool(text) for text in ("Yes", " true ", "1", "x", "~", "no", "", "0", True)] == [
        True, True, True, True, True, False, False, False, True,
    ]  # fmt: skip
