"""Keeps what the timeline, the overview band and the results list show in step:
the events that pass the filters, which of them have notes, and which match the search."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from timeline_app.domain.errors import StorageError
from timeline_app.domain.event_columns import EventColumns, IntArray
from timeline_app.domain.event_filter import EventFilter, filter_mask
from timeline_app.domain.event_lookup import EventLookup, MarkerLookup
from timeline_app.domain.histogram import column_histogram
from timeline_app.domain.models import Category
from timeline_app.domain.search_types import SearchResult
from timeline_app.domain.text_search import RANK_LIMIT
from timeline_app.ui.plural import tr
from timeline_app.ui.search.filter_panel import FilterPanel
from timeline_app.ui.search.results import SearchResultsList
from timeline_app.ui.timeline.overview_band import OverviewBand
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.search_service import SearchService

log = logging.getLogger(__name__)


def _sentence(text: str) -> str:
    """A sentence built of translated pieces, closed the way the language closes one."""
    return translate("Explorer", "{sentence}.").replace("{sentence}", text)


class Explorer(QObject):
    """Applies filters and search to the timeline, the overview band and the results list."""

    #: str: a message for the status bar ('' clears the search's message when it ends)
    message = Signal(str)
    #: emitted after the set of shown events changed
    shownEventsChanged = Signal()
    #: EventColumns: every event, newly given (setEvents), before the filters are applied
    eventsLoaded = Signal(object)

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
        self._all = EventColumns.empty()
        self._lookup: EventLookup = MarkerLookup([])
        self._categories: list[Category] = []
        self._note_keys = np.zeros(0, np.int64)
        self._filter = EventFilter()
        self._query = ""
        self._results_all: list[SearchResult] = []
        self._ranked = True
        self._message: Callable[[], str] = str
        #: the events that pass the filters
        self.shown = EventColumns.empty()
        filters.filterChanged.connect(self.setFilter)

    def attachServices(self, search: SearchService, notes: NoteService) -> None:
        """The search and notes services of the opened database."""
        self._search, self._notes = search, notes

    def setEvents(
        self, columns: EventColumns, lookup: EventLookup, categories: list[Category]
    ) -> None:
        """All events (as columns, with their texts' lookup) and categories."""
        self._all, self._lookup, self._categories = columns, lookup, categories
        self._filters.setCategories(categories, columns.category_counts())
        self.eventsLoaded.emit(columns)
        self._filters.setFilter(self._filter)
        self.reloadNotes()

    def renameCategories(self, categories: list[Category]) -> None:
        """The categories named anew (in another language): the legend shows the new names."""
        self._categories = categories
        self._filters.renameCategories(categories)

    def lookup(self) -> EventLookup:
        """Where the events' titles and ids are read (in the reader's language)."""
        return self._lookup

    def categories(self) -> list[Category]:
        """The categories, named in the reader's language (the columns' category indexes)."""
        return list(self._categories)

    @property
    def total(self) -> int:
        """How many events there are, shown or not."""
        return len(self._all)

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
        """Search (an empty query ends the search, undims the timeline and clears its message)."""
        searched_before = bool(self._query)
        self._query = query.strip()
        self._results_all = []
        self._ranked = True
        if self._query:
            try:
                outcome = self._search.search_outcome(self._query)
            except StorageError as error:
                problem = str(error)
                self._say(lambda: problem)
            else:
                self._results_all, self._ranked = outcome.results, outcome.ranked
        self._show_results()
        if searched_before and not self._query:
            # "3 events match …" about a search that is gone would mislead: clear it.
            self._say(str)

    def resultsRanked(self) -> bool:
        """False when the query matched too many events to rank: the first ones are shown."""
        return self._ranked

    def reloadNotes(self) -> None:
        """Re-read which events have notes (after notes changed)."""
        try:
            keys = self._lookup.keys_of(self._notes.event_ids_with_notes())
            self._note_keys = np.array(sorted(keys.values()), np.int64)
        except StorageError as error:
            problem = str(error)
            self._say(lambda: problem)
        self._apply()
        if self._query:
            self.setQuery(self._query)  # note text may now match, or no longer match

    def _apply(self) -> None:
        mask = filter_mask(self._all, self._filter, self._all.positions_of_keys(self._note_keys))
        self.shown = self._all if mask is None else self._all.subset(mask)
        selected = self._timeline.selectedEventId()
        self._timeline.setColumns(self.shown, self._lookup, self._categories)
        if selected and self._timeline.selectedEventId() is None:
            self._say(
                lambda: QCoreApplication.translate(
                    "Explorer", "The selected event is hidden by the filters."
                )
            )
        period = self.shown.period()  # the curated years, or more for collections beyond them
        self._overview.setHistogram(
            column_histogram(self.shown, period.first_year, period.last_year),
            [c.colour for c in self._categories],
        )
        self._show_results()
        self.shownEventsChanged.emit()

    def _start_days(self, keys: IntArray) -> list[float]:
        """Middle of the first day of each shown event among ``keys``."""
        positions = self.shown.positions_of_keys(keys)
        return [float(day) + 0.5 for day in self.shown.starts[positions].tolist()]

    def _show_results(self) -> None:
        note_days = self._start_days(self._note_keys)
        if not self._query:
            self._results.setResults([])
            self._timeline.setMatchingIds(None)
            self._overview.setMarks(note_days, [])
            return
        keys = self._lookup.keys_of([result.event_id for result in self._results_all])
        shown_keys = set(
            self.shown.keys[
                self.shown.positions_of_keys(np.array(list(keys.values()), np.int64))
            ].tolist()
        )
        results = [r for r in self._results_all if keys.get(r.event_id) in shown_keys]
        self._results.setResults(results)
        # Unranked means only some of the matches are listed: dimming every other event
        # would wrongly mark the rest of the matches as not matching.
        self._timeline.setMatchingIds(
            {result.event_id for result in results} if self._ranked else None
        )
        self._overview.setMarks(note_days, self._start_days(np.array(sorted(shown_keys), np.int64)))
        listed, hidden, found = (
            len(results),
            len(self._results_all) - len(results),
            len(self._results_all),
        )
        query = self._query
        self._say(lambda: self._count_message(query, listed, hidden, found))

    def lastMessage(self) -> str:
        """The last message, written in the language now in force ('' for none)."""
        return self._message()

    def _say(self, render: Callable[[], str]) -> None:
        self._message = render
        self.message.emit(render())

    def _count_message(self, query: str, listed: int, hidden: int, found: int) -> str:
        """The status line of a search: how many match, and how many the filters hide."""
        if self._ranked:
            text = tr("%n events match “{query}”", "", listed)
            if hidden:
                text += tr(" (%n more hidden by filters)", "", hidden)
            return _sentence(text).format(query=query)
        # Only the first matches the index yielded are known; filters apply to those.
        text = QCoreApplication.translate(
            "Explorer", "More than {limit} events match “{query}”; of the first {found} found, "
        )
        text += tr("%n are listed, by date", "", listed)
        if hidden:
            text += QCoreApplication.translate("Explorer", " (the others are hidden by filters)")
        locale = QLocale()
        return _sentence(text).format(
            limit=locale.toString(RANK_LIMIT), query=query, found=locale.toString(found)
        )
