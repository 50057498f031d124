"""Where each event's marker and title go at one zoom level, so no two titles overlap.

Events are packed into rows greedily, most important first (the selected event before all),
each into the topmost row where its extent is free. What does not fit in the rows available
is gathered into "+N" clusters by position. Coordinates are "world" pixels: day number times
pixels-per-day, so one layout serves every pan position at that zoom.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline_app.domain.models import EventMarker

#: Radius of an instant's marker, and the gap between a marker and its title, in pixels.
MARKER_RADIUS = 5.0
TITLE_GAP = 5.0
#: Padding on both sides of an item's extent so neighbouring titles never touch.
ITEM_PADDING = 6.0
#: Hidden events closer than this (in pixels) share one "+N" badge.
CLUSTER_RADIUS = 36.0
#: Badge centres closer than this are merged, so "+N" pills never overlap.
MIN_BADGE_SPACING = 48.0


@dataclass(frozen=True, slots=True)
class PlacedEvent:
    """An event in a row: marker x0..x1, title from text_x, whole extent left..right."""

    index: int
    row: int
    x0: float
    x1: float
    right: float
    text_x: float
    left: float


@dataclass(slots=True)
class Cluster:
    """Events that did not fit, drawn as one "+N" badge at ``x``."""

    x: float
    indices: list[int] = field(default_factory=list)
    first_day: float = 0.0
    last_day: float = 0.0

    @property
    def count(self) -> int:
        """How many events the badge stands for."""
        return len(self.indices)


@dataclass(frozen=True, slots=True)
class Layout:
    """The result of one packing: placed events sorted by ``left`` and the overflow clusters."""

    pixels_per_day: float
    rows: int
    placed: tuple[PlacedEvent, ...]
    clusters: tuple[Cluster, ...]


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


def marker_extent(
    marker: EventMarker, label_width: float, pixels_per_day: float, right_limit: float = math.inf
) -> tuple[float, float, float, float, float]:
    """World x of marker start and end, title start, and the item's left and right edges.

    A title that would run past ``right_limit`` (the end of the period) goes left of its marker.
    """
    start_day = float(marker.start.toordinal())
    if marker.is_span and marker.end is not None:
        x0 = start_day * pixels_per_day
        x1 = (marker.end.toordinal() + 1) * pixels_per_day
        # The title sits inside a bar long enough to hold it, else just after the bar.
        inside = x1 - x0 >= label_width + 2 * TITLE_GAP
        text_x = x0 + TITLE_GAP if inside else x1 + TITLE_GAP
        if not inside and text_x + label_width > right_limit:
            text_x = x0 - TITLE_GAP - label_width  # no room after the bar: put it before
        return x0, x1, text_x, min(x0, text_x), max(x1, text_x + label_width)
    # An instant sits in the middle of its day.
    x = (start_day + 0.5) * pixels_per_day
    text_x = x + MARKER_RADIUS + TITLE_GAP
    if text_x + label_width > right_limit:
        text_x = x - MARKER_RADIUS - TITLE_GAP - label_width
        return x, x, text_x, text_x, x + MARKER_RADIUS
    return x, x, text_x, x - MARKER_RADIUS, text_x + label_width


def layout_events(
    markers: Sequence[EventMarker],
    label_widths: Sequence[float],
    pixels_per_day: float,
    max_rows: int,
    *,
    selected_index: int | None = None,
    right_limit: float = math.inf,
) -> Layout:
    """Pack events into at most ``max_rows`` rows; the rest become clusters."""
    order = sorted(range(len(markers)), key=lambda i: (-markers[i].importance, markers[i].start))
    if selected_index is not None and 0 <= selected_index < len(markers):
        order.remove(selected_index)
        order.insert(0, selected_index)
    rows = [_Row() for _ in range(max(0, max_rows))]
    placed: list[PlacedEvent] = []
    hidden: list[tuple[float, int]] = []
    for index in order:
        x0, x1, text_x, left, right = marker_extent(
            markers[index], label_widths[index], pixels_per_day, right_limit
        )
        left_edge = left - ITEM_PADDING
        right_edge = right + ITEM_PADDING
        for row_number, row in enumerate(rows):
            if row.is_free(left_edge, right_edge):
                row.occupy(left_edge, right_edge)
                placed.append(PlacedEvent(index, row_number, x0, x1, right, text_x, left))
                break
        else:
            hidden.append((x0, index))
    placed.sort(key=lambda item: item.left)
    return Layout(
        pixels_per_day, len(rows), tuple(placed), _clusters(hidden, markers, pixels_per_day)
    )


def _clusters(
    hidden: list[tuple[float, int]], markers: Sequence[EventMarker], pixels_per_day: float
) -> tuple[Cluster, ...]:
    """Group hidden events left to right; a new badge starts past CLUSTER_RADIUS."""
    hidden.sort()
    clusters: list[Cluster] = []
    group_start = float("-inf")
    for x, index in hidden:
        marker = markers[index]
        last_day = float((marker.end or marker.start).toordinal() + 1)
        if not clusters or x - group_start > CLUSTER_RADIUS:
            group_start = x
            clusters.append(
                Cluster(x=x, first_day=float(marker.start.toordinal()), last_day=last_day)
            )
        cluster = clusters[-1]
        cluster.indices.append(index)
        cluster.last_day = max(cluster.last_day, last_day)
    merged: list[Cluster] = []
    for cluster in clusters:
        cluster.x = (cluster.first_day + cluster.last_day) / 2 * pixels_per_day
        if merged and cluster.x - merged[-1].x < MIN_BADGE_SPACING:
            previous = merged[-1]
            previous.indices.extend(cluster.indices)
            previous.first_day = min(previous.first_day, cluster.first_day)
            previous.last_day = max(previous.last_day, cluster.last_day)
            previous.x = (previous.first_day + previous.last_day) / 2 * pixels_per_day
        else:
            merged.append(cluster)
    return tuple(merged)
