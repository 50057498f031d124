"""The Timeline Project's .timeline XML: categories and colours, eras, events, fuzzy."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from tests.interchange.util import FIXTURES, day, read, write
from timeline_app.interchange import (
    Era,
    ImportedCategory,
    ImportedEvent,
    NotATimelineError,
    Refusal,
    RefusalReason,
)
from timeline_app.interchange.timeline_xml import colour_from_rgb


def test_a_timeline_with_eras_containers_and_refusals() -> None:
    timeline = read(FIXTURES / "eras_and_containers.timeline")

    assert timeline.categories == (
        ImportedCategory("Politics", "#1e90ff"),
        ImportedCategory("Culture", None),
        ImportedCategory("Unlisted", None),
    )
    assert timeline.eras == (Era("Independence", day(1991, 12, 16), day(2000, 1, 1)),)
    assert timeline.events == (
        ImportedEvent(
            title="Diplomatic relations",
            start=day(1992, 1, 3),
            text="Established in Beijing.\n\nSecond paragraph.",
            category="Politics",
            source_url="https://example.org/1992",
            row=1,
        ),
        ImportedEvent(
            title="Culture days",
            start=day(2001, 6, 1, time(9, 30)),
            end=day(2001, 6, 7, time(18, 0)),
            approximate=True,
            category="Culture",
            row=2,
        ),
        ImportedEvent(title="Inside the container", start=day(2002, 1, 1), category="Unlisted",
                      row=3),
        ImportedEvent(title="Words from the description only", start=day(2003, 5, 5),
                      text="Words from the description only", title_derived=True, row=5),
    )  # fmt: skip
    assert timeline.refusals == (
        Refusal(4, "event 4", RefusalReason.END_BEFORE_START, "start 2002-05-05, end 2002-05-04"),
        Refusal(6, "event 6", RefusalReason.BAD_DATE, 'start "sometime"'),
        Refusal(7, "event 7", RefusalReason.OUT_OF_RANGE, "start year -100"),
    )


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ("<?xml version='1.0'?><notes><events/></notes>", "no root element <timeline>"),
        ("<timeline><categories/></timeline>", "no <events> element"),
        ("<timeline><events><event></timeline>", "not well-formed XML"),
        ('{"events": []}', "not well-formed XML"),
    ],
)
def test_a_file_that_is_not_a_timeline_is_refused_whole(
    tmp_path: Path, document: str, problem: str
) -> None:
    with pytest.raises(NotATimelineError, match=r"Timeline \(\.timeline\)") as raised:
        read(write(tmp_path, "t.timeline", document))
    assert raised.value.problem.startswith(problem)


def test_colours() -> None:
    assert colour_from_rgb("255, 0,16") == "#ff0010"
    assert colour_from_rgb("300,0,0") is None
    assert colour_from_rgb("red") is None
