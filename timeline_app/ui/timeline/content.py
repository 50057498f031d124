"""What the timeline shows, and the caches that keep each frame cheap at any number of events.

The events are numeric columns; titles, their measured widths and ids are fetched only for
the events a layout tries, and kept (up to a bound) so zooming and panning back is free.
A layout covers a region half as wide again as the view and is reused while panning inside it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from typing import TypeVar

import numpy as np
from PySide6.QtGui import QFont

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import EventLookup
from timeline_app.domain.label_layout import Layout, layout_region, pack_rows
from timeline_app.domain.models import EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.timeline.paint_cache import StaticTextCache, text_width

#: Events are sampled per bin of this many pixels, at most one per row in each.
SAMPLE_BIN = 120.0
#: Up to this many events in a region are all tried for a place (about a millisecond).
FULL_LAYOUT_LIMIT = 150
#: Texts kept in memory; beyond this the caches start over (a few MB at most).
CACHE_LIMIT = 50_000
#: Estimated title widths are this much wider than the average seen, so that most titles
#: placed on an estimate still fit when measured.
ESTIMATE_MARGIN = 1.15
#: A title of typical letters, to start the width-per-character estimate in a new font.
SAMPLE_TITLE = "Kazakhstan and China sign a memorandum on cultural centres in Astana"
_V = TypeVar("_V")
#: Layouts kept: a transition passes through many zoom levels.
LAYOUT_CACHE = 32


def _trimmed(cache: dict[int, _V], wanted: Sequence[int], adding: int) -> dict[int, _V]:
    """``cache`` itself while ``adding`` more entries fit under CACHE_LIMIT; else only the
    entries of ``wanted`` (the keys of the call in progress), so none of those is lost."""
    if len(cache) + adding <= CACHE_LIMIT:
        return cache
    return {key: cache[key] for key in wanted if key in cache}


class TimelineContent:
    """The shown events (after filters), their texts on demand, and their layouts."""

    def __init__(self, texts: StaticTextCache) -> None:
        self.columns = EventColumns.empty()
        self._lookup: EventLookup | None = None
        #: shaped titles: measuring and drawing share one shaping per title
        self._texts = texts
        self._char_width = text_width(texts, SAMPLE_TITLE) / len(SAMPLE_TITLE)
        self._titles: dict[int, str] = {}
        self._widths: dict[int, float] = {}
        self._ids: dict[int, str] = {}
        self._layouts: dict[tuple[float, int, int | None], Layout] = {}

    @property
    def lookup(self) -> EventLookup | None:
        """Where titles and ids come from."""
        return self._lookup

    def set_events(self, columns: EventColumns, lookup: EventLookup) -> None:
        """New columns; texts stay cached when the lookup is the same (a filter change)."""
        if lookup is not self._lookup:
            self._titles.clear()
            self._widths.clear()
            self._ids.clear()
        self.columns, self._lookup = columns, lookup
        self._layouts.clear()

    def set_font(self, font: QFont) -> None:
        """Titles are measured again in the new font."""
        self._texts.use_font(font)
        self._widths.clear()
        self._char_width = text_width(self._texts, SAMPLE_TITLE) / len(SAMPLE_TITLE)
        self._layouts.clear()

    def forget_layouts(self) -> None:
        """Drop every layout (the rows available or the width changed)."""
        self._layouts.clear()

    # ----- texts by key -----

    def titles(self, keys: Sequence[int]) -> list[str]:
        """Titles of these keys, fetching the missing ones in one query."""
        missing = [key for key in keys if key not in self._titles]
        if missing and self._lookup is not None:
            self._titles = _trimmed(self._titles, keys, len(missing))
            self._titles.update(self._lookup.titles(missing))
        return [self._titles.get(key, "") for key in keys]

    def title(self, key: int) -> str:
        """One title."""
        return self.titles([key])[0]

    def widths(self, keys: Sequence[int]) -> list[float]:
        """Title widths in pixels in the current font."""
        missing = [key for key in keys if key not in self._widths]
        if missing:
            self._widths = _trimmed(self._widths, keys, len(missing))
            for key, title in zip(missing, self.titles(missing), strict=True):
                self._widths[key] = text_width(self._texts, title)
        return [self._widths[key] for key in keys]

    def ids(self, positions: Sequence[int]) -> list[str]:
        """Event ids of these positions."""
        keys = [self.columns.key(position) for position in positions]
        return self.ids_of_keys(keys)

    def ids_of_keys(self, keys: Sequence[int]) -> list[str]:
        """Event ids of these keys."""
        missing = [key for key in keys if key not in self._ids]
        if missing and self._lookup is not None:
            self._ids = _trimmed(self._ids, keys, len(missing))
            self._ids.update(self._lookup.ids(missing))
        return [self._ids.get(key, "") for key in keys]

    def all_ids(self) -> list[str]:
        """Every shown event's id, chronologically (one query per few thousand events)."""
        if self._lookup is None or not len(self.columns):
            return []
        keys = self.columns.keys.tolist()
        by_key = self._lookup.ids(keys)
        return [by_key[key] for key in keys]

    def position_of(self, event_id: str) -> int | None:
        """The position of an event id among the shown events."""
        if self._lookup is None:
            return None
        key = self._lookup.keys_of([event_id]).get(event_id)
        return None if key is None else self.columns.position_of_key(key)

    def keys_of(self, event_ids: Collection[str]) -> frozenset[int]:
        """Keys of these ids (unknown ones left out)."""
        if self._lookup is None:
            return frozenset()
        return frozenset(self._lookup.keys_of(event_ids).values())

    def marker(self, position: int) -> EventMarker | None:
        """The full marker of one shown event."""
        if self._lookup is None:
            return None
        key = self.columns.key(position)
        return self._lookup.markers_by_key([key]).get(key)

    # ----- layouts -----

    def layout(
        self, scale: TimeScale, rows: int, selected: int | None, limits: tuple[float, float]
    ) -> Layout:
        """The packing for this scale. Selecting never moves titles; only a selected event
        that got no place gets a packing of its own, with it placed first."""
        base = self._cached_layout(scale, rows, None, limits)
        if selected is None or any(item.index == selected for item in base.placed):
            return base
        start, end = float(self.columns.starts[selected]), float(self.columns.ends[selected])
        if end <= base.first_day or start >= base.end_day:
            return base  # the selected event is far away: nothing of it to draw here
        return self._cached_layout(scale, rows, selected, limits)

    def _cached_layout(
        self, scale: TimeScale, rows: int, selected: int | None, limits: tuple[float, float]
    ) -> Layout:
        key = (scale.pixels_per_day, rows, selected)
        layout = self._layouts.get(key)
        if layout is None or not layout.covers(scale.start, scale.end):
            if len(self._layouts) >= LAYOUT_CACHE:
                self._layouts.clear()
            layout = self._compute(scale, rows, selected, limits)
            self._layouts[key] = layout
        return layout

    def _compute(
        self, scale: TimeScale, rows: int, selected: int | None, limits: tuple[float, float]
    ) -> Layout:
        left_limit, right_limit = limits
        pixels_per_day = scale.pixels_per_day
        bin_days = SAMPLE_BIN / pixels_per_day
        # A quarter of a view more on each side, so panning stays inside for a while.
        first = math.floor((scale.start - scale.span / 4) / bin_days) * bin_days
        end = math.ceil((scale.end + scale.span / 4) / bin_days) * bin_days
        # Few enough events are all tried; beyond that a bounded sample per bin is. Titles are
        # about twice as wide as a bin, so a bin's share of the rows is about a third.
        candidates = self.columns.all_in(first, end, FULL_LAYOUT_LIMIT)
        if candidates is None:
            candidates = self.columns.sample(first, end, bin_days, per_bin=max(2, rows // 3))
        if selected is not None:
            candidates = np.concatenate(([selected], candidates[candidates != selected])).astype(
                np.int64
            )
        # First pass on estimated widths (from title lengths), so only the titles that get a
        # place are read and shaped; then those are packed again, in the same order, with
        # their real widths. An estimate that was too small can only cost an event its place,
        # never an overlap.
        order = candidates.tolist()
        keys = self.columns.keys[candidates].tolist()
        lengths = self.columns.columns["title_length"][candidates].tolist()
        estimated = [
            self._widths.get(key) or self._estimate(length)
            for key, length in zip(keys, lengths, strict=True)
        ]
        # Two rounds: the titles placed on estimates are measured and the packing is tried
        # again, so room left by generous estimates goes to the next candidates; only titles
        # that get a place are ever read.
        widths = estimated
        for _ in range(2):
            trial = pack_rows(self.columns, order, widths, pixels_per_day, rows, right_limit)
            kept = {item.index for item in trial}
            measured = dict(
                zip(
                    [key for position, key in zip(order, keys, strict=True) if position in kept],
                    self.widths(
                        [key for position, key in zip(order, keys, strict=True) if position in kept]
                    ),
                    strict=True,
                )
            )
            widths = [
                measured.get(key, estimate) for key, estimate in zip(keys, estimated, strict=True)
            ]
        chosen = [
            (position, key) for position, key in zip(order, keys, strict=True) if position in kept
        ]
        final_widths = [measured[key] for _, key in chosen]
        self._learn(
            [int(self.columns.columns["title_length"][position]) for position, _ in chosen],
            final_widths,
        )
        return layout_region(
            self.columns,
            [position for position, _ in chosen],
            final_widths,
            pixels_per_day,
            rows,
            first,
            end,
            right_limit,
            left_limit,
        )

    def _estimate(self, length: int) -> float:
        return length * self._char_width * ESTIMATE_MARGIN

    def _learn(self, lengths: Sequence[int], widths: Sequence[float]) -> None:
        """Follow the average width per character of the titles actually measured."""
        characters = sum(lengths)
        if characters >= 200:
            observed = sum(widths) / characters
            self._char_width = 0.7 * self._char_width + 0.3 * observed
