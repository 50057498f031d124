"""Packing event titles into rows without overlap; importance first; "+N" badges; sampling."""

from __future__ import annotations

import itertools
import math
from datetime import date, timedelta

import numpy as np

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.label_layout import BADGE_BIN, Layout, compact_count, layout_region
from timeline_app.domain.models import DatePrecision, EventMarker


def marker(n: int, day: date, importance: int = 3, end: date | None = None) -> EventMarker:
    return EventMarker(
        f"e{n}", f"Event {n}", day, end, DatePrecision.DAY, False, "culture", importance
    )


def columns_of(markers: list[EventMarker]) -> tuple[EventColumns, list[EventMarker]]:
    return EventColumns.from_markers(markers, ["culture"])


def lay_out(
    markers: list[EventMarker],
    width: float,
    pixels_per_day: float,
    max_rows: int,
    *,
    first: EventMarker | None = None,
    right_limit: float = math.inf,
    left_limit: float = -math.inf,
) -> tuple[Layout, list[EventMarker]]:
    """Everything is a candidate, most important first (``first`` before all)."""
    columns, ordered = columns_of(markers)
    order = sorted(range(len(ordered)), key=lambda i: (-ordered[i].importance, ordered[i].start))
    if first is not None:
        order.remove(ordered.index(first))
        order.insert(0, ordered.index(first))
    layout = layout_region(
        columns,
        order,
        [width] * len(order),
        pixels_per_day,
        max_rows,
        float(date(1992, 1, 1).toordinal()),
        float(date(2025, 1, 1).toordinal()),
        right_limit,
        left_limit,
    )
    return layout, ordered


def test_titles_in_the_same_row_never_overlap() -> None:
    markers = [marker(n, date(2000, 1, 1) + timedelta(days=n * 3)) for n in range(60)]
    layout, _ = lay_out(markers, 80.0, 2.0, max_rows=50)
    by_row: dict[int, list[tuple[float, float]]] = {}
    for item in layout.placed:
        by_row.setdefault(item.row, []).append((item.left, item.right))
    for extents in by_row.values():
        extents.sort()
        for (_, right), (left, _) in itertools.pairwise(extents):
            assert right <= left
    assert len(layout.placed) == 60 and not layout.clusters


def test_overflow_goes_to_badges_and_important_events_win() -> None:
    day = date(2010, 5, 5)
    markers = [marker(n, day, importance=1) for n in range(5)] + [marker(99, day, importance=5)]
    layout, ordered = lay_out(markers, 100.0, 1.0, max_rows=2)
    placed = {ordered[item.index].id for item in layout.placed}
    assert "e99" in placed
    assert len(placed) == 2
    assert sum(cluster.count for cluster in layout.clusters) == 4


def test_the_candidate_given_first_is_always_placed() -> None:
    day = date(2010, 5, 5)
    markers = [marker(n, day, importance=5) for n in range(5)] + [marker(7, day, importance=1)]
    layout, ordered = lay_out(markers, 100.0, 1.0, max_rows=1, first=markers[5])
    assert [ordered[item.index].id for item in layout.placed] == ["e7"]


def test_titles_near_the_end_flip_to_the_left_of_their_marker() -> None:
    layout, _ = lay_out(
        [marker(1, date(2024, 12, 30))],
        120.0,
        1.0,
        max_rows=1,
        right_limit=date(2025, 1, 1).toordinal() * 1.0,
    )
    item = layout.placed[0]
    assert item.text_x + 120.0 < item.x0  # the whole title sits left of the marker


def test_spans_reserve_their_whole_length() -> None:
    span = marker(1, date(2017, 6, 10), end=date(2017, 9, 10))
    item = lay_out([span], 10.0, 1.0, max_rows=1)[0].placed[0]
    assert item.x1 - item.x0 == (date(2017, 9, 11) - date(2017, 6, 10)).days


def test_badges_never_crowd_each_other_and_count_every_hidden_event() -> None:
    markers = [
        marker(n, date(2000, 1, 1) + timedelta(days=n * 9), importance=1) for n in range(200)
    ]
    layout, _ = lay_out(markers, 150.0, 1.0, max_rows=1)
    centres = [cluster.x for cluster in layout.clusters]
    assert centres == sorted(centres)
    assert all(b - a >= BADGE_BIN - 1e-6 for a, b in itertools.pairwise(centres))
    assert sum(c.count for c in layout.clusters) + len(layout.placed) == 200


