"""Where the timeline goes for a selection, a search result or a "+N" badge: pure window math."""

from __future__ import annotations

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.label_layout import Cluster
from timeline_app.domain.time_scale import TimeScale

#: Revealing an event zooms in until at most this many days are in view.
READABLE_SPAN_DAYS = 3 * 365.0
#: Zooming by keys (and by a badge that cannot be zoomed into further) uses this factor.
KEY_ZOOM_STEP = 1.5
#: A selected event this close to an edge (a fraction of the window) is brought in.
EDGE_MARGIN = 0.05


def readable_scale(scale: TimeScale, start: float, end: float) -> TimeScale:
    """``scale`` centred on the days [start, end), zoomed in to a readable span."""
    span = max(min(scale.span, READABLE_SPAN_DAYS), (end - start) * 1.3)
    middle = (start + end) / 2
    return scale.with_window(middle - span / 2, middle + span / 2)


def scale_showing(scale: TimeScale, day: float) -> TimeScale:
    """``scale`` itself when ``day`` is well inside it, else centred on ``day``."""
    margin = scale.span * EDGE_MARGIN
    if scale.start + margin <= day <= scale.end - margin:
        return scale
    return scale.centred_on(day)


def stepped_position(
    columns: EventColumns, selected: int | None, direction: int, scale: TimeScale
) -> int | None:
    """The event after (+1) or before (-1) ``selected``; with none selected, the first or
    last in view. None when there are no events."""
    count = len(columns)
    if not count:
        return None
    if selected is not None:
        return min(max(selected + direction, 0), count - 1)
    if direction > 0:
        return min(columns.first_at_or_after(scale.start), count - 1)
    return max(columns.first_at_or_after(scale.end) - 1, 0)


def cluster_scale(columns: EventColumns, cluster: Cluster, scale: TimeScale) -> TimeScale:
    """The window showing the days a badge's events start on (at least one zoom step in)."""
    low = columns.first_at_or_after(cluster.first_day)
    high = columns.first_at_or_after(cluster.last_day)
    first, last = cluster.first_day, cluster.last_day
    if low < high:
        first = float(columns.starts[low])
        last = float(columns.starts[high - 1]) + 1
    padding = max((last - first) * 0.25, 3.0)
    target = scale.with_window(first - padding, last + padding)
    if target.span >= scale.span:  # cannot zoom further: at least zoom a step
        target = scale.zoomed(KEY_ZOOM_STEP, scale.x_of(cluster.first_day))
    return target
