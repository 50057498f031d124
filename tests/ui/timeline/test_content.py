"""The timeline's text caches stay whole for the call in progress when they fill up."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.models import EventMarker
from timeline_app.ui.timeline import content as timeline_content
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.paint_cache import StaticTextCache


class CountingLookup:
    """Titles "T<key>"; counts the keys it was asked for."""

    def __init__(self) -> None:
        self.asked = 0

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        self.asked += len(keys)
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
    widths = content.widths([1, 2, 3])
    assert content.widths([1, 2, 9])[:2] == widths[:2]
    assert content.ids_of_keys([1, 2, 3]) == ["e1", "e2", "e3"]
    assert content.ids_of_keys([1, 2, 9]) == ["e1", "e2", "e9"]
