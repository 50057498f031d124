"""Which events are shown: by collection, by category, by having notes, by exact dates, by
confidence. A collection is hidden by its id; CURATED_COLLECTION (0) hides the curated
chronology itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from timeline_app.domain.event_columns import (
    CONFIDENCES,
    CURATED_COLLECTION,
    FLAG_APPROXIMATE,
    PRECISIONS,
    BoolArray,
    EventColumns,
    IntArray,
)
from timeline_app.domain.models import Confidence, DatePrecision, EventMarker

#: Confidence levels from the weakest to the strongest.
CONFIDENCE_ORDER = (Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH)


def confidence_rank(confidence: Confidence) -> int:
    """0 for low, 1 for medium, 2 for high."""
    return CONFIDENCE_ORDER.index(confidence)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """A filter over events; the default shows everything."""

    hidden_categories: frozenset[str] = field(default_factory=frozenset)
    only_with_notes: bool = False
    exact_dates_only: bool = False
    minimum_confidence: Confidence = Confidence.LOW
    #: Collection ids whose events are hidden (CURATED_COLLECTION: the curated chronology).
    hidden_collections: frozenset[int] = field(default_factory=frozenset)

    @property
    def is_active(self) -> bool:
        """True when the filter hides anything at all."""
        return self != EventFilter()

    def accepts(
        self, marker: EventMarker, has_notes: bool, collection_id: int = CURATED_COLLECTION
    ) -> bool:
        """True when ``marker`` (of the collection ``collection_id``) passes every condition."""
        if collection_id in self.hidden_collections:
            return False
        if marker.category_id in self.hidden_categories:
            return False
        if self.only_with_notes and not has_notes:
            return False
        if self.exact_dates_only and (
            marker.precision is not DatePrecision.DAY or marker.approximate
        ):
            return False
        return confidence_rank(marker.confidence) >= confidence_rank(self.minimum_confidence)

    def with_category(self, category_id: str, *, shown: bool) -> EventFilter:
        """The same filter with one category shown or hidden."""
        hidden = set(self.hidden_categories)
        if shown:
            hidden.discard(category_id)
        else:
            hidden.add(category_id)
        return replace(self, hidden_categories=frozenset(hidden))

    def with_collection(self, collection_id: int, *, shown: bool) -> EventFilter:
        """The same filter with one collection (or the curated chronology) shown or hidden."""
        hidden = set(self.hidden_collections)
        if shown:
            hidden.discard(collection_id)
        else:
            hidden.add(collection_id)
        return replace(self, hidden_collections=frozenset(hidden))

    def to_settings(self) -> dict[str, Any]:
        """Plain values to store between runs."""
        return {
            "hidden_collections": sorted(self.hidden_collections),
            "hidden_categories": sorted(self.hidden_categories),
            "only_with_notes": self.only_with_notes,
            "exact_dates_only": self.exact_dates_only,
            "minimum_confidence": self.minimum_confidence.value,
        }

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> EventFilter:
        """Read stored values back; anything malformed falls back to the default."""
        hidden = values.get("hidden_categories", [])
        if isinstance(hidden, str):  # QSettings returns a one-item list as a plain string
            hidden = [hidden] if hidden else []
        try:
            minimum = Confidence(str(values.get("minimum_confidence", "low")))
        except ValueError:
            minimum = Confidence.LOW
        return cls(
            hidden_categories=frozenset(str(item) for item in hidden or []),
            only_with_notes=_truthy(values.get("only_with_notes", False)),
            exact_dates_only=_truthy(values.get("exact_dates_only", False)),
            minimum_confidence=minimum,
            hidden_collections=_collection_ids(values.get("hidden_collections", [])),
        )


def _collection_ids(value: object) -> frozenset[int]:
    """Stored collection ids back as ints; QSettings may give a string or a list of strings."""
    items = [value] if isinstance(value, str | int) else value
    if not isinstance(items, list | tuple):
        return frozenset()
    ids: set[int] = set()
    for item in items:
        try:
            ids.add(int(str(item)))
        except ValueError:
            continue  # anything malformed is dropped, as other malformed settings are
    return frozenset(ids)


def _truthy(value: object) -> bool:
    if isinstance(value, str):  # INI-backed QSettings stores booleans as "true"/"false"
        return value.lower() == "true"
    return bool(value)


def filter_mask(
    columns: EventColumns, event_filter: EventFilter, note_positions: IntArray
) -> BoolArray | None:
    """Which events pass the filter (None when it hides nothing): vectorised, so a filter
    change costs milliseconds at a million events. ``note_positions`` are the positions of
    the events with notes."""
    if not event_filter.is_active:
        return None
    mask = np.ones(len(columns), np.bool_)
    if event_filter.hidden_collections:
        hidden_collections = [
            index
            for index, collection_id in enumerate(columns.collection_ids)
            if collection_id in event_filter.hidden_collections
        ]
        mask &= ~np.isin(columns.columns["collection"], hidden_collections)
    if event_filter.hidden_categories:
        hidden = [
            index
            for index, category_id in enumerate(columns.category_ids)
            if category_id in event_filter.hidden_categories
        ]
        mask &= ~np.isin(columns.columns["category"], hidden)
    if event_filter.only_with_notes:
        with_notes = np.zeros(len(columns), np.bool_)
        with_notes[note_positions] = True
        mask &= with_notes
    if event_filter.exact_dates_only:
        mask &= columns.columns["precision"] == PRECISIONS.index(DatePrecision.DAY)
        mask &= (columns.columns["flags"] & FLAG_APPROXIMATE) == 0
    minimum = CONFIDENCES.index(event_filter.minimum_confidence)
    if minimum:
        mask &= columns.columns["confidence"] >= minimum
    return mask