def test_a_short_span_near_the_end_keeps_its_title_clear_of_the_bar() -> None:
    span = marker(1, date(2024, 12, 1), end=date(2024, 12, 4))
    layout, _ = lay_out(
        [span], 200.0, 1.0, max_rows=1, right_limit=date(2025, 1, 1).toordinal() * 1.0
    )
    assert layout.placed[0].text_x + 200.0 <= layout.placed[0].x0


def test_a_long_span_holds_its_title_inside() -> None:
    span = marker(1, date(2010, 1, 1), end=date(2012, 1, 1))
    item = lay_out([span], 200.0, 1.0, max_rows=1)[0].placed[0]
    assert item.x0 < item.text_x and item.text_x + 200.0 <= item.x1


def dense_columns(count: int) -> EventColumns:
    """``count`` events over 1992–2024, every fifth one important."""
    rng = np.random.default_rng(7)
    first = date(1992, 1, 1).toordinal()
    starts = np.sort(rng.integers(first, first + 12000, count)).astype(np.int32)
    return EventColumns.from_arrays(
        {
            "key": np.arange(count),
            "start": starts,
            "end": starts + 1,
            "category": np.zeros(count),
            "importance": np.where(np.arange(count) % 5 == 0, 5, 1),
            "precision": np.zeros(count),
            "confidence": np.full(count, 2),
            "flags": np.zeros(count),
            "title_length": np.full(count, 40),
        },
        ["culture"],
    )


