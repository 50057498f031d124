"""The timeline's text caches stay whole for the call in progress when they fill up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.models import DatePrecision, EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline import content as timeline_content
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.paint_cache import StaticTextCache


class CountingLookup:
    """Titles "T<key>"; records the keys of every titles call."""

    def __init__(self) -> None:
        self.asked: list[list[int]] = []

    @property
    def asked_keys(self) -> list[int]:
        """Every key asked for, in order, repeats included."""
        return [key for call in self.asked for key in call]

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        self.asked.append(list(keys))
        return {key: f"T{key}" for key in keys}

    def ids(self, keys: Sequence[int]) -> dict[int, str]:
        return {key: f"e{key}" for key in keys}

    def keys_of(self, event_ids: object) -> dict[str, int]:
        return {}

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker]:
        return {}


def test_full_caches_never_drop_what_the_current_call_needs(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    del qtbot  # a QApplication must exist for fonts
    assert QApplication.instance() is not None
    monkeypatch.setattr(timeline_content, "CACHE_LIMIT", 3)
    content = TimelineContent(StaticTextCache())
    lookup = CountingLookup()
    content.set_events(EventColumns.empty(), lookup)
    assert content.titles([1, 2, 3]) == ["T1", "T2", "T3"]
    assert content.titles([1, 2, 9]) == ["T1", "T2", "T9"]
    # Only 9 was missing; 3 was dropped to make room for it, never 1 or 2.
    assert lookup.asked == [[1, 2, 3], [9]]
    widths = content.widths([1, 2, 3])
    assert lookup.asked == [[1, 2, 3], [9], [3]]  # 1 and 2 measured from cached titles
    assert content.widths([1, 2, 9])[:2] == widths[:2]
    # Reading 3 (the only title that call needed) left no room for 9's: it is read again.
    assert lookup.asked == [[1, 2, 3], [9], [3], [9]]
    assert content.ids_of_keys([1, 2, 3]) == ["e1", "e2", "e3"]
    assert content.ids_of_keys([1, 2, 9]) == ["e1", "e2", "e9"]


def crowd(count: int) -> list[EventMarker]:
    """``count`` events a day apart from 1 March 2000."""
    first = date(2000, 3, 1)
    return [
        EventMarker(
            f"c{n:03d}",
            f"Crowded event number {n}",
            first + timedelta(days=n),
            None,
            DatePrecision.DAY,
            False,
            "culture",
            1 + n % 5,
        )
        for n in range(count)
    ]


def test_titles_are_read_only_for_placed_events_and_a_pan_reads_none(qtbot: QtBot) -> None:
    del qtbot  # a QApplication must exist for fonts
    # Few enough for every one of them to be tried (no sampling), far too many to all fit.
    columns, _ = EventColumns.from_markers(crowd(120), ["culture"])
    content = TimelineContent(StaticTextCache())
    lookup = CountingLookup()
    content.set_events(columns, lookup)
    start = float(date(2000, 3, 1).toordinal())
    scale = TimeScale(start, start + 120.0, 1000.0)
    limits = (-1e9, 1e9)
    layout = content.layout(scale, 3, None, limits)
    placed = {content.columns.key(item.index) for item in layout.placed}
    asked = lookup.asked_keys
    assert placed and len(asked) == len(set(asked))  # each title read once
    # Every placed title was read; beyond those only titles placed in the first packing on
    # estimated widths, a few at most: never the hundreds of candidates in the region.
    assert placed <= set(asked)
    assert len(set(asked) - placed) <= len(placed) // 2
    assert len(asked) <= len(columns) // 3
    # Panning a little either way stays inside the laid-out region: nothing more is read.
    before = list(lookup.asked)
    for shift in (20.0, -20.0, 0.0):
        panned = TimeScale(start + shift, start + shift + 120.0, 1000.0)
        assert content.layout(panned, 3, None, limits) is layout
    assert lookup.asked == before
