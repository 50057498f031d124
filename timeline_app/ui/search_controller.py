"""Search in the window: the box runs the query, the header says what came of it, and a
chosen result is revealed on the timeline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel
from typing_extensions import override

from timeline_app.domain.text_search import RANK_LIMIT
from timeline_app.ui.explorer import Explorer
from timeline_app.ui.plural import tr
from timeline_app.ui.search.box import SearchBox
from timeline_app.ui.search.results import SearchResultsList
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.translate import translate


class SearchController(QObject):
    """Connects the search box, the results header and list, the explorer and the timeline."""

    def __init__(
        self,
        box: SearchBox,
        header: QLabel,
        results: SearchResultsList,
        explorer: Explorer,
        timeline: TimelineView,
    ) -> None:
        super().__init__(box)
        self._box, self._header, self._results = box, header, results
        self._explorer, self._timeline = explorer, timeline
        self._update_header("")
        header.installEventFilter(self)  # its text is said again when the language changes
        box.searchRequested.connect(self._search)
        box.acceptRequested.connect(self._choose_first_result)
        box.downRequested.connect(self._focus_results)
        results.resultChosen.connect(timeline.revealEvent)
        results.escapePressed.connect(self.clear)
        explorer.shownEventsChanged.connect(self._on_shown_events_changed)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._header and event.type() == QEvent.Type.LanguageChange:
            self._update_header(self._explorer.query())
        return False

    def focusSearch(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self._box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._box.selectAll()

    def clear(self) -> None:
        """End the search and go back to the timeline."""
        self._box.clear()
        self._box.searchNow()
        self._timeline.setFocus()

    def _search(self, text: str) -> None:
        self._explorer.setQuery(text)
        self._update_header(text)

    def _on_shown_events_changed(self) -> None:
        if self._explorer.query():
            self._update_header(self._explorer.query())

    def _update_header(self, text: str) -> None:
        count = self._results.count()
        if not text.strip():
            self._header.setText(
                translate("SearchController", "Type in the search box to find events and notes.")
            )
        elif count and not self._explorer.resultsRanked():
            self._header.setText(
                translate(
                    "SearchController",
                    "More than {limit} matches; {count} of those found first are listed, "
                    "by date. Type more words to narrow the search.",
                ).format(limit=QLocale().toString(RANK_LIMIT), count=QLocale().toString(count))
            )
        elif count:
            self._header.setText(tr("%n results — ↓ and Enter to open", "", count))
        else:
            self._header.setText(
                translate("SearchController", "Nothing matches “{text}”.").format(text=text.strip())
            )

    def _choose_first_result(self) -> None:
        if self._results.count():
            self._results.setCurrentRow(0)
            self._timeline.revealEvent(self._results.eventIds()[0])

    def _focus_results(self) -> None:
        if self._results.count():
            self._results.focusFirstResult()
