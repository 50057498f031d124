"""Which event is selected, which are under the pointer, which match the search; and how a
selection moves (next, previous, same category, first, last, a search result revealed).

Positions index the shown columns; keys are the storage keys (stable across filters), so the
selection and the search survive a filter change by key and a new event list by event id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import EventLookup
from timeline_app.domain.time_scale import TimeScale
from timeline_app.domain.view_targets import readable_scale, scale_showing, stepped_position
from timeline_app.ui.timeline.content import TimelineContent
from timeline_app.ui.timeline.geometry import Hit

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Marks:
    """What is drawn highlighted: selected, hovered, and (by key) matching the search."""

    selected: int | None = None
    hovered: int | None = None
    hovered_badge: int | None = None
    #: keys of the events matching the search; None when no search is active
    matching: frozenset[int] | None = None


@dataclass(frozen=True, slots=True)
class SelectionHooks:
    """How the selection reaches the view: its window, its signals and a repaint."""

    scale: Callable[[], TimeScale]
    go_to: Callable[[TimeScale, bool], None]
    selected: Callable[[str], None]
    cleared: Callable[[], None]
    announce: Callable[[], None]
    repaint: Callable[[], None]


class TimelineSelection:
    """The marks of one timeline, and the moves of its selection."""

    def __init__(self, content: TimelineContent, hooks: SelectionHooks) -> None:
        self.marks = Marks()
        self._content = content
        self._hooks = hooks

    @property
    def _columns(self) -> EventColumns:
        return self._content.columns

    def replace_events(self, columns: EventColumns, lookup: EventLookup) -> None:
        """New shown events; the selection and the search stay for the events still shown."""
        marks = self.marks
        if lookup is self._content.lookup:  # same keys for the same events (a filter change)
            key = None if marks.selected is None else self._columns.key(marks.selected)
            self._content.set_events(columns, lookup)
            marks.selected = None if key is None else columns.position_of_key(key)
        else:  # other keys: carry the selection and the search over by event id
            selected_id = self.selected_id()
            matching = None if marks.matching is None else list(marks.matching)
            matching_ids = None if matching is None else self._content.ids_of_keys(matching)
            self._content.set_events(columns, lookup)
            positioned = None if selected_id is None else self._content.position_of(selected_id)
            marks.selected = positioned
            marks.matching = None if matching_ids is None else self._content.keys_of(matching_ids)
        marks.hovered = marks.hovered_badge = None

    def selected_id(self) -> str | None:
        """The selected event's id (None when none is, or storage could not say)."""
        if self.marks.selected is None:
            return None
        return self._content.ids([self.marks.selected])[0] or None

    def select_id(self, event_id: str | None) -> bool:
        """Select an event by id (None clears); False, changing nothing, for an unknown id."""
        if event_id is None:
            had_selection = self.marks.selected is not None
            self.marks.selected = None
            self._hooks.repaint()  # the packing does not depend on the selection
            if had_selection:
                self._hooks.cleared()
            return True
        position = self._content.position_of(event_id)
        if position is None:
            log.info("selectEvent: %r is not on the timeline", event_id)
            return False
        self.select(position, animate=False)
        return True

    def reveal(self, event_id: str) -> bool:
        """Select an event and zoom so it is shown at a readable scale."""
        position = self._content.position_of(event_id)
        if position is None:
            return False
        start, end = float(self._columns.starts[position]), float(self._columns.ends[position])
        self._hooks.go_to(readable_scale(self._hooks.scale(), start, end), True)
        self.select(position, animate=True)
        return True

    def step(self, direction: int) -> None:
        """The next (+1) or previous (-1) event in time; from the view's edge when none."""
        position = stepped_position(
            self._columns, self.marks.selected, direction, self._hooks.scale()
        )
        if position is not None:
            self.select(position, animate=True)

    def step_in_category(self, direction: int) -> None:
        """The next or previous event of the selected event's category."""
        if self.marks.selected is None:
            self.step(direction)
            return
        found = self._columns.next_in_category(self.marks.selected, direction)
        if found is not None:
            self.select(found, animate=True)

    def select_end(self, last: bool) -> None:
        """The first or the last event."""
        if len(self._columns):
            self.select(len(self._columns) - 1 if last else 0, animate=True)

    def select(self, position: int, *, animate: bool) -> None:
        """Select the event at ``position`` and bring it into view."""
        changed = position != self.marks.selected
        self.marks.selected = position
        self._hooks.repaint()
        day = float(self._columns.starts[position]) + 0.5
        self._hooks.go_to(scale_showing(self._hooks.scale(), day), animate)
        event_id = self._content.ids([position])[0]
        if changed and event_id:  # no id: storage failed, and storageFailed said so
            self._hooks.announce()
            self._hooks.selected(event_id)

    def set_matching(self, event_ids: Collection[str] | None) -> None:
        """Dim every event not in ``event_ids`` (None: nothing is dimmed)."""
        self.marks.matching = None if event_ids is None else self._content.keys_of(event_ids)
        self._hooks.repaint()

    def is_dimmed(self, event_id: str) -> bool:
        """True when the event is drawn faded because it does not match the search."""
        position = self._content.position_of(event_id)
        marks = self.marks
        if position is None or marks.matching is None or position == marks.selected:
            return False
        return self._columns.key(position) not in marks.matching

    def hover(self, hit: Hit | None) -> bool:
        """Mark what is under the pointer; True when that changed."""
        hovered = hit.index if hit and hit.kind == "event" else None
        badge = hit.index if hit and hit.kind == "badge" else None
        if (hovered, badge) == (self.marks.hovered, self.marks.hovered_badge):
            return False
        self.marks.hovered, self.marks.hovered_badge = hovered, badge
        return True
