"""Where each event's marker and title go at one zoom level, so no two titles overlap.

Only a region a little wider than the view is laid out, and only a bounded sample of the
events in it are tried (see ``EventColumns.sample``), so the cost of a layout depends on the
size of the window in pixels, never on how many events exist. Candidates are packed into rows
greedily in the order given (most important first, the selected event before all), each into
the topmost row where its extent is free. Events that got no place are counted per badge bin
with binary searches over the start column and drawn as "+N" badges. A title runs after its
marker, else before it, else shortened (elided) on the roomier side, and never past the
widget's edges at the whole-period view.

Coordinates are "world" pixels: day number times pixels-per-day, so one layout serves every
pan position inside its region at that zoom.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from timeline_app.domain.event_columns import EventColumns, IntArray, first_on_or_after

#: Radius of an instant's marker, and the gap between a marker and its title, in pixels.
MARKER_RADIUS = 5.0
TITLE_GAP = 5.0
#: The narrowest room a title is shortened to; an event with less goes to a "+N" badge.
MIN_TITLE_ROOM = 64.0
#: Padding on both sides of an item's extent so neighbouring titles never touch.
ITEM_PADDING = 6.0
#: Width of the world-aligned bins that hidden events are counted in; one badge per bin, so
#: badge centres are this far apart at least and pills (at most ~50 px) never overlap.
BADGE_BIN = 56.0
#: Half the widest badge ("+999k"), to keep badges whole at the ends of the period.
BADGE_HALF_WIDTH = 26.0


@dataclass(frozen=True, slots=True)
class PlacedEvent:
    """An event in a row: marker x0..x1, title from text_x, whole extent left..right.

    ``text_width`` is the room the title was given: its width, or less when it is to be
    elided (it would have crossed an edge of the widget at the whole-period view).
    """

    index: int
    row: int
    x0: float
    x1: float
    right: float
    text_x: float
    left: float
    text_width: float


@dataclass(frozen=True, slots=True)
class Cluster:
    """``count`` events starting in days [first_day, last_day) that got no row: one badge."""

    x: float
    count: int
    first_day: float
    last_day: float


@dataclass(frozen=True, slots=True)
class Layout:
    """One packing: placed events sorted by ``left``, the badges, and the days it covers."""

    pixels_per_day: float
    rows: int
    placed: tuple[PlacedEvent, ...]
    clusters: tuple[Cluster, ...]
    first_day: float = -math.inf
    end_day: float = math.inf

    def covers(self, first_day: float, end_day: float) -> bool:
        """True when the days [first_day, end_day) lie inside the laid-out region."""
        return self.first_day <= first_day and end_day <= self.end_day


class _Row:
    """Occupied intervals of one row, kept sorted by start for O(log n) overlap checks."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def is_free(self, left: float, right: float) -> bool:
        position = bisect.bisect_left(self.starts, left)
        if position > 0 and self.ends[position - 1] > left:
            return False
        return not (position < len(self.starts) and self.starts[position] < right)

    def occupy(self, left: float, right: float) -> None:
        position = bisect.bisect_left(self.starts, left)
        self.starts.insert(position, left)
        self.ends.insert(position, right)


#: World x of an item's marker start and end, of its title and the room the title gets, and of
#: the item's left and right edges. A plain tuple: one is made per candidate on the paint path.
Extent = tuple[float, float, float, float, float, float]


class _Side(NamedTuple):
    """A place for a title: it runs from ``edge`` rightwards, or up to ``edge`` when
    ``leftward``, with ``room`` pixels before a limit or its own marker."""

    edge: float
    room: float
    leftward: bool = False


def _title_place(sides: Sequence[_Side], label_width: float) -> tuple[float, float] | None:
    """(start, width) of a title in the first of ``sides`` that holds it whole.

    When none does, the title is shortened to the roomiest side (the painter elides it; its
    tooltip has it whole) rather than slid over its own marker or cut by the widget's edge: a
    polished timeline never draws a clipped word, and an elided title still tells which event
    the marker is. Below MIN_TITLE_ROOM a stub would tell nothing, so the event is left to a
    "+N" badge, which zooms in to where its title fits.
    """
    side = next((side for side in sides if label_width <= side.room), None)
    width = label_width
    if side is None:
        side = max(sides, key=lambda side: side.room)
        width = side.room
        if width < MIN_TITLE_ROOM:
            return None
    return (side.edge - width if side.leftward else side.edge), width


def item_extent(
    start_day: float,
    end_day: float,
    is_span: bool,
    label_width: float,
    pixels_per_day: float,
    limits: tuple[float, float] = (-math.inf, math.inf),
) -> Extent | None:
    """Where an item and its title go, or None when its title has no room (see _title_place).

    ``end_day`` is the day after the last day. ``limits`` are the world x of the widget's edges
    when the whole period is in view: a title runs after its marker, else before it, and never
    past either limit.
    """
    left_limit, right_limit = limits
    if is_span:
        x0 = start_day * pixels_per_day
        x1 = end_day * pixels_per_day
        # Inside the (shown part of the) bar when it is long enough, else after it, else
        # before it.
        bar_left, bar_right = max(x0, left_limit), min(x1, right_limit)
        if label_width + 2 * TITLE_GAP <= bar_right - bar_left:  # the usual case, kept cheap
            return x0, x1, bar_left + TITLE_GAP, label_width, x0, x1
        sides = (
            _Side(bar_left + TITLE_GAP, bar_right - bar_left - 2 * TITLE_GAP),
            _Side(x1 + TITLE_GAP, right_limit - x1 - TITLE_GAP),
            _Side(x0 - TITLE_GAP, x0 - TITLE_GAP - left_limit, leftward=True),
        )
        place = _title_place(sides, label_width)
        if place is None:
            return None
        text_x, width = place
        return x0, x1, text_x, width, min(x0, text_x), max(x1, text_x + width)
    # An instant sits in the middle of its day.
    x = (start_day + 0.5) * pixels_per_day
    after = x + MARKER_RADIUS + TITLE_GAP
    if label_width <= right_limit - after:  # the usual case, kept cheap: this is per candidate
        return x, x, after, label_width, x - MARKER_RADIUS, after + label_width
    before = x - MARKER_RADIUS - TITLE_GAP
    place = _title_place(
        (_Side(after, right_limit - after), _Side(before, before - left_limit, leftward=True)),
        label_width,
    )
    if place is None:
        return None
    text_x, width = place
    left, right = min(x - MARKER_RADIUS, text_x), max(x + MARKER_RADIUS, text_x + width)
    return x, x, text_x, width, left, right


