"""Every event as a few numeric columns, sorted by time: what the timeline needs at any scale.

A million events as Python objects would cost about a gigabyte and seconds to load; as NumPy
columns they cost 20 bytes each and load from one stored snapshot in milliseconds. Titles,
ids and details are not here: they are fetched for the few events actually drawn.

Positions are indices into these columns (chronological: by start day, then id). ``keys`` are
the stable handles the storage layer knows each event by (the events table's integer ``key``).

Events may lie anywhere in years 1–9999 (day numbers 1 to 3,652,059 fit an int32); which
collection each belongs to is an index into ``collection_ids``, whose first entry is always
the curated chronology (CURATED_COLLECTION).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline_app.domain.models import Confidence, DatePrecision, EventMarker
from timeline_app.domain.period import CURATED_PERIOD, Period, covering

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

#: Column name → dtype, in the order they are stored.
COLUMN_TYPES: dict[str, Any] = {
    "key": np.int64,
    "start": np.int32,  # first day, as date.toordinal()
    "end": np.int32,  # day after the last day (start + 1 for a one-day event)
    "category": np.int16,  # index into category_ids
    "importance": np.int8,
    "precision": np.int8,  # index into PRECISIONS
    "confidence": np.int8,  # index into CONFIDENCES (0 = low … 2 = high)
    "flags": np.uint8,  # FLAG_* bits
    "title_length": np.uint16,  # characters, to estimate a title's width before reading it
    "collection": np.int16,  # index into collection_ids (0: the curated chronology)
}
#: The collection id standing for the curated chronology (stored collections count from 1).
CURATED_COLLECTION = 0
PRECISIONS: tuple[DatePrecision, ...] = (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)
CONFIDENCES: tuple[Confidence, ...] = (Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH)
FLAG_APPROXIMATE = 1
FLAG_SPAN = 2


def first_on_or_after(starts: npt.NDArray[np.int32], days: Any) -> Any:
    """``np.searchsorted(starts, days)`` for fractional days, without converting ``starts``.

    Searching an int32 column for float64 values makes NumPy convert the whole column first
    (milliseconds at a million events); the first start >= x is the first start >= ceil(x).
    """
    limit = np.iinfo(np.int32)
    whole = np.clip(np.ceil(days), limit.min, limit.max).astype(np.int32)
    return np.searchsorted(starts, whole, side="left")


@dataclass(frozen=True, eq=False)
class ImportanceLevel:
    """The events of one importance, as positions and their start days, both chronological."""

    importance: int
    positions: npt.NDArray[np.int32]
    starts: npt.NDArray[np.int32]


@dataclass(frozen=True, eq=False)
class EventColumns:
    """Events as parallel arrays sorted chronologically; immutable once built."""

    columns: dict[str, npt.NDArray[Any]]
    category_ids: tuple[str, ...]
    #: The longest event in days, so a window query knows how far back a span can start.
    longest_days: int = 1
    #: The collections the ``collection`` column indexes; the first is always curated.
    collection_ids: tuple[int, ...] = (CURATED_COLLECTION,)
    _levels: list[ImportanceLevel] = field(default_factory=list, repr=False)

    # ----- construction -----

    @classmethod
    def empty(cls, category_ids: Sequence[str] = ()) -> EventColumns:
        """No events at all."""
        return cls.from_arrays(
            {name: np.zeros(0, dtype) for name, dtype in COLUMN_TYPES.items()}, category_ids
        )

    @classmethod
    def from_arrays(
        cls,
        arrays: dict[str, npt.NDArray[Any]],
        category_ids: Sequence[str],
        *,
        sort: bool = True,
        collection_ids: Sequence[int] = (CURATED_COLLECTION,),
    ) -> EventColumns:
        """Columns from arrays of equal length (sorted by start, then key, unless told not to).

        Without a ``collection`` array every event is curated."""
        if "collection" not in arrays:
            arrays = {**arrays, "collection": np.zeros(len(arrays["start"]), np.int16)}
        columns = {
            name: np.ascontiguousarray(arrays[name], dtype) for name, dtype in COLUMN_TYPES.items()
        }
        lengths = {len(column) for column in columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns differ in length: {sorted(lengths)}")
        if sort and len(columns["start"]):
            order = np.lexsort((columns["key"], columns["start"]))
            columns = {name: column[order] for name, column in columns.items()}
        for column in columns.values():
            column.flags.writeable = False
        durations = columns["end"].astype(np.int64) - columns["start"]
        longest = int(durations.max()) if len(durations) else 1
        return cls(columns, tuple(category_ids), max(1, longest), _collections(collection_ids))

    @classmethod
    def from_markers(
        cls, markers: Sequence[EventMarker], category_ids: Sequence[str]
    ) -> tuple[EventColumns, list[EventMarker]]:
        """Columns for in-memory markers; keys are indices into the returned sorted list."""
        ordered = sorted(markers, key=lambda m: (m.start, m.id))
        position = {category_id: index for index, category_id in enumerate(category_ids)}
        unknown = len(category_ids)
        arrays: dict[str, npt.NDArray[Any]] = {
            "key": np.arange(len(ordered), dtype=np.int64),
            "start": np.array([m.start.toordinal() for m in ordered], np.int32),
            "end": np.array([(m.end or m.start).toordinal() + 1 for m in ordered], np.int32),
            "category": np.array([position.get(m.category_id, unknown) for m in ordered], np.int16),
            "importance": np.array([m.importance for m in ordered], np.int8),
            "precision": np.array([PRECISIONS.index(m.precision) for m in ordered], np.int8),
            "confidence": np.array([CONFIDENCES.index(m.confidence) for m in ordered], np.int8),
            "flags": np.array(
                [
                    (FLAG_APPROXIMATE if m.approximate else 0) | (FLAG_SPAN if m.is_span else 0)
                    for m in ordered
                ],
                np.uint8,
            ),
            "title_length": np.array([min(len(m.title), 65535) for m in ordered], np.uint16),
        }
        return cls.from_arrays(arrays, category_ids, sort=False), ordered

    def subset(self, mask: BoolArray) -> EventColumns:
        """The events where ``mask`` is True, still in order."""
        columns = {name: column[mask] for name, column in self.columns.items()}
        for column in columns.values():
            column.flags.writeable = False
        return EventColumns(columns, self.category_ids, self.longest_days, self.collection_ids)

    # ----- plain access -----

    def __len__(self) -> int:
        return len(self.columns["start"])

    @property
    def starts(self) -> npt.NDArray[np.int32]:
        """Start days, ascending."""
        return self.columns["start"]

    @property
    def ends(self) -> npt.NDArray[np.int32]:
        """Days after the last day."""
        return self.columns["end"]

    @property
    def keys(self) -> IntArray:
        """Storage keys by position."""
        return self.columns["key"]

    def key(self, position: int) -> int:
        """The storage key of one position."""
        return int(self.columns["key"][position])

    def category_id(self, position: int) -> str:
        """The category id of one position ('' when unknown)."""
        index = int(self.columns["category"][position])
        return self.category_ids[index] if index < len(self.category_ids) else ""

    def collection_id(self, position: int) -> int:
        """The collection of one position (CURATED_COLLECTION for the curated chronology)."""
        return self.collection_ids[int(self.columns["collection"][position])]

    def collection_counts(self) -> dict[int, int]:
        """How many events each collection has (every listed collection, curated first)."""
        totals = np.bincount(self.columns["collection"], minlength=len(self.collection_ids))
        return {cid: int(totals[i]) for i, cid in enumerate(self.collection_ids)}

    def extent(self) -> Period | None:
        """The first and last day any of these events covers (None when there are none)."""
        if not len(self):
            return None
        return Period(
            date.fromordinal(int(self.starts[0])), date.fromordinal(int(self.ends.max()) - 1)
        )

    def period(self, base: Period = CURATED_PERIOD) -> Period:
        """Whole years covering ``base`` and every one of these events: what the timeline's
        domain (overview, Fit All, scrolling) spans when these are the events shown."""
        extent = self.extent()
        return base if extent is None else covering(base, extent)

    def is_span(self, position: int) -> bool:
        """True when the event lasts more than its first day."""
        return bool(self.columns["flags"][position] & FLAG_SPAN)

    def is_approximate(self, position: int) -> bool:
        """True when the date is marked approximate."""
        return bool(self.columns["flags"][position] & FLAG_APPROXIMATE)

    def precision(self, position: int) -> DatePrecision:
        """How precisely the start is known."""
        return PRECISIONS[int(self.columns["precision"][position])]

    def position_of_key(self, key: int) -> int | None:
        """The position of a storage key, or None when it is not among these events."""
        positions = self.positions_of_keys(np.array([key], np.int64))
        return int(positions[0]) if len(positions) else None

    def positions_of_keys(self, keys: npt.NDArray[np.int64]) -> IntArray:
        """Positions of those of ``keys`` that are among these events, ascending.

        One vectorised pass (a lookup table over the key range): about 3 ms at a million
        events, and no sorted copy of the keys to build or keep.
        """
        keys = np.asarray(keys, np.int64)
        if not len(keys) or not len(self):
            return np.zeros(0, np.int64)
        column = self.columns["key"]
        low, high = int(column.min()), int(column.max())
        if high - low > 64 * max(len(column), 1024):  # sparse keys: a table would be huge
            return np.flatnonzero(np.isin(column, keys)).astype(np.int64)
        table = np.zeros(high - low + 1, np.bool_)
        inside = keys[(keys >= low) & (keys <= high)]
        table[inside - low] = True
        return np.flatnonzero(table[column - low]).astype(np.int64)

    # ----- window queries -----

    def next_in_category(self, position: int, direction: int) -> int | None:
        """The next (+1) or previous (-1) event of the same category as ``position``."""
        categories = self.columns["category"]
        category = categories[position]
        if direction > 0:
            later = np.flatnonzero(categories[position + 1 :] == category)
            return position + 1 + int(later[0]) if len(later) else None
        earlier = np.flatnonzero(categories[:position] == category)
        return int(earlier[-1]) if len(earlier) else None

    def first_at_or_after(self, day: float) -> int:
        """Position of the first event starting on or after ``day``."""
        return int(first_on_or_after(self.starts, day))

    def levels(self) -> list[ImportanceLevel]:
        """Events grouped by importance, most important first (built on first use)."""
        if not self._levels and len(self):
            importance = self.columns["importance"]
            for value in sorted({int(v) for v in np.unique(importance)}, reverse=True):
                positions = np.flatnonzero(importance == value).astype(np.int32)
                self._levels.append(ImportanceLevel(value, positions, self.starts[positions]))
        return self._levels

    def all_in(self, first_day: float, end_day: float, limit: int) -> IntArray | None:
        """Every event overlapping [first_day, end_day), most important first then by time;
        None when more than ``limit`` may be there (then ``sample`` them instead)."""
        low = int(first_on_or_after(self.starts, first_day - self.longest_days))
        high = int(first_on_or_after(self.starts, end_day))
        if high - low > limit:
            return None
        positions = np.arange(low, high, dtype=np.int64)
        positions = positions[self.ends[low:high] > first_day]
        order = np.lexsort((positions, -self.columns["importance"][positions].astype(np.int16)))
        return positions[order]

    def sample(self, first_day: float, end_day: float, bin_days: float, per_bin: int) -> IntArray:
        """Events overlapping [first_day, end_day), at most ``per_bin`` per bin, best first.

        Bins are ``bin_days`` wide and aligned to day 0, not to the window. Each bin is filled
        from the most important level down. Where a level has more events in a bin than room
        is left, every 2**k-th event counted along the level is taken: a pan keeps the same
        picks, and zooming in only adds to them, so titles do not jump about. Spans that began
        before the first bin count towards it.
        """
        first_bin = math.floor(first_day / bin_days)
        edges = np.arange(first_bin, math.ceil(end_day / bin_days) + 1) * bin_days
        taken = [0] * (len(edges) - 1)
        chosen: list[npt.NDArray[np.integer[Any]]] = []
        room_left = per_bin * len(taken)
        for level in self.levels():
            if room_left <= 0:
                break  # every bin is full: less important levels have nothing to add
            cuts = first_on_or_after(level.starts, edges)
            early = int(first_on_or_after(level.starts, first_day - self.longest_days))
            if early < cuts[0]:  # spans begun before the first bin and still running
                carried = level.positions[early : cuts[0]]
                carried = carried[self.ends[carried] > first_day]
                room = per_bin - taken[0]
                if len(carried) and room > 0:
                    picked = carried[:: max(1, -(-len(carried) // room))][:room]
                    chosen.append(picked)
                    taken[0] += len(picked)
                    room_left -= len(picked)
            for number in np.flatnonzero(np.diff(cuts)).tolist():
                room = per_bin - taken[number]
                if room <= 0:
                    continue
                low, high = int(cuts[number]), int(cuts[number + 1])
                if high - low > room:
                    stride = 1 << math.ceil(math.log2((high - low) / room))
                    picked = level.positions[low + (-low) % stride : high : stride][:room]
                    while not len(picked):  # no multiple of the stride in the bin: halve it
                        stride //= 2
                        picked = level.positions[low + (-low) % stride : high : stride][:room]
                else:
                    picked = level.positions[low:high]
                chosen.append(picked)
                taken[number] += len(picked)
                room_left -= len(picked)
        if not chosen:
            return np.zeros(0, np.int64)
        return np.concatenate(chosen).astype(np.int64)

    def year_category_counts(self, first_year: int, last_year: int) -> npt.NDArray[np.int64]:
        """counts[year - first_year][category] by start year (unknown categories last)."""
        width = len(self.category_ids) + 1
        counts = np.zeros((last_year - first_year + 1, width), np.int64)
        edges = [date(year, 1, 1).toordinal() for year in range(first_year, last_year + 1)]
        edges.append(date(last_year, 12, 31).toordinal() + 1)  # no date(10000, 1, 1)
        cuts = first_on_or_after(self.starts, edges)
        categories = np.minimum(self.columns["category"], width - 1)
        for row, (low, high) in enumerate(itertools.pairwise(cuts)):
            counts[row] = np.bincount(categories[low:high], minlength=width)[:width]
        return counts

    def category_counts(self) -> dict[str, int]:
        """How many events each category has."""
        totals = np.bincount(self.columns["category"], minlength=len(self.category_ids))
        return {cid: int(totals[i]) for i, cid in enumerate(self.category_ids)}


def _collections(collection_ids: Sequence[int]) -> tuple[int, ...]:
    """The collection list with the curated chronology first, as the column's index 0."""
    listed = tuple(int(cid) for cid in collection_ids)
    if not listed or listed[0] != CURATED_COLLECTION:
        raise ValueError("the first collection must be the curated chronology")
    return listed
