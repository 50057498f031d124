"""TimelineJS spreadsheet CSV: its columns, title and era rows, times, and refusals by row."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from tests.interchange.util import TIMELINEJS_HEADER, day, month, read, timelinejs_csv, write, year
from timeline_app.interchange import Era, ImportedCategory, NotATimelineError, RefusalReason


def test_rows_as_events_with_precision_from_the_cells(tmp_path: Path) -> None:
    timeline = timelinejs_csv(
        tmp_path,
        "1992,,,,,,,,,A year,,,,,,,,",
        "1992,8,,,1993,,,,,A month to a year,,,,,,,,",
        "1992,8,10,13:45,1992,8,10,2:30 PM,,A day with times,,,,,,,,",
        "1992,8,10,9:05:30,,,,,,Seconds,,,,,,,,",
    )
    assert timeline.refusals == ()
    assert [(event.start, event.end) for event in timeline.events] == [
        (year(1992), None),
        (month(1992, 8), year(1993)),
        (day(1992, 8, 10, time(13, 45)), day(1992, 8, 10, time(14, 30))),
        (day(1992, 8, 10, time(9, 5, 30)), None),
    ]
    assert [event.row for event in timeline.events] == [2, 3, 4, 5]


def test_title_and_era_rows_are_not_events(tmp_path: Path) -> None:
    timeline = timelinejs_csv(
        tmp_path,
        "2000,,,,2010,,,,,The decade,,,,,,era,,",
        ",,,,,,,,,My <b>sheet</b>,<p>What it is.</p>,,,,,Title,,",
        "2004,,,,,,,,,An event,Its <i>text</i>,https://m.org,,,,,Group A,",
        "2011,,,,2009,,,,,Backwards era,,,,,,ERA,,",
        "2012,,,,,,,,,,,,,,,era,,",
    )
    assert (timeline.title, timeline.description) == ("My sheet", "What it is.")
    assert timeline.eras == (Era("The decade", year(2000), year(2010)),)
    assert [(r.label, r.reason) for r in timeline.refusals] == [
        ("row 5", RefusalReason.END_BEFORE_START),
        ("row 6", RefusalReason.NO_DATE),
    ]
    (event,) = timeline.events
    assert (event.title, event.text, event.source_url, event.category) == (
        "An event",
        "Its text",
        "https://m.org",
        "Group A",
    )
    assert timeline.categories == (ImportedCategory("Group A"),)


def test_refusals_name_the_spreadsheet_row(tmp_path: Path) -> None:
    timeline = timelinejs_csv(
        tmp_path,
        "1992,13,,,,,,,,Bad month,,,,,,,,",
        "0,,,,,,,,,Year zero,,,,,,,,",
        ",,,,,,,,,No date,,,,,,,,",
        "1992,1,1,25:00,,,,,,Bad time,,,,,,,,",
        "1992,1,1,noon,,,,,,Worded time,,,,,,,,",
        "2000,,,,1999,,,,,Backwards,,,,,,,,",
        "2000,,,,,,,,,,,,,,,,,",
        ",,,,,,,,,,,,,,,,,",
        "2001,,,,,,,,,Fine,,,,,,,,",
    )
    assert [event.title for event in timeline.events] == ["Fine"]
    assert [refusal.message for refusal in timeline.refusals] == [
        "row 2: a date that cannot be read (start month 13)",
        "row 3: a date outside the years 1–9999 (start year 0)",
        "row 4: no date",
        "row 5: a date that cannot be read (start hour 25)",
        'row 6: a date that cannot be read (start time "noon")',
        "row 7: it ends before it starts (start 2000, end 1999)",
        "row 8: no headline, text, media caption or credit to name it",
    ]  # the empty row 9 is skipped, not refused
    assert timeline.events[0].row == 10


def test_columns_in_any_order_and_case_and_some_left_out(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "headline,YEAR, group ,display date\nA,1990,G,circa 1990\n")
    (event,) = read(path).events
    assert (event.title, event.start, event.category, event.approximate) == (
        "A",
        year(1990),
        "G",
        True,
    )


def test_multiline_cells_keep_the_row_count_right(tmp_path: Path) -> None:
    timeline = timelinejs_csv(
        tmp_path,
        '1990,,,,,,,,,"A\nheadline","one\n\ntwo",,,,,,,',
        "1991,,,,,,,,,After,,,,,,,,",
    )
    assert [(event.title, event.row) for event in timeline.events] == [
        ("A headline", 2),
        ("After", 3),
    ]


def test_a_sheet_without_the_timelinejs_columns_is_refused_naming_them(tmp_path: Path) -> None:
    from timeline_app.interchange.timelinejs_csv import TimelineJsCsvReader

    path = write(tmp_path, "s.csv", "Date,Title\n1992,A\n")
    with pytest.raises(NotATimelineError, match="no column Year, Headline"):
        TimelineJsCsvReader(path).read_all()


def test_the_writers_header_is_the_template_header() -> None:
    from timeline_app.interchange.timelinejs_csv import COLUMNS

    assert ",".join(COLUMNS) == TIMELINEJS_HEADER
