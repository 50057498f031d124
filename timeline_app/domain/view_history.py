"""Back and Forward through the places the user has been: a window and a selection."""

from __future__ import annotations

from dataclasses import dataclass

#: The history keeps at most this many places.
HISTORY_LIMIT = 200


@dataclass(frozen=True, slots=True)
class ViewPlace:
    """A visible window (day numbers) and the event selected there."""

    start: float
    end: float
    selected_id: str | None


class ViewHistory:
    """A browser-style history: visiting a new place drops everything forward of the current."""

    def __init__(self) -> None:
        self._places: list[ViewPlace] = []
        self._current = -1

    @property
    def current(self) -> ViewPlace | None:
        """Where the user is now."""
        return self._places[self._current] if self._places else None

    def can_go_back(self) -> bool:
        """True when there is an earlier place."""
        return self._current > 0

    def can_go_forward(self) -> bool:
        """True when Back was used and a later place remains."""
        return self._current < len(self._places) - 1

    def visit(self, place: ViewPlace) -> bool:
        """Record a new place; returns False when it equals the current one."""
        if self.current == place:
            return False
        del self._places[self._current + 1 :]
        self._places.append(place)
        if len(self._places) > HISTORY_LIMIT:
            del self._places[0]
        self._current = len(self._places) - 1
        return True

    def replace_current(self, place: ViewPlace) -> None:
        """Update the current place (the view moved without a new selection)."""
        if self._places:
            self._places[self._current] = place
        else:
            self.visit(place)

    def back(self) -> ViewPlace | None:
        """Step back; None when at the start."""
        if not self.can_go_back():
            return None
        self._current -= 1
        return self._places[self._current]

    def forward(self) -> ViewPlace | None:
        """Step forward; None when at the end."""
        if not self.can_go_forward():
            return None
        self._current += 1
        return self._places[self._current]
