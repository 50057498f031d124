"""Keeps what the timeline, the overview band and the results list show in step:
the events that pass the filters, which of them have notes, and which match the search."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from timeline_app.domain.event_filter import EventFilter
from timeline_app.domain.histogram import year_histogram
from timeline_app.domain.models import Category, EventMarker
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchResult, SearchService
from timeline_app.services.storage_errors import StorageError
from timeline_app.ui.filter_panel import FilterPanel
from timeline_app.ui.overview_band import OverviewBand
from timeline_app.ui.search_results import SearchResultsList
from timeline_app.ui.timeline_view import TimelineView

log = logging.getLogger(__name__)


class Explorer(QObject):
    """Applies filters and search to the timeline, the overview band and the results list."""

    #: str: a message for the status bar
    message = Signal(str)
    #: emitted after the set of shown events changed
    shownEventsChanged = Signal()

    def __init__(
        self,
        timeline: TimelineView,
        overview: OverviewBand,
        results: SearchResultsList,
        filters: FilterPanel,
        search: SearchService,
        notes: NoteService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline, self._overview, self._results = timeline, overview, results
        self._filters, self._search, self._notes = filters, search, notes
        self._markers: list[EventMarker] = []
        self._categories: list[Category] = []
        self._with_notes: set[str] = set()
        self._filter = EventFilter()
        self._query = ""
        self._results_all: list[SearchResult] = []
        self.shown: list[EventMarker] = []
        filters.filterChanged.connect(self.setFilter)

    def setEvents(self, markers: list[EventMarker], categories: list[Category]) -> None:
        """All events and categories; counts go to the legend."""
        self._markers, self._categories = markers, categories
        counts: dict[str, int] = {}
        for marker in markers:
            counts[marker.category_id] = counts.get(marker.category_id, 0) + 1
        self._filters.setCategories(categories, counts)
        self._filters.setFilter(self._filter)
        self.reloadNotes()

    @property
    def total(self) -> int:
        """How many events there are, shown or not."""
        return len(self._markers)

    def currentFilter(self) -> EventFilter:
        """The filter in force."""
        return self._filter

    def setFilter(self, event_filter: EventFilter) -> None:
        """Apply a filter to the timeline, the overview, the results and navigation."""
        self._filter = event_filter
        if self._filters.currentFilter() != event_filter:
            self._filters.setFilter(event_filter)
        self._apply()

    def query(self) -> str:
        """The text searched for ('' when no search is active)."""
        return self._query

    def setQuery(self, query: str) -> None:
        """Search (an empty query ends the search and undims the timeline)."""
        self._query = query.strip()
        self._results_all = []
        if self._query:
            try:
                self._results_all = self._search.search(self._query)
            except StorageError as error:
                self.message.emit(str(error))
        self._show_results()

    def reloadNotes(self) -> None:
        """Re-read which events have notes (after notes changed)."""
        try:
            self._with_notes = self._notes.event_ids_with_notes()
        except StorageError as error:
            self.message.emit(str(error))
        self._apply()
        if self._query:
            self.setQuery(self._query)  # note text may now match, or no longer match

    def _apply(self) -> None:
        event_filter = self._filter
        self.shown = [m for m in self._markers if event_filter.accepts(m, m.id in self._with_notes)]
        selected = self._timeline.selectedEventId()
        self._timeline.setEvents(self.shown, self._categories)
        if selected and self._timeline.selectedEventId() is None:
            self.message.emit("The selected event is hidden by the filters.")
        histogram = year_histogram(self.shown, [c.id for c in self._categories], 1992, 2024)
        self._overview.setHistogram(histogram, [c.colour for c in self._categories])
        self._show_results()
        self.shownEventsChanged.emit()

    def _show_results(self) -> None:
        shown_ids = {marker.id for marker in self.shown}
        starts = {marker.id: float(marker.start.toordinal()) + 0.5 for marker in self.shown}
        note_days = [starts[event_id] for event_id in self._with_notes if event_id in starts]
        if not self._query:
            self._results.setResults([])
            self._timeline.setMatchingIds(None)
            self._overview.setMarks(note_days, [])
            return
        results = [result for result in self._results_all if result.event_id in shown_ids]
        self._results.setResults(results)
        self._timeline.setMatchingIds({result.event_id for result in results})
        self._overview.setMarks(note_days, [starts[result.event_id] for result in results])
        hidden = len(self._results_all) - len(results)
        note = f" ({hidden} more hidden by filters)" if hidden else ""
        self.message.emit(f"{len(results)} events match “{self._query}”{note}.")
