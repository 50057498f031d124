"""What the timeline shows, and the caches that keep each frame cheap at any number of events.

The events are numeric columns; titles, their measured widths and ids are read only for the
events a layout places, through a ``GuardedLookup``, and kept (up to a bound) so zooming and
panning back is free. Painting never reads: it asks with ``fetch=False``, draws what is
known, and the titles it lacked are read by ``fetch_missing`` on the next turn of the event
loop, after which the view paints again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from PySide6.QtGui import QFont

from timeline_app.domain.dates import event_date_text
from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import EventLookup
from timeline_app.domain.label_layout import Layout
from timeline_app.domain.label_planner import WidthEstimator, plan_labels
from timeline_app.domain.models import EventMarker
from timeline_app.domain.time_scale import TimeScale
from timeline_app.ui.plural import tr
from timeline_app.ui.timeline.geometry import Hit
from timeline_app.ui.timeline.guarded_lookup import GuardedLookup
from timeline_app.ui.timeline.paint_cache import StaticTextCache, text_width

#: Texts kept in memory; beyond this the caches start over (a few MB at most).
CACHE_LIMIT = 50_000
#: A title of typical letters, to start the width-per-character estimate in a new font.
SAMPLE_TITLE = "Kazakhstan and China sign a memorandum on cultural centres in Astana"
#: Layouts kept: a transition passes through many zoom levels.
LAYOUT_CACHE = 32
_V = TypeVar("_V")


def _trimmed(cache: dict[int, _V], wanted: Sequence[int], adding: int) -> dict[int, _V]:
    """``cache`` itself while ``adding`` more entries fit under CACHE_LIMIT; else only the
    entries of ``wanted`` (the keys of the call in progress), so none of those is lost."""
    if len(cache) + adding <= CACHE_LIMIT:
        return cache
    return {key: cache[key] for key in wanted if key in cache}


def _ignore(_error: StorageError) -> None:
    """Failures are reported by whoever sets ``TimelineContent.on_failure``."""


class TimelineContent:
    """The shown events (after filters), their texts on demand, and their layouts."""

    def __init__(self, texts: StaticTextCache) -> None:
        self.columns = EventColumns.empty()
        self._guard: GuardedLookup | None = None
        #: called with each storage failure (after it was logged)
        self.on_failure: Callable[[StorageError], None] = _ignore
        #: shaped titles: measuring and drawing share one shaping per title
        self._texts = texts
        self._estimator = WidthEstimator(text_width(texts, SAMPLE_TITLE) / len(SAMPLE_TITLE))
        self._titles: dict[int, str] = {}
        self._widths: dict[int, float] = {}
        self._ids: dict[int, str] = {}
        #: titles a paint needed but could not read; read by ``fetch_missing``
        self._missing: set[int] = set()
        #: titles whose read failed: not asked for again until a read succeeds
        self._unreadable: set[int] = set()
        self._layouts: dict[tuple[float, int, int | None], Layout] = {}

    @property
    def lookup(self) -> EventLookup | None:
        """Where titles and ids come from."""
        return None if self._guard is None else self._guard.inner

    def set_events(self, columns: EventColumns, lookup: EventLookup) -> None:
        """New columns; texts stay cached when the lookup is the same (a filter change)."""
        if lookup is not self.lookup:
            self._titles.clear()
            self._widths.clear()
            self._ids.clear()
            self._missing.clear()
            self._unreadable.clear()
            self._guard = GuardedLookup(lookup, self._failed)
        self.columns = columns
        self._layouts.clear()

    def set_font(self, font: QFont) -> None:
        """Titles are measured again in the new font."""
        self._texts.use_font(font)
        self._widths.clear()
        self._estimator.char_width = text_width(self._texts, SAMPLE_TITLE) / len(SAMPLE_TITLE)
        self._layouts.clear()

    def forget_texts(self) -> None:
        """Drop every title, its width and the layouts made of them (the titles' language
        changed): the next layout reads and measures the titles again."""
        self._titles.clear()
        self._widths.clear()
        self._missing.clear()
        self._unreadable.clear()
        self._layouts.clear()

    def forget_layouts(self) -> None:
        """Drop every layout (the rows available or the width changed)."""
        self._layouts.clear()

    def _failed(self, error: StorageError) -> None:
        self.on_failure(error)

    # ----- texts by key -----

    def titles(self, keys: Sequence[int], *, fetch: bool = True) -> list[str]:
        """Titles of these keys; the missing ones are read in one query when ``fetch``, else
        remembered for ``fetch_missing`` and answered as empty."""
        missing = [key for key in keys if key not in self._titles]
        if missing and fetch:
            self._read_titles(missing, keep=keys)
        elif missing:
            self._missing.update(key for key in missing if key not in self._unreadable)
        return [self._titles.get(key, "") for key in keys]

    def _read_titles(self, keys: Sequence[int], keep: Sequence[int]) -> bool:
        if self._guard is None:
            return False
        read = self._guard.titles(keys)
        if read is None:
            self._unreadable.update(keys)
            return False
        self._unreadable.clear()
        self._titles = _trimmed(self._titles, keep, len(keys))
        # An event gone from storage has no title: remember that, so it is not asked again.
        self._titles.update({key: read.get(key, "") for key in keys})
        return True

    def fetch_missing(self) -> bool:
        """Read the titles painting lacked; True when something new arrived (paint again)."""
        missing = sorted(self._missing - self._titles.keys() - self._unreadable)
        self._missing.clear()
        if not missing or not self._read_titles(missing, keep=missing):
            return False
        self._layouts.clear()  # layouts made on estimates are made again with real widths
        return True

    def has_missing(self) -> bool:
        """True when a paint lacked titles that ``fetch_missing`` may read."""
        return bool(self._missing)

    def widths(self, keys: Sequence[int], *, fetch: bool = True) -> list[float | None]:
        """Title widths in pixels in the current font; None for a title not read."""
        unknown = [key for key in keys if key not in self._widths]
        if unknown:
            titles = self.titles(unknown, fetch=fetch)
            self._widths = _trimmed(self._widths, keys, len(unknown))
            for key, title in zip(unknown, titles, strict=True):
                if key in self._titles:
                    self._widths[key] = text_width(self._texts, title)
        return [self._widths.get(key) for key in keys]

    def position_widths(self, positions: Sequence[int]) -> list[float]:
        """Title widths of the events at these positions (0 where storage could not say)."""
        keys = self.columns.keys[list(positions)].tolist() if positions else []
        return [width or 0.0 for width in self.widths(keys)]

    def ids(self, positions: Sequence[int]) -> list[str]:
        """Event ids of these positions ("" where storage could not say)."""
        keys = [self.columns.key(position) for position in positions]
        return self.ids_of_keys(keys)

    def ids_of_keys(self, keys: Sequence[int]) -> list[str]:
        """Event ids of these keys ("" where storage could not say)."""
        missing = [key for key in keys if key not in self._ids]
        if missing and self._guard is not None:
            read = self._guard.ids(missing)
            if read is not None:
                self._ids = _trimmed(self._ids, keys, len(missing))
                self._ids.update(read)
        return [self._ids.get(key, "") for key in keys]

    def all_ids(self) -> list[str]:
        """Every shown event's id, chronologically (one query per few thousand events)."""
        if self._guard is None or not len(self.columns):
            return []
        keys = self.columns.keys.tolist()
        by_key = self._guard.ids(keys) or {}
        return [by_key.get(key, "") for key in keys]

    def position_of(self, event_id: str) -> int | None:
        """The position of an event id among the shown events."""
        if self._guard is None:
            return None
        key = (self._guard.keys_of([event_id]) or {}).get(event_id)
        return None if key is None else self.columns.position_of_key(key)

    def keys_of(self, event_ids: Collection[str]) -> frozenset[int]:
        """Keys of these ids (unknown ones left out)."""
        if self._guard is None:
            return frozenset()
        return frozenset((self._guard.keys_of(event_ids) or {}).values())

    def marker(self, position: int) -> EventMarker | None:
        """The full marker of one shown event (None when storage could not say)."""
        if self._guard is None:
            return None
        key = self.columns.key(position)
        return (self._guard.markers_by_key([key]) or {}).get(key)

    def describe(self, hit: Hit, layout: Layout) -> str:
        """The tooltip of what was hit: an event's date and title, or a badge's count."""
        if hit.kind == "badge":
            count = layout.clusters[hit.index].count
            return tr("%Ln more events start here: click to zoom in", "", count)
        marker = self.marker(hit.index)
        return "" if marker is None else f"{event_date_text(marker)}\n{marker.title}"

    # ----- layouts -----

    def layout(
        self,
        scale: TimeScale,
        rows: int,
        selected: int | None,
        limits: tuple[float, float],
        *,
        fetch: bool = True,
    ) -> Layout:
        """The packing for this scale. Selecting never moves titles; only a selected event
        that got no place gets a packing of its own, with it placed first. With ``fetch``
        False (painting) no title is read: unknown widths are estimated meanwhile."""
        base = self._cached_layout(scale, rows, None, limits, fetch)
        if selected is None or any(item.index == selected for item in base.placed):
            return base
        start, end = float(self.columns.starts[selected]), float(self.columns.ends[selected])
        if end <= base.first_day or start >= base.end_day:
            return base  # the selected event is far away: nothing of it to draw here
        return self._cached_layout(scale, rows, selected, limits, fetch)

    def _cached_layout(
        self,
        scale: TimeScale,
        rows: int,
        selected: int | None,
        limits: tuple[float, float],
        fetch: bool,
    ) -> Layout:
        key = (scale.pixels_per_day, rows, selected)
        layout = self._layouts.get(key)
        if layout is None or not layout.covers(scale.start, scale.end):
            if len(self._layouts) >= LAYOUT_CACHE:
                self._layouts.clear()
            plan = plan_labels(
                self.columns,
                scale,
                rows,
                selected,
                limits,
                lambda keys: self.widths(keys, fetch=fetch),
                self._estimator,
                self._widths.get,
            )
            layout = plan.layout
            # A layout on estimated widths is not kept: it is made again once titles arrive.
            if not plan.unmeasured or not self._missing:
                self._layouts[key] = layout
        return layout