def test_sampling_is_bounded_per_bin_and_prefers_important_events() -> None:
    columns = dense_columns(100_000)
    first, end, bin_days = 730_000.0, 731_000.0, 50.0
    picked = columns.sample(first, end, bin_days, per_bin=4)
    per_bin = np.bincount((columns.starts[picked] // bin_days).astype(np.int64))
    assert len(picked) > 0 and per_bin.max() <= 4
    # Powers-of-two strides leave up to half a bin's room to the next level down.
    important = columns.columns["importance"][picked] == 5
    assert important.sum() >= len(picked) / 2
    assert np.all(columns.ends[picked] > first) and np.all(columns.starts[picked] < end)


def test_sampling_keeps_its_picks_when_panning_by_whole_bins() -> None:
    columns = dense_columns(100_000)
    bin_days = 40.0
    here = set(columns.sample(730_000.0, 731_000.0, bin_days, 3).tolist())
    moved = set(columns.sample(730_000.0 + 5 * bin_days, 731_000.0 + 5 * bin_days, bin_days, 3))
    overlap_first, overlap_end = 730_000.0 + 5 * bin_days, 731_000.0
    in_overlap = {p for p in here if overlap_first <= columns.starts[p] < overlap_end - bin_days}
    assert in_overlap and in_overlap <= {int(p) for p in moved}


def test_sparse_parts_of_a_window_keep_all_their_events() -> None:
    crowd = [marker(n, date(2010, 1, 1), importance=5) for n in range(500)]
    lonely = [marker(900, date(2015, 6, 1), importance=5)]
    columns, ordered = columns_of(crowd + lonely)
    picked = columns.sample(
        float(date(2009, 1, 1).toordinal()), float(date(2016, 1, 1).toordinal()), 30.0, 3
    )
    assert ordered.index(lonely[0]) in picked.tolist()


def test_badge_counts_stay_short() -> None:
    assert [compact_count(n) for n in (7, 950, 1000, 1500, 12_345, 999_999, 1_234_567)] == [
        "7",
        "950",
        "1k",
        "1.5k",
        "12k",
        "999k",
        "1.2M",
    ]


def test_badges_at_the_ends_of_the_period_stay_whole_and_apart() -> None:
    first, last = date(1992, 1, 1), date(2024, 12, 31)
    markers = [marker(n, first + timedelta(days=n % 40)) for n in range(300)]
    markers += [marker(1000 + n, last - timedelta(days=n % 40)) for n in range(300)]
    columns, _ = columns_of(markers)
    pixels_per_day = 0.1
    left, right = first.toordinal() * pixels_per_day, (last.toordinal() + 1) * pixels_per_day
    layout = layout_region(
        columns,
        [],
        [],
        pixels_per_day,
        0,
        float(first.toordinal() - 2000),
        float(last.toordinal() + 2000),
        right,
        left,
    )
    centres = [cluster.x for cluster in layout.clusters]
    assert sum(cluster.count for cluster in layout.clusters) == 600
    assert all(left + 25 <= x <= right - 25 for x in centres)
    assert all(b - a >= BADGE_BIN - 1e-6 for a, b in itertools.pairwise(centres))


def test_a_small_region_tries_every_event_most_important_first() -> None:
    markers = [
        marker(n, date(2001, 1, 1) + timedelta(days=n), importance=1 + n % 5) for n in range(40)
    ]
    columns, _ = columns_of(markers)
    first, end = float(date(2000, 1, 1).toordinal()), float(date(2002, 1, 1).toordinal())
    every = columns.all_in(first, end, limit=100)
    assert every is not None and sorted(every.tolist()) == list(range(40))
    importance = columns.columns["importance"][every].tolist()
    assert importance == sorted(importance, reverse=True)
    assert columns.all_in(first, end, limit=10) is None  # too many: sample instead


def test_a_bin_with_one_place_left_still_takes_the_more_important_event() -> None:
    first = date(2000, 1, 1).toordinal()
    starts = np.array([first - 5, first, first + 1, first + 2, first + 3, first + 4], np.int32)
    columns = EventColumns.from_arrays(
        {
            "key": np.arange(6),
            "start": starts,
            "end": starts + 1,
            "category": np.zeros(6),
            "importance": np.array([4, 5, 4, 4, 4, 1]),
            "precision": np.zeros(6),
            "confidence": np.full(6, 2),
            "flags": np.zeros(6),
            "title_length": np.full(6, 20),
        },
        ["culture"],
    )
    picked = columns.sample(first - 10.0, first + 10.0, 10.0, per_bin=2)
    importance = columns.columns["importance"][picked].tolist()
    assert 1 not in importance  # the bin's last place goes to an importance-4 event


def long_titled(n: int, day: date, end: date | None = None) -> EventMarker:
    return EventMarker(
        f"e{n}", "A long title " * 6, day, end, DatePrecision.DAY, False, "culture", 3
    )


#: The whole period drawn across 722 px (a 750-px timeline), and the world x of its edges.
FIT_PPD = 722.0 / (date(2025, 1, 1).toordinal() - date(1992, 1, 1).toordinal())
FIT_LIMITS = (
    date(1992, 1, 1).toordinal() * FIT_PPD - 12.0,
    date(2025, 1, 1).toordinal() * FIT_PPD + 12.0,
)


def test_titles_too_wide_for_the_right_end_never_start_before_the_left_end() -> None:
    # The user's report: at the fit-all view, a 500-px title whose marker is left of the
    # middle did not fit after its marker, was put before it, and started off the widget.
    days = [date(1996, 4, 26), date(2003, 6, 2), date(2007, 12, 1), date(2013, 9, 7)]
    days += [date(2021, 3, 1), date(2024, 12, 30)]
    markers = [long_titled(n, day) for n, day in enumerate(days)]
    markers.append(long_titled(99, date(2002, 1, 1), end=date(2019, 1, 1)))
    layout, _ = lay_out(
        markers, 500.0, FIT_PPD, max_rows=20, right_limit=FIT_LIMITS[1], left_limit=FIT_LIMITS[0]
    )
    assert len(layout.placed) == len(markers)
    left_limit, right_limit = FIT_LIMITS
    for item in layout.placed:
        assert left_limit <= item.text_x
        assert item.text_x + item.text_width <= right_limit
        assert left_limit <= item.left and item.right <= right_limit


def test_a_title_that_fits_on_neither_side_is_shortened_to_the_wider_side() -> None:
    x = (date(2003, 6, 2).toordinal() + 0.5) * FIT_PPD
    layout, _ = lay_out(
        [long_titled(1, date(2003, 6, 2))],
        500.0,
        FIT_PPD,
        max_rows=1,
        right_limit=FIT_LIMITS[1],
        left_limit=FIT_LIMITS[0],
    )
    item = layout.placed[0]
    assert item.text_x > x  # the right of the marker has more room
    assert item.text_width == FIT_LIMITS[1] - item.text_x < 500.0


def test_a_title_that_fits_whole_is_never_shortened() -> None:
    layout, _ = lay_out(
        [long_titled(1, date(2024, 12, 30))],
        300.0,
        FIT_PPD,
        max_rows=1,
        right_limit=FIT_LIMITS[1],
        left_limit=FIT_LIMITS[0],
    )
    item = layout.placed[0]
    assert item.text_width == 300.0 and item.text_x + 300.0 < item.x0


def test_an_event_with_no_room_for_a_title_goes_to_a_badge() -> None:
    # A period only a few dozen pixels wide: no side of the marker has room for a title.
    limits = (date(1992, 1, 1).toordinal() * 0.004, date(2025, 1, 1).toordinal() * 0.004)
    layout, _ = lay_out(
        [long_titled(1, date(2008, 1, 1))],
        500.0,
        0.004,
        max_rows=1,
        right_limit=limits[1],
        left_limit=limits[0],
    )
    assert not layout.placed
    assert sum(cluster.count for cluster in layout.clusters) == 1
