"""How the timeline finds the words behind its numeric columns: titles, ids and markers by key.

The columns (``EventColumns``) hold numbers only; anything else is looked up for the few
events actually drawn, selected or hovered. The services answer from the database; the
in-memory ``MarkerLookup`` answers from a list (tests and small datasets).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

from timeline_app.domain.models import EventMarker


class EventLookup(Protocol):
    """Texts of events by their storage key."""

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        """Titles of the events with these keys."""
        ...

    def ids(self, keys: Sequence[int]) -> dict[int, str]:
        """Ids of the events with these keys."""
        ...

    def keys_of(self, event_ids: Collection[str]) -> dict[str, int]:
        """Keys of the events with these ids (unknown ids are left out)."""
        ...

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker]:
        """Full markers of a few events."""
        ...


class MarkerLookup:
    """An EventLookup over markers held in memory; a marker's key is its index in the list."""

    def __init__(self, markers: Sequence[EventMarker]) -> None:
        self._markers = list(markers)
        self._keys = {marker.id: key for key, marker in enumerate(self._markers)}

    def titles(self, keys: Sequence[int]) -> dict[int, str]:
        return {key: self._markers[key].title for key in keys}

    def ids(self, keys: Sequence[int]) -> dict[int, str]:
        return {key: self._markers[key].id for key in keys}

    def keys_of(self, event_ids: Collection[str]) -> dict[str, int]:
        return {event_id: self._keys[event_id] for event_id in event_ids if event_id in self._keys}

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker]:
        return {key: self._markers[key] for key in keys}
