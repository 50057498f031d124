"""The one door from the timeline to storage: lookups whose failures are reported, not raised.

A read that fails (the file was damaged or removed under the open window) must never escape
into painting, hover or a key press: the answer is then "nothing known", and the error goes
to ``on_failure``, which tells the user (the window's StorageAlert, which also logs it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_lookup import EventLookup
from timeline_app.domain.models import EventMarker

_T = TypeVar("_T")


class GuardedLookup:
    """An EventLookup that answers None instead of raising StorageError."""

    def __init__(self, lookup: EventLookup, on_failure: Callable[[StorageError], None]) -> None:
        self.inner = lookup
        self._on_failure = on_failure

    def titles(self, keys: Sequence[int]) -> dict[int, str] | None:
        """Titles by key, or None when storage failed."""
        return self._ask(lambda: self.inner.titles(keys))

    def ids(self, keys: Sequence[int]) -> dict[int, str] | None:
        """Event ids by key, or None when storage failed."""
        return self._ask(lambda: self.inner.ids(keys))

    def keys_of(self, event_ids: Collection[str]) -> dict[str, int] | None:
        """Keys by event id (unknown ids left out), or None when storage failed."""
        return self._ask(lambda: self.inner.keys_of(event_ids))

    def markers_by_key(self, keys: Sequence[int]) -> dict[int, EventMarker] | None:
        """Full markers by key, or None when storage failed."""
        return self._ask(lambda: self.inner.markers_by_key(keys))

    def _ask(self, read: Callable[[], _T]) -> _T | None:
        try:
            return read()
        except StorageError as error:
            self._on_failure(error)
            return None