def pack_rows(
    columns: EventColumns,
    candidates: Sequence[int],
    label_widths: Sequence[float],
    pixels_per_day: float,
    max_rows: int,
    limits: tuple[float, float] = (-math.inf, math.inf),
) -> list[PlacedEvent]:
    """Place candidates (in priority order) into the topmost free row; the rest are left out.

    ``limits`` are the world x of the widget's edges at the whole-period view; no title
    crosses them (see ``item_extent``).
    """
    starts, ends, flags = columns.starts, columns.ends, columns.columns["flags"]
    rows = [_Row() for _ in range(max(0, max_rows))]
    placed: list[PlacedEvent] = []
    for position, width in zip(candidates, label_widths, strict=True):
        extent = item_extent(
            float(starts[position]),
            float(ends[position]),
            bool(flags[position] & 2),
            width,
            pixels_per_day,
            limits,
        )
        if extent is None:
            continue
        x0, x1, text_x, text_width, left, right = extent
        left_edge, right_edge = left - ITEM_PADDING, right + ITEM_PADDING
        for row_number, row in enumerate(rows):
            if row.is_free(left_edge, right_edge):
                row.occupy(left_edge, right_edge)
                placed.append(
                    PlacedEvent(int(position), row_number, x0, x1, right, text_x, left, text_width)
                )
                break
    placed.sort(key=lambda item: item.left)
    return placed


def hidden_clusters(
    columns: EventColumns,
    placed_positions: IntArray,
    first_day: float,
    end_day: float,
    pixels_per_day: float,
    limits: tuple[float, float] = (-math.inf, math.inf),
) -> tuple[Cluster, ...]:
    """Badges for the events starting in [first_day, end_day) that were not placed.

    Counted per world-aligned bin of BADGE_BIN pixels by binary search on the start column,
    so it costs the same for ten events or a million. Badges are kept whole inside
    ``limits`` (world x of the period's ends); one pushed onto its neighbour joins it.
    """
    bin_days = BADGE_BIN / pixels_per_day
    first_bin = math.floor(first_day / bin_days)
    last_bin = math.ceil(end_day / bin_days)
    edges = np.arange(first_bin, last_bin + 1, dtype=np.float64) * bin_days
    cuts = first_on_or_after(columns.starts, edges)
    counts = np.diff(cuts).astype(np.int64)
    if len(placed_positions):
        placed_bins = np.searchsorted(edges, columns.starts[placed_positions], side="right") - 1
        inside = (placed_bins >= 0) & (placed_bins < len(counts))
        counts -= np.bincount(placed_bins[inside], minlength=len(counts))[: len(counts)]
    lowest, highest = limits[0] + BADGE_HALF_WIDTH, limits[1] - BADGE_HALF_WIDTH
    clusters: list[Cluster] = []
    for number in np.flatnonzero(counts > 0).tolist():
        x = min(max((edges[number] + bin_days / 2) * pixels_per_day, lowest), highest)
        cluster = Cluster(x, int(counts[number]), float(edges[number]), float(edges[number + 1]))
        if clusters and x - clusters[-1].x < BADGE_BIN - 1e-6:
            # Only a badge clamped at an end crowds a neighbour; the merged badge keeps the
            # place of the one that was not moved, so it stays clear of the next one.
            previous = clusters.pop()
            x = previous.x if x == highest else x
            cluster = Cluster(
                x, previous.count + cluster.count, previous.first_day, cluster.last_day
            )
        clusters.append(cluster)
    return tuple(clusters)


def layout_region(
    columns: EventColumns,
    candidates: Sequence[int],
    label_widths: Sequence[float],
    pixels_per_day: float,
    max_rows: int,
    first_day: float,
    end_day: float,
    right_limit: float = math.inf,
    left_limit: float = -math.inf,
) -> Layout:
    """Pack the candidates of the region [first_day, end_day) and badge the rest.

    ``left_limit`` and ``right_limit`` are the world x of the widget's edges at the
    whole-period view: titles and badges stay between both.
    """
    placed = pack_rows(
        columns, candidates, label_widths, pixels_per_day, max_rows, (left_limit, right_limit)
    )
    placed_positions = np.array([item.index for item in placed], np.int64)
    clusters = hidden_clusters(
        columns,
        placed_positions,
        first_day,
        end_day,
        pixels_per_day,
        (left_limit, right_limit),
    )
    return Layout(pixels_per_day, max(0, max_rows), tuple(placed), clusters, first_day, end_day)


def compact_count(count: int) -> str:
    """A badge's count in at most five characters: 7, 950, 12k, 1.2M."""
    if count < 1000:
        return str(count)
    if count < 10_000:
        return f"{count / 1000:.1f}k".replace(".0k", "k")
    if count < 1_000_000:
        return f"{count // 1000}k"
    return f"{count / 1_000_000:.1f}M".replace(".0M", "M")
