"""The real files TimelineJS and The Timeline Project wrote, read with exact expectations."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest

from tests.interchange.util import INTEROP, content, day, month, read, year
from timeline_app.interchange import (
    ImportedCategory,
    ImportedEvent,
    TimelineFormat,
    detect_format,
)

pytestmark = pytest.mark.skipif(
    not INTEROP.is_dir(), reason=f"the shared interop files are not at {INTEROP}"
)

WOMEN_DESCRIPTION = (
    "In this sample timeline, we'll walk you through what TimelineJS can do by looking at some "
    "of the more important contributions women have made to computer science."
)
ADA = ImportedEvent(
    title="Ada Lovelace",
    start=day(1815, 12, 10),
    end=day(1852, 11, 27),
    text=(
        "Women have been programming since before it was a thing. Take Ada Lovelace "
        "(https://en.wikipedia.org/wiki/Ada_Lovelace): Daughter of Lord Byron, she's often "
        "credited as the first computer programmer. Her work on Charles Babbage's Analytical "
        "Engine (https://en.wikipedia.org/wiki/Analytical_Engine) contains notes of the first "
        'machine-implemented algorithm.\n\nThis slide demonstrates a simple "image" media type.'
    ),
    source_url=(
        "https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/"
        "713px-Ada_Lovelace_portrait.jpg"
    ),
    source_credit="Wikimedia Commons",
    source_caption=(
        "Portrait by Alfred Edward Chalon (https://en.wikipedia.org/wiki/Ada_Lovelace"
        "#/media/File:Ada_Lovelace_portrait.jpg)"
    ),
)


def test_welcome_json() -> None:
    path = INTEROP / "timelinejs" / "welcome.json"
    timeline = read(path)

    assert detect_format(path) is TimelineFormat.TIMELINEJS_JSON
    assert timeline.title == "Welcome to TimelineJS"
    assert timeline.description == (
        "TimelineJS is an open-source tool that enables you to build visually-rich interactive "
        "timelines and is available in 40 languages.\n\nYou're looking at an example of one "
        "right now.\n\nClick on the arrow to the right to learn more."
    )
    assert (len(timeline.events), timeline.refusals, timeline.eras) == (26, (), ())
    assert timeline.categories == (
        ImportedCategory("Hello"),
        ImportedCategory("Goodbye"),
        ImportedCategory("Yo"),
    )
    first = timeline.events[0]
    assert first == ImportedEvent(
        title="It's Easy to Make Your Own Timeline",
        start=year(1851),
        text=(
            "The TimelineJS Embed Generator makes it easy to add a timeline to your own site. "
            "Just copy our Google Spreadsheet template, add your events as rows in the "
            "spreadsheet, and use our generator tool to generate the HTML you need to add to "
            "your site."
        ),
        category="Hello",
        source_url="http://timeline.knightlab.com/static/welcome/step3.png",
        source_caption="Screenshot from TimelineJS Embed Generator tool (see below)",
        row=1,
    )
    wikipedia = timeline.events[4]
    assert wikipedia.text == (
        "Add a link to a Wikipedia entry (http://en.wikipedia.org/wiki/A_Trip_to_the_Moon) in "
        "the media field to show an excerpt alongside your text."
    )
    blockquote = timeline.events[6]
    assert (blockquote.title, blockquote.start, blockquote.end) == (
        "Blockquote",
        day(1950, 2, 7),
        year(1955),
    )
    # The media "url" is a quotation, not a url: it ends the text; the credit stays a credit.
    assert blockquote.source_url == ""
    assert blockquote.source_credit == "Dr. Seuss"
    assert blockquote.text.endswith(
        "\n\nYou have brains in your head. You have feet in your shoes. You can steer yourself "
        "in any direction you choose. You're on your own, and you know what you know. And you "
        "are the guy who'll decide where to go."
    )
    flickr = timeline.events[8]
    assert (flickr.title, flickr.start, flickr.end, flickr.source_credit) == (
        "Flickr",
        day(1985, 1, 5, time(6, 45, 56)),
        None,
        "Zach Wise",
    )
    last = timeline.events[-1]
    assert (last.title, last.start, last.source_url, last.row) == (
        "Get started!",
        year(2014),
        "",
        26,
    )
    assert not any(event.title_derived or event.approximate for event in timeline.events)


def test_women_in_computing_json() -> None:
    timeline = read(INTEROP / "timelinejs" / "women_in_computing.json")

    assert (timeline.title, timeline.description) == ("Women in Computing", WOMEN_DESCRIPTION)
    assert (len(timeline.events), timeline.refusals, timeline.categories) == (10, (), ())
    assert timeline.events[0] == replace(ADA, row=1)
    eniac = timeline.events[2]
    assert (eniac.title, eniac.start, eniac.end) == (
        "...And the women who made it work",
        month(1943, 7),
        year(1946),
    )
    assert eniac.source_credit == (
        "Computer History Museum (https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg)"
    )
    assert [event.start.day.year for event in timeline.events] == [
        1815, 1948, 1943, 1943, 1951, 1952, 1956, 1958, 1972, 1985,
    ]  # fmt: skip


def test_women_in_computing_csv_reads_as_its_json() -> None:
    path = INTEROP / "timelinejs" / "women_in_computing.csv"
    sheet = read(path)
    json = read(INTEROP / "timelinejs" / "women_in_computing.json")

    assert detect_format(path) is TimelineFormat.TIMELINEJS_CSV
    assert (sheet.title, sheet.description) == (json.title, json.description)
    assert [content(event) for event in sheet.events] == [content(e) for e in json.events]
    # Rows as a spreadsheet numbers them: the header is row 1, the title row 2.
    assert [event.row for event in sheet.events] == list(range(3, 13))
    assert sheet.events[0] == replace(ADA, row=3)


def test_my_own_timeline_template() -> None:
    timeline = read(INTEROP / "timelinejs" / "my-own-timeline.csv")

    assert (timeline.title, timeline.description) == ("MY OWN CSV", WOMEN_DESCRIPTION)
    assert (len(timeline.events), timeline.refusals, timeline.eras) == (10, (), ())
    hopper = timeline.events[5]
    assert hopper.row == 8
    assert hopper.title == "Grace Hopper invents the compiler"
    assert hopper.start == year(1952)
    assert hopper.source_url == (
        "https://soundcloud.com/innovationhub/grace-hopper-the-life-of-a-coding-pioneer"
    )
    assert hopper.source_credit == (
        "Innovation Hub (http://blogs.wgbh.org/innovation-hub/2017/12/8/life-legacy-grace-hopper/)"
    )
    assert hopper.source_caption == (
        "An audio biography of Grace Hopper produced by Innovation Hub, originally published "
        "December 08, 2017."
    )


def test_the_timeline_project_example() -> None:
    path = INTEROP / "thetimelineproj" / "example.timeline"
    timeline = read(path)

    assert detect_format(path) is TimelineFormat.TIMELINE_XML
    assert (timeline.title, timeline.description, timeline.eras) == ("", "", ())
    assert timeline.categories == (ImportedCategory("Test", "#ff0000"),)
    assert timeline.refusals == ()
    assert timeline.events == (
        ImportedEvent(
            title="Test",
            start=day(2012, 7, 4, time(13, 20)),
            end=None,  # its end is its start: a moment, not a span
            category="Test",
            row=1,
        ),
    )
