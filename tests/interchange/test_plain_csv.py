"""Any CSV through a column mapping: the guess from header names, written dates, refusals."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from tests.interchange.util import day, month, read, write, year
from timeline_app.interchange import (
    ColumnMapping,
    Field,
    NotATimelineError,
    RefusalReason,
    TimelineFormat,
    detect_format,
    guess_mapping,
    open_timeline,
    read_csv_header,
)


def test_the_guess_follows_header_names_in_four_languages() -> None:
    assert guess_mapping(["Date", "Title", "Description", "Category", "Link"]) == ColumnMapping.of(
        {
            "Date": Field.START,
            "Title": Field.TITLE,
            "Description": Field.TEXT,
            "Category": Field.CATEGORY,
            "Link": Field.SOURCE_URL,
        }
    )
    assert guess_mapping(["Начало", "Конец", "Название"]).columns == (
        ("Начало", Field.START),
        ("Конец", Field.END),
        ("Название", Field.TITLE),
    )
    assert guess_mapping(["Атауы", "Күні"]).column_for(Field.START) == "Күні"
    assert guess_mapping(["日期", "标题"]).column_for(Field.TITLE) == "标题"
    assert guess_mapping(["start_date", "END-DATE"]).columns == (
        ("start_date", Field.START),
        ("END-DATE", Field.END),
    )
    assert guess_mapping(["Foo", "Bar"]).columns == ()


def test_a_field_comes_from_one_column() -> None:
    with pytest.raises(ValueError, match="start"):
        ColumnMapping((("A", Field.START), ("B", Field.START)))


def test_rows_through_a_mapping(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.csv",
        "When,Until,What,Notes,Kind,Web,Roughly\n"
        "1992,,Year,,,,\n"
        '1992-08,1993-01,Month span,"Two  lines\nhere",Politics,https://a.org,\n'
        "1992-08-10 13:45,,With time,,,,\n"
        "10.08.1992,,Dotted,,,,yes\n"
        "08.1992,,Dotted month,,,,\n"
        "c. 1995,,Circa,,,,\n"
        "1996-02-29T08:00,,ISO T,,,,\n",
    )
    mapping = ColumnMapping.of(
        {
            "When": Field.START,
            "Until": Field.END,
            "What": Field.TITLE,
            "Notes": Field.TEXT,
            "Kind": Field.CATEGORY,
            "Web": Field.SOURCE_URL,
            "Roughly": Field.APPROXIMATE,
        }
    )
    timeline = read(path, mapping)
    assert timeline.refusals == ()
    assert [(e.title, e.start, e.end, e.approximate) for e in timeline.events] == [
        ("Year", year(1992), None, False),
        ("Month span", month(1992, 8), month(1993, 1), False),
        ("With time", day(1992, 8, 10, time(13, 45)), None, False),
        ("Dotted", day(1992, 8, 10), None, True),
        ("Dotted month", month(1992, 8), None, False),
        ("Circa", year(1995), None, True),
        ("ISO T", day(1996, 2, 29, time(8)), None, False),
    ]
    span = timeline.events[1]
    assert (span.text, span.category, span.source_url) == (
        "Two lines\nhere",
        "Politics",
        "https://a.org",
    )


def test_plain_cells_are_not_html(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "Date,Title,Text\n2000,A <b> & c,x &amp; y\n")
    (event,) = read(path).events
    assert (event.title, event.text) == ("A <b> & c", "x &amp; y")


def test_refusals_name_the_row(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p.csv",
        "Date,End,Title,Text\n"
        "1992-13-01,,Bad month,\n"
        "yesterday,,Words,\n"
        "-44,,Caesar,\n"
        ",,No date,\n"
        "2000,1999,Backwards,\n"
        "2000,,,\n"
        "2001,,,Only text here\n",
    )
    timeline = read(path)
    assert [(e.title, e.title_derived, e.row) for e in timeline.events] == [
        ("Only text here", True, 8)
    ]
    assert [(r.label, r.reason, r.detail) for r in timeline.refusals] == [
        ("row 2", RefusalReason.BAD_DATE, "start month 13"),
        ("row 3", RefusalReason.BAD_DATE, 'start "yesterday"'),
        ("row 4", RefusalReason.OUT_OF_RANGE, "start year -44"),
        ("row 5", RefusalReason.NO_DATE, ""),
        ("row 6", RefusalReason.END_BEFORE_START, "start 2000, end 1999"),
        ("row 7", RefusalReason.NO_TITLE, ""),
    ]


def test_a_csv_without_a_date_column_is_refused_whole(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "Name,Colour\nA,red\n")
    assert detect_format(path) is TimelineFormat.PLAIN_CSV
    assert read_csv_header(path) == ("Name", "Colour")
    with pytest.raises(NotATimelineError, match="no column that reads as a date"):
        open_timeline(path)
    with pytest.raises(NotATimelineError, match="no column is mapped to the start date"):
        open_timeline(path, mapping=ColumnMapping.of({"Name": Field.TITLE})).read_all()
    with pytest.raises(NotATimelineError, match="no column Missing"):
        open_timeline(path, mapping=ColumnMapping.of({"Missing": Field.START})).read_all()
