"""A change of the event-text language: the timeline reads and measures its titles again."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from pytestqt.qtbot import QtBot

from tests.ui.timeline.test_view import crowd
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import MarkerLookup
from timeline_app.domain.models import Category, EventMarker
from timeline_app.ui.timeline.view import TimelineView

CATEGORIES = [Category("culture", "Culture", "#CC79A7")]


class SwitchableLookup(MarkerLookup):
    """Titles in one of two languages, as the timeline service gives them."""

    def __init__(self, markers: Sequence[EventMarker], translated: dict[str, str]) -> None:
        super().__init__(markers)
        self._markers_list = list(markers)
        self._translated = translated
        self.language = "en"

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        english = super().titles(keys)
        if self.language == "en":
            return english
        return {k: self._translated[self._markers_list[k].id] for k in keys}

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker]:
        titles = self.titles(keys)
        return {
            k: dataclasses.replace(m, title=titles[k])
            for k, m in super().markers_by_key(keys).items()
        }


def no_overlaps(view: TimelineView) -> None:
    boxes = view.titleRects()
    for position, box in enumerate(boxes):
        for other in boxes[position + 1 :]:
            assert not box.intersects(other)


def test_refresh_texts_reads_and_measures_the_titles_in_the_new_language(qtbot: QtBot) -> None:
    markers = crowd(12, date(2003, 1, 1))
    # Kazakh titles run longer than the English: packed on the old widths they would overlap.
    long_titles = {m.id: f"Мәдени ынтымақтастық туралы ұзақ келісім № {m.id}" for m in markers}
    lookup = SwitchableLookup(markers, long_titles)
    columns, _ = EventColumns.from_markers(markers, [c.id for c in CATEGORIES])
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 300)
    view.setColumns(columns, lookup, CATEGORIES)
    view.show()
    qtbot.waitExposed(view)
    view.setVisibleRange(date(2002, 12, 20), date(2003, 1, 20))
    english = {event_id: rect.width() for event_id, rect in view.visibleEventRects()}
    assert english
    lookup.language = "kk"
    view.update()
    assert {i: r.width() for i, r in view.visibleEventRects()} == english  # still cached
    view.refresh_texts()
    kazakh = dict(view.visibleEventRects())
    assert kazakh and all(rect.width() > english.get(i, 0) for i, rect in kazakh.items())
    no_overlaps(view)
    first = next(iter(kazakh))
    marker = view.markerFor(first)
    assert marker is not None and marker.title == long_titles[first]
