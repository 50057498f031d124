"""Packing event titles into rows without overlap; importance first; "+N" clusters."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from timeline_app.domain.label_layout import layout_events
from timeline_app.domain.models import DatePrecision, EventMarker


def marker(n: int, day: date, importance: int = 3, end: date | None = None) -> EventMarker:
    return EventMarker(
        f"e{n}", f"Event {n}", day, end, DatePrecision.DAY, False, "culture", importance
    )


def test_titles_in_the_same_row_never_overlap() -> None:
    markers = [marker(n, date(2000, 1, 1) + timedelta(days=n * 3)) for n in range(60)]
    layout = layout_events(markers, [80.0] * 60, 2.0, max_rows=50)
    by_row: dict[int, list[tuple[float, float]]] = {}
    for item in layout.placed:
        by_row.setdefault(item.row, []).append((item.left, item.right))
    for extents in by_row.values():
        extents.sort()
        for (_, right), (left, _) in itertools.pairwise(extents):
            assert right <= left
    assert len(layout.placed) == 60 and not layout.clusters


def test_overflow_goes_to_clusters_and_important_events_win() -> None:
    day = date(2010, 5, 5)
    markers = [marker(n, day, importance=1) for n in range(5)] + [marker(99, day, importance=5)]
    layout = layout_events(markers, [100.0] * 6, 1.0, max_rows=2)
    placed = {markers[item.index].id for item in layout.placed}
    assert "e99" in placed
    assert len(placed) == 2
    assert sum(cluster.count for cluster in layout.clusters) == 4


def test_selected_event_is_always_placed() -> None:
    day = date(2010, 5, 5)
    markers = [marker(n, day, importance=5) for n in range(5)] + [marker(7, day, importance=1)]
    layout = layout_events(markers, [100.0] * 6, 1.0, max_rows=1, selected_index=5)
    assert [markers[item.index].id for item in layout.placed] == ["e7"]


def test_titles_near_the_end_flip_to_the_left_of_their_marker() -> None:
    item = layout_events(
        [marker(1, date(2024, 12, 30))],
        [120.0],
        1.0,
        max_rows=1,
        right_limit=date(2025, 1, 1).toordinal() * 1.0,
    ).placed[0]
    assert item.text_x + 120.0 < item.x0  # the whole title sits left of the marker


def test_spans_reserve_their_whole_length() -> None:
    span = marker(1, date(2017, 6, 10), end=date(2017, 9, 10))
    layout = layout_events([span], [10.0], 1.0, max_rows=1)
    item = layout.placed[0]
    assert item.x1 - item.x0 == (date(2017, 9, 11) - date(2017, 6, 10)).days


def test_badges_never_crowd_each_other() -> None:
    markers = [
        marker(n, date(2000, 1, 1) + timedelta(days=n * 9), importance=1) for n in range(200)
    ]
    layout = layout_events(markers, [150.0] * 200, 1.0, max_rows=1)
    centres = [cluster.x for cluster in layout.clusters]
    assert centres == sorted(centres)
    assert all(b - a >= 48.0 for a, b in itertools.pairwise(centres))
    assert sum(c.count for c in layout.clusters) + len(layout.placed) == 200


def test_a_short_span_near_the_end_keeps_its_title_clear_of_the_bar() -> None:
    span = marker(1, date(2024, 12, 1), end=date(2024, 12, 4))
    item = layout_events(
        [span], [200.0], 1.0, max_rows=1, right_limit=date(2025, 1, 1).toordinal() * 1.0
    ).placed[0]
    assert item.text_x + 200.0 <= item.x0


def test_a_long_span_holds_its_title_inside() -> None:
    span = marker(1, date(2010, 1, 1), end=date(2012, 1, 1))
    item = layout_events([span], [200.0], 1.0, max_rows=1).placed[0]
    assert item.x0 < item.text_x and item.text_x + 200.0 <= item.x1
