"""Readers stream: the first event comes before the file is read through, memory stays flat,
progress is reported in bytes, and stopping early closes the file."""

from __future__ import annotations

import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from tests.interchange.util import TIMELINEJS_HEADER, write
from timeline_app.domain.models import DatePrecision
from timeline_app.interchange import (
    FileDate,
    ImportedEvent,
    TimelineReader,
    open_timeline,
    write_timelinejs_csv,
    write_timelinejs_json,
)

ROWS = 12_000


def _events() -> list[ImportedEvent]:
    return [
        ImportedEvent(
            title=f"Event {number}",
            start=FileDate(date(1 + number % 9999, 1, 1), DatePrecision.YEAR),
            text="Words about what happened, with a link https://example.org/x " * 2,
        )
        for number in range(ROWS)
    ]


def _timeline_xml(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='utf-8'?>\n<timeline><events>\n")
        for number in range(ROWS):
            when = f"{1 + number % 9999:04d}-01-01 00:00:00"
            out.write(f"<event><start>{when}</start><end>{when}</end><text>Event {number}"
                      "</text><description>Words about what happened</description></event>\n")  # fmt: skip
        out.write("</events></timeline>\n")
    return path


@pytest.fixture(scope="module", params=[".csv", ".json", ".timeline"])
def big_file(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    suffix: str = request.param
    path = tmp_path_factory.mktemp("big") / f"big{suffix}"
    if suffix == ".timeline":
        return _timeline_xml(path)
    writer = write_timelinejs_csv if suffix == ".csv" else write_timelinejs_json
    with path.open("w", encoding="utf-8", newline="") as out:
        writer(out, _events())
    return path


def test_the_first_event_comes_before_the_file_is_read_through(big_file: Path) -> None:
    reader = open_timeline(big_file)
    assert (reader.bytes_read, reader.reading) == (0, False)
    items = iter(reader)
    first = next(items)
    assert isinstance(first, ImportedEvent)
    assert first.title == "Event 0"
    assert reader.reading
    assert 0 < reader.bytes_read < reader.total_bytes / 4
    progress = [reader.bytes_read for index, _ in enumerate(items) if index % 5000 == 0]
    assert progress == sorted(progress) and progress[-1] > progress[0]
    assert (reader.bytes_read, reader.reading) == (reader.total_bytes, False)


def test_memory_stays_flat_whatever_the_size(big_file: Path) -> None:
    tracemalloc.start()
    try:
        count = sum(1 for _ in open_timeline(big_file))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == ROWS
    assert peak < big_file.stat().st_size / 4


def _open(reader: TimelineReader) -> bool:
    return reader.reading


def test_stopping_early_closes_the_file(big_file: Path) -> None:
    reader = open_timeline(big_file)
    with reader:
        for index, _ in enumerate(reader):
            if index == 10:
                break
        assert _open(reader)  # the caller may still change its mind …
    assert not _open(reader)  # … until the block ends: then the file is closed

    other = open_timeline(big_file)
    items = iter(other)
    next(items)
    assert _open(other)
    items.close()  # closing the iterator does it too
    assert not _open(other)
    assert other.bytes_read < other.total_bytes


def test_the_title_may_be_the_last_row_and_is_known_at_the_end(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", f"{TIMELINEJS_HEADER}\n2000,,,,,,,,,A,,,,,,,,\n"
                 ",,,,,,,,,Sheet title,,,,,,title,,\n")  # fmt: skip
    reader = open_timeline(path)
    items = iter(reader)
    next(items)
    assert reader.title == ""
    assert list(items) == []
    assert reader.title == "Sheet title"


def test_reading_again_starts_afresh(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", f"{TIMELINEJS_HEADER}\n2000,,,,,,,,,A,,,,,,,G,\n")
    reader = open_timeline(path)
    assert reader.read_all() == reader.read_all()
    assert len(reader.categories) == 1
