"""Which reader a file gets: by extension, by content when the extension says nothing, and a CSV
by its header."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.interchange.util import TIMELINEJS_HEADER, write
from timeline_app.interchange import NotATimelineError, TimelineFormat, detect_format, open_timeline
from timeline_app.interchange.plain_csv import PlainCsvReader
from timeline_app.interchange.timeline_xml import TimelineXmlReader
from timeline_app.interchange.timelinejs_csv import TimelineJsCsvReader
from timeline_app.interchange.timelinejs_json import TimelineJsJsonReader


@pytest.mark.parametrize(
    ("name", "text", "expected", "reader"),
    [
        ("a.json", '{"events": []}', TimelineFormat.TIMELINEJS_JSON, TimelineJsJsonReader),
        ("a.timeline", "<timeline/>", TimelineFormat.TIMELINE_XML, TimelineXmlReader),
        ("a.XML", "<timeline/>", TimelineFormat.TIMELINE_XML, TimelineXmlReader),
        ("a.csv", TIMELINEJS_HEADER + "\n", TimelineFormat.TIMELINEJS_CSV, TimelineJsCsvReader),
        ("a.csv", "Date;Title\n", TimelineFormat.PLAIN_CSV, PlainCsvReader),
        ("a.tsv", "Year\tHeadline\n", TimelineFormat.TIMELINEJS_CSV, TimelineJsCsvReader),
        ("export", '  {"events": []}', TimelineFormat.TIMELINEJS_JSON, TimelineJsJsonReader),
        ("export", "<?xml version='1.0'?><timeline/>", TimelineFormat.TIMELINE_XML,
         TimelineXmlReader),
        ("export.dat", "Date,Title\n", TimelineFormat.PLAIN_CSV, PlainCsvReader),
    ],
)  # fmt: skip
def test_the_format_is_detected(
    tmp_path: Path, name: str, text: str, expected: TimelineFormat, reader: type
) -> None:
    path = write(tmp_path, name, text)
    assert detect_format(path) is expected
    assert type(open_timeline(path)) is reader


def test_a_format_can_be_forced(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", '{"events": []}')
    opened = open_timeline(path, timeline_format=TimelineFormat.TIMELINEJS_JSON)
    assert opened.read_all().events == ()


def test_a_binary_file_is_not_a_timeline(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(NotATimelineError):
        open_timeline(path).read_all()


def test_the_error_names_the_format_and_the_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", '{"title": {}}')
    with pytest.raises(NotATimelineError) as raised:
        open_timeline(path).read_all()
    assert str(raised.value) == 'not a TimelineJS JSON file: no "events" list'
    assert (raised.value.format_name, raised.value.problem) == (
        "TimelineJS JSON",
        'no "events" list',
    )
