"""TimelineJS JSON: dates as numbers or strings, HTML to text, the title slide, eras, groups,
media, and every refusal with the event named."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from tests.interchange.util import day, month, read, write, year
from timeline_app.interchange import (
    Era,
    ImportedCategory,
    ImportedTimeline,
    NotATimelineError,
    Refusal,
    RefusalReason,
)


def _read(folder: Path, document: Any) -> ImportedTimeline:
    return read(write(folder, "timeline.json", json.dumps(document)))


def _slide(start: dict[str, Any], headline: str = "An event", **more: Any) -> dict[str, Any]:
    return {"start_date": start, "text": {"headline": headline}, **more}


def test_dates_as_numbers_or_strings_with_empty_meaning_absent(tmp_path: Path) -> None:
    timeline = _read(
        tmp_path,
        {
            "events": [
                _slide({"year": 1992}),
                _slide({"year": "1992", "month": "8", "day": ""}),
                _slide({"year": 1992, "month": 8, "day": 10, "hour": "", "minute": None}),
                _slide({"year": "1992", "month": "08", "day": "10", "hour": 9, "minute": "5"}),
                _slide({"year": 1992.0}, end_date={"year": "", "month": ""}),
                _slide({"year": "  7  "}),
            ]
        },
    )
    assert [event.start for event in timeline.events] == [
        year(1992),
        month(1992, 8),
        day(1992, 8, 10),
        day(1992, 8, 10, time(9, 5)),
        year(1992),
        year(7),
    ]
    assert timeline.events[4].end is None


def test_end_dates_and_spans_that_share_a_year(tmp_path: Path) -> None:
    timeline = _read(
        tmp_path,
        {
            "events": [
                _slide({"year": 1990, "month": 1, "day": 5}, end_date={"year": 1990}),
                _slide({"year": 1943, "month": 7}, end_date={"year": 1946}),
            ]
        },
    )
    assert [(event.start, event.end) for event in timeline.events] == [
        (day(1990, 1, 5), year(1990)),
        (month(1943, 7), year(1946)),
    ]


@pytest.mark.parametrize(
    ("start", "end", "reason", "detail"),
    [
        ({"year": 0}, None, RefusalReason.OUT_OF_RANGE, "start year 0"),
        ({"year": -500}, None, RefusalReason.OUT_OF_RANGE, "start year -500"),
        ({"year": 10000}, None, RefusalReason.OUT_OF_RANGE, "start year 10000"),
        ({"year": 2000}, {"year": 12000}, RefusalReason.OUT_OF_RANGE, "end year 12000"),
        ({"year": "19x2"}, None, RefusalReason.BAD_DATE, 'start year "19x2"'),
        ({"year": 1992, "month": 13}, None, RefusalReason.BAD_DATE, "start month 13"),
        ({"year": 1999, "month": 2, "day": 30}, None, RefusalReason.BAD_DATE,
         "start day 30 of 1999-02"),
        ({"year": 1992, "day": 3}, None, RefusalReason.BAD_DATE, "start has a day but no month"),
        ({"year": 1992, "month": 1, "day": 1, "hour": 25}, None, RefusalReason.BAD_DATE,
         "start hour 25"),
        ({"year": 1992, "hour": 10}, None, RefusalReason.BAD_DATE, "start has a time but no day"),
        ({"month": 5}, None, RefusalReason.NO_DATE, "start has no year"),
        ({"year": 1992, "month": 5}, {"year": 1991}, RefusalReason.END_BEFORE_START,
         "start 1992-05, end 1991"),
        ({"year": 1992, "month": 5, "day": 2, "hour": 10}, {"year": 1992, "month": 5, "day": 2,
         "hour": 9}, RefusalReason.END_BEFORE_START, "start 1992-05-02 10:00, end 1992-05-02 09:00"),
        ({"year": True}, None, RefusalReason.BAD_DATE, "start year True"),
    ],
)  # fmt: skip
def test_a_bad_date_is_refused_with_the_event_named(
    tmp_path: Path,
    start: dict[str, Any],
    end: dict[str, Any] | None,
    reason: RefusalReason,
    detail: str,
) -> None:
    good = _slide({"year": 2000}, "Good")
    bad = _slide(start, "Bad", **({"end_date": end} if end else {}))
    timeline = _read(tmp_path, {"events": [good, bad]})

    assert [event.title for event in timeline.events] == ["Good"]
    assert timeline.refusals == (Refusal(2, "event 2", reason, detail),)


def test_an_event_without_a_date_or_not_an_object_is_refused(tmp_path: Path) -> None:
    timeline = _read(
        tmp_path, {"events": [{"text": {"headline": "Dateless"}}, "a string", ["a list"]]}
    )
    assert timeline.events == ()
    assert [(r.label, r.reason) for r in timeline.refusals] == [
        ("event 1", RefusalReason.NO_DATE),
        ("event 2", RefusalReason.NOT_AN_EVENT),
        ("event 3", RefusalReason.NOT_AN_EVENT),
    ]
    assert timeline.refusals[0].message == "event 1: no date"


def test_html_becomes_plain_text_with_links_kept(tmp_path: Path) -> None:
    text = (
        "<p>First <b>bold</b> &amp; <a href='https://example.org/a?b=1&amp;c=2'>linked</a>.</p>"
        "<p>Line one<br/>line   two <a href='#make'>local</a> "
        "<a href='https://example.org'>https://example.org</a></p><script>x()</script>"
    )
    timeline = _read(tmp_path, {"events": [_slide({"year": 2000}, "<i>Tea</i> &amp; cakes",
                                                  text={"headline": "<i>Tea</i> &amp; cakes",
                                                        "text": text})]})  # fmt: skip
    event = timeline.events[0]
    assert event.title == "Tea & cakes"
    assert event.text == (
        "First bold & linked (https://example.org/a?b=1&c=2).\n\n"
        "Line one\nline two local https://example.org"
    )


def test_title_slide_eras_groups_and_media(tmp_path: Path) -> None:
    timeline = _read(
        tmp_path,
        {
            "events": [
                _slide(
                    {"year": 2001},
                    group="Art",
                    media={"url": " https://x.org/p.jpg ", "credit": "<a href='https://c.org'>"
                           "C</a>", "caption": "A <em>caption</em>", "thumbnail": "t.jpg"},
                ),
                _slide({"year": 2002}, group="Music"),
                _slide({"year": 2003}, group="Art", display_date="c. 2003"),
            ],
            "title": {"text": {"headline": "My <b>title</b>", "text": "<p>About it.</p>"}},
            "eras": [
                {"start_date": {"year": 2000}, "end_date": {"year": 2002, "month": 6},
                 "text": {"headline": "Early"}},
                {"start_date": {"year": 2003}, "text": {"headline": "Open"}},
                {"start_date": {"year": 2005}, "end_date": {"year": 2004}},
            ],
        },
    )  # fmt: skip
    assert (timeline.title, timeline.description) == ("My title", "About it.")
    assert timeline.eras == (Era("Early", year(2000), month(2002, 6)),)
    assert [(r.label, r.reason) for r in timeline.refusals] == [
        ("era 2", RefusalReason.NO_DATE),
        ("era 3", RefusalReason.END_BEFORE_START),
    ]
    assert timeline.categories == (ImportedCategory("Art"), ImportedCategory("Music"))
    first = timeline.events[0]
    assert (first.category, first.source_url, first.source_credit, first.source_caption) == (
        "Art",
        "https://x.org/p.jpg",
        "C (https://c.org)",
        "A caption",
    )
    assert [event.approximate for event in timeline.events] == [False, False, True]


def test_events_may_come_before_the_title(tmp_path: Path) -> None:
    document = '{"events": [{"start_date": {"year": 1}, "text": {"headline": "A"}}], "title": ' \
        '{"text": {"headline": "Last"}}, "scale": "human", "n": 12345}'  # fmt: skip
    timeline = read(write(tmp_path, "t.json", document))
    assert (timeline.title, len(timeline.events)) == ("Last", 1)


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ('{"title": {"text": {"headline": "x"}}}', 'no "events" list'),
        ('{"events": {"not": "a list"}}', 'no "events" list'),
        ("[1, 2]", 'not a JSON object with an "events" list'),
        ('{"events": [{"start_date": {"year": 1}}', "not valid JSON"),
        ('{"events": [] "title": 1}', "not valid JSON"),
        ("", 'not a JSON object with an "events" list'),
    ],
)
def test_a_file_that_is_not_a_timeline_is_refused_whole(
    tmp_path: Path, document: str, problem: str
) -> None:
    with pytest.raises(NotATimelineError, match="TimelineJS JSON") as raised:
        read(write(tmp_path, "t.json", document))
    assert raised.value.problem.startswith(problem)
