"""Writing and reading back gives the same events: JSON→JSON, CSV→CSV, JSON→CSV→JSON, for the
real files and for any event (a property test)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.interchange.util import INTEROP, content, day, month, read, year
from timeline_app.domain.models import DatePrecision
from timeline_app.interchange import (
    Era,
    FileDate,
    ImportedEvent,
    ImportedTimeline,
    write_timelinejs_csv,
    write_timelinejs_json,
)
from timeline_app.interchange.html_text import normalise_plain

Writer = Callable[..., int]
WRITERS: dict[str, Writer] = {".json": write_timelinejs_json, ".csv": write_timelinejs_csv}


def _write(path: Path, timeline: ImportedTimeline, events: Iterable[ImportedEvent] = ()) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        WRITERS[path.suffix](
            out,
            events or timeline.events,
            title=timeline.title,
            description=timeline.description,
            eras=timeline.eras,
        )
    return path


def _same(first: ImportedTimeline, second: ImportedTimeline) -> None:
    assert (second.title, second.description, second.eras) == (
        first.title,
        first.description,
        first.eras,
    )
    assert [content(event) for event in second.events] == [content(e) for e in first.events]
    assert second.refusals == ()


REAL = ["timelinejs/welcome.json", "timelinejs/women_in_computing.json",
        "timelinejs/women_in_computing.csv", "timelinejs/my-own-timeline.csv",
        "thetimelineproj/example.timeline"]  # fmt: skip


@pytest.mark.skipif(not INTEROP.is_dir(), reason="the shared interop files are missing")
@pytest.mark.parametrize("name", REAL)
@pytest.mark.parametrize("chain", [(".json",), (".csv",), (".csv", ".json"), (".json", ".csv")])
def test_real_files_survive_a_round_trip(tmp_path: Path, name: str, chain: Sequence[str]) -> None:
    original = read(INTEROP / name)
    current = original
    for step, suffix in enumerate(chain):
        current = read(_write(tmp_path / f"step{step}{suffix}", current))
        _same(original, current)


EVENTS = (
    ImportedEvent(
        title="A derived title from the text…",
        title_derived=True,
        start=day(1992, 8, 10, time(13, 45, 30)),
        end=day(1993, 1, 2, time(8, 0)),
        approximate=True,
        text='Line one\nline two with https://example.org/a_(b) link.\n\n<Angle> & "quotes"',
        category="Arts & Culture",
        source_url="spotify:track:1OT1G66Lt9EpKFWkwK8i9z",
        source_credit="=SUM(A1) credit (https://credit.org)",
        source_caption="-caption",
    ),
    ImportedEvent(title="+Plus start", start=month(1, 1), end=year(9999), approximate=True),
    ImportedEvent(title="@year", start=year(2000), category="=cmd"),
)
ERAS = (Era("Before", year(1), month(1000, 12)), Era("& after", day(1990, 1, 1), year(2024)))


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_every_field_survives_including_eras_times_and_formula_like_cells(
    tmp_path: Path, suffix: str
) -> None:
    timeline = ImportedTimeline("=Title", "About\n\nit", eras=ERAS, events=EVENTS)
    again = read(_write(tmp_path / f"t{suffix}", timeline))
    _same(timeline, again)
    assert again.events[0].title_derived is False  # a derived title is written as the headline


def test_the_written_files_are_timelinejs_shaped(tmp_path: Path) -> None:
    timeline = ImportedTimeline("T", "", eras=ERAS[:1], events=EVENTS[:1])
    text = _write(tmp_path / "t.json", timeline).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    assert document["title"] == {"text": {"headline": "T", "text": ""}}
    slide = document["events"][0]
    assert slide["start_date"] == {"year": "1992", "month": "8", "day": "10", "hour": "13",
                                   "minute": "45", "second": "30"}  # fmt: skip
    assert slide["display_date"] == "c. 10 August 1992 – 2 January 1993"
    assert slide["text"]["text"].startswith("<p>Line one<br>line two with <a href=")
    assert slide["group"] == "Arts &amp; Culture"
    sheet = _write(tmp_path / "t.csv", timeline).read_text(encoding="utf-8").splitlines()
    assert sheet[0].startswith("Year,Month,Day,Time,End Year,")
    assert sheet[1] == ",,,,,,,,,T,,,,,,title,,"
    assert sheet[2] == "1,,,,1000,12,,,,Before,,,,,,era,,"
    assert sheet[3].startswith("1992,8,10,13:45:30,1993,1,2,08:00,c. 10 August 1992 – 2 Jan")
    assert ',"\'=SUM(A1) credit (<a href=""https://credit.org"">' in sheet[3]  # no formula


def test_an_empty_list_of_events_is_still_a_file(tmp_path: Path) -> None:
    out = io.StringIO()
    assert write_timelinejs_json(out, []) == 0
    assert out.getvalue() == '{\n  "events": []\n}\n'


# ----- any event -----

_CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn"))
_WORDS = st.text(st.one_of(_CHARACTERS, st.sampled_from('\n  <>&"()#;.,=+-@')), max_size=60)
_URLS = st.from_regex(r"https://[a-z]{1,8}\.org(/[a-z0-9_()\-.]{0,12})?", fullmatch=True)
_TEXT = st.lists(st.one_of(_WORDS, _URLS), max_size=5).map(" ".join)
_LINE = _WORDS.map(lambda text: " ".join(text.split()))


@st.composite
def _dates(draw: st.DrawFn) -> FileDate:
    precision = draw(st.sampled_from(DatePrecision))
    moment = draw(st.dates(date(1, 1, 1), date(9999, 12, 31)))
    if precision is DatePrecision.YEAR:
        return FileDate(moment.replace(month=1, day=1), precision)
    if precision is DatePrecision.MONTH:
        return FileDate(moment.replace(day=1), precision)
    at = draw(st.none() | st.times().map(lambda t: t.replace(microsecond=0)))
    return FileDate(moment, precision, at)


@st.composite
def _events(draw: st.DrawFn) -> ImportedEvent:
    start, end = sorted((draw(_dates()), draw(_dates())), key=lambda d: d.earliest())
    return ImportedEvent(
        title=draw(_LINE.filter(lambda title: bool(title) and not title.startswith("'"))),
        start=start,
        end=draw(st.none() | st.just(end)),
        approximate=draw(st.booleans()),
        text=normalise_plain(draw(_TEXT)),
        category=draw(_LINE.filter(lambda line: not line.startswith("'"))),
        source_url=draw(st.just("") | _URLS),
        source_credit=normalise_plain(draw(_TEXT)),
        source_caption=normalise_plain(draw(_TEXT)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    events=st.lists(_events(), min_size=1, max_size=4), suffix=st.sampled_from([".json", ".csv"])
)
def test_any_event_comes_back_as_written(
    tmp_path: Path, events: list[ImportedEvent], suffix: str
) -> None:
    if any(e.source_credit.startswith("'") or e.source_caption.startswith("'") for e in events):
        return  # the one documented exception: a text that itself starts with "'" and '='
    timeline = ImportedTimeline("", "", events=tuple(events))
    _same(timeline, read(_write(tmp_path / f"any{suffix}", timeline)))
