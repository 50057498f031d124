"""Date formatting by precision and qualifier."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.dates import format_event_date, precision_extent
from timeline_app.domain.models import DatePrecision

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR


@pytest.mark.parametrize(
    ("start", "end", "precision", "approximate", "qualifier", "expected"),
    [
        (date(1992, 8, 10), None, DAY, False, "", "10 August 1992"),
        (date(2024, 6, 1), None, MONTH, False, "", "June 2024"),
        (date(2015, 1, 1), None, YEAR, False, "", "2015"),
        (date(2007, 1, 1), None, YEAR, True, "", "c. 2007"),
        (date(2011, 1, 1), None, YEAR, True, "c.", "c. 2011"),
        (date(2016, 11, 1), None, MONTH, False, "by", "by November 2016"),
        (date(2024, 6, 20), None, DAY, False, "as of", "as of 20 June 2024"),
        (date(2007, 1, 1), date(2012, 12, 31), YEAR, False, "", "2007–2012"),
        (date(2017, 6, 10), date(2017, 9, 10), DAY, False, "", "10 June – 10 September 2017"),
        (date(2017, 6, 7), date(2017, 6, 10), DAY, False, "", "7–10 June 2017"),
        (date(2002, 12, 23), date(2003, 1, 5), DAY, False, "", "23 December 2002 – 5 January 2003"),
        (date(2015, 3, 1), date(2015, 5, 1), MONTH, False, "", "March–May 2015"),
        (date(2015, 11, 1), date(2016, 2, 1), MONTH, False, "", "November 2015 – February 2016"),
        (date(2017, 6, 10), date(2017, 6, 10), DAY, False, "", "10 June 2017"),
    ],
)
def test_format_event_date(
    start: date,
    end: date | None,
    precision: DatePrecision,
    approximate: bool,
    qualifier: str,
    expected: str,
) -> None:
    assert (
        format_event_date(start, end, precision, approximate=approximate, qualifier=qualifier)
        == expected
    )


def test_precision_extent_covers_the_whole_month_or_year() -> None:
    assert precision_extent(date(2024, 2, 1), MONTH) == (date(2024, 2, 1), date(2024, 2, 29))
    assert precision_extent(date(2023, 12, 1), MONTH) == (date(2023, 12, 1), date(2023, 12, 31))
    assert precision_extent(date(2015, 1, 1), YEAR) == (date(2015, 1, 1), date(2015, 12, 31))
    assert precision_extent(date(2015, 3, 4), DAY) == (date(2015, 3, 4), date(2015, 3, 4))
