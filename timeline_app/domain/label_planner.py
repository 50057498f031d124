"""Which events get a titled place at one zoom: the policy in front of ``label_layout``.

A region a quarter of a view wider on each side is laid out (so panning inside it reuses the
layout). Few enough events are all tried; beyond that a bounded sample per bin is. Packing
runs first on widths estimated from title lengths, so only the titles that get a place are
ever measured; the packing is then tried again with the measured widths, so room left by
generous estimates goes to the next candidates. A title whose width is not known yet (its
text has not been read) keeps its estimate, and the plan says so: the caller reads those
titles later, outside painting, and plans again.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.label_layout import Layout, layout_region, pack_rows
from timeline_app.domain.time_scale import TimeScale

#: Events are sampled per bin of this many pixels, at most one per row in each.
SAMPLE_BIN = 120.0
#: Up to this many events in a region are all tried for a place (about a millisecond).
FULL_LAYOUT_LIMIT = 150
#: Estimated title widths are this much wider than the average seen, so that most titles
#: placed on an estimate still fit when measured.
ESTIMATE_MARGIN = 1.15

#: Widths in pixels of the titles of these keys; None where the title is not known yet.
WidthsOf = Callable[[Sequence[int]], list[float | None]]


@dataclass(frozen=True, slots=True)
class LabelPlan:
    """A layout, and the keys of placed events whose titles were not known (estimated)."""

    layout: Layout
    unmeasured: tuple[int, ...]


class WidthEstimator:
    """Guesses a title's width from its length, following the titles actually measured."""

    def __init__(self, char_width: float) -> None:
        self.char_width = char_width

    def estimate(self, length: int) -> float:
        """The estimated width of a title of ``length`` characters."""
        return length * self.char_width * ESTIMATE_MARGIN

    def learn(self, lengths: Sequence[int], widths: Sequence[float]) -> None:
        """Follow the average width per character of the titles actually measured."""
        characters = sum(lengths)
        if characters >= 200:
            observed = sum(widths) / characters
            self.char_width = 0.7 * self.char_width + 0.3 * observed


def region_of(scale: TimeScale) -> tuple[float, float, float]:
    """(first day, end day, bin days) of the region laid out for ``scale``."""
    bin_days = SAMPLE_BIN / scale.pixels_per_day
    first = math.floor((scale.start - scale.span / 4) / bin_days) * bin_days
    end = math.ceil((scale.end + scale.span / 4) / bin_days) * bin_days
    return first, end, bin_days


def candidates_in(
    columns: EventColumns, scale: TimeScale, rows: int, selected: int | None
) -> np.ndarray:
    """The positions tried for a place, in the order they are tried (selected event first)."""
    first, end, bin_days = region_of(scale)
    # Titles are about twice as wide as a bin, so a bin's share of the rows is about a third.
    candidates = columns.all_in(first, end, FULL_LAYOUT_LIMIT)
    if candidates is None:
        candidates = columns.sample(first, end, bin_days, per_bin=max(2, rows // 3))
    if selected is not None:
        candidates = np.concatenate(([selected], candidates[candidates != selected])).astype(
            np.int64
        )
    return candidates


def plan_labels(
    columns: EventColumns,
    scale: TimeScale,
    rows: int,
    selected: int | None,
    limits: tuple[float, float],
    widths_of: WidthsOf,
    estimator: WidthEstimator,
    cached_width: Callable[[int], float | None] = lambda _key: None,
) -> LabelPlan:
    """Pack the titles of the region around ``scale`` (see the module's docstring).

    ``limits`` are the world x of the period's ends. ``widths_of`` measures titles, or
    answers None for a title it does not know yet; ``cached_width`` gives widths already
    measured, for free, to the first packing.
    """
    left_limit, right_limit = limits
    first, end, _ = region_of(scale)
    candidates = candidates_in(columns, scale, rows, selected)
    order = candidates.tolist()
    keys = columns.keys[candidates].tolist()
    lengths = columns.columns["title_length"][candidates].tolist()
    estimated = [
        _known_or(cached_width(key), estimator.estimate(length))
        for key, length in zip(keys, lengths, strict=True)
    ]
    measured: dict[int, float | None] = {}
    widths = estimated
    kept: set[int] = set()
    for _ in range(2):
        trial = pack_rows(columns, order, widths, scale.pixels_per_day, rows, limits)
        kept = {item.index for item in trial}
        wanted = [
            key
            for position, key in zip(order, keys, strict=True)
            if position in kept and key not in measured
        ]
        measured.update(zip(wanted, widths_of(wanted), strict=True))
        widths = [
            _known_or(measured.get(key), estimate)
            for key, estimate in zip(keys, estimated, strict=True)
        ]
    chosen = [
        (position, key, width)
        for position, key, width in zip(order, keys, widths, strict=True)
        if position in kept
    ]
    known = [(position, width) for position, key, width in chosen if measured.get(key) is not None]
    estimator.learn(
        [int(columns.columns["title_length"][position]) for position, _ in known],
        [width for _, width in known],
    )
    layout = layout_region(
        columns,
        [position for position, _, _ in chosen],
        [width for _, _, width in chosen],
        scale.pixels_per_day,
        rows,
        first,
        end,
        right_limit,
        left_limit,
    )
    unmeasured = tuple(key for _, key, _ in chosen if measured.get(key) is None)
    return LabelPlan(layout, unmeasured)


def _known_or(width: float | None, estimate: float) -> float:
    return estimate if width is None else width
