"""Event texts in the interface language: the window's services read titles, summaries and
bodies (and category names) in it, and follow it when it changes.

The interface strings follow Qt's translators; the events' own texts come from the database in
the language the services are set to, English per event where a translation is missing. The
follower watches the window for LanguageChange, which reaches it before the window's widgets:
so the services are switched first, and the timeline, re-reading its titles on the same event,
gets them in the new language and packs its labels on their new widths. The event shown is read
again and an active search is run again, so both show the new language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from typing_extensions import override

from timeline_app.desktop.language import current_language
from timeline_app.domain.errors import StorageError

if TYPE_CHECKING:
    from timeline_app.services.search_service import SearchService
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.main_window import MainWindow


class TextLanguageFollower(QObject):
    """Keeps one window's services reading event texts in the interface language."""

    def __init__(
        self, window: MainWindow, timeline: TimelineService, search: SearchService
    ) -> None:
        super().__init__(window)
        self.setObjectName("textLanguageFollower")
        self._window, self._timeline, self._search = window, timeline, search
        self._set(current_language())
        window.installEventFilter(self)

    def _set(self, code: str) -> None:
        self._timeline.set_text_language(code)
        self._search.set_text_language(code)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.apply(current_language())
        return False

    def apply(self, code: str) -> None:
        """Read the event texts in ``code`` from now on: the categories' names, the event shown
        and the results of an active search are read again (the timeline re-reads its titles
        on LanguageChange)."""
        self._set(code)
        window = self._window
        event_id = window.detail_pane.eventId()
        try:
            window.explorer.renameCategories(self._timeline.categories())
            if event_id is not None:
                window.detail_pane.setEventDetail(self._timeline.event_detail(event_id))
        except StorageError as error:
            window.reportStorageError(error)
        query = window.explorer.query()
        if query:
            window.explorer.setQuery(query)


def follow_interface_language(
    window: MainWindow, timeline: TimelineService, search: SearchService
) -> TextLanguageFollower:
    """Make ``timeline`` and ``search`` (about to be attached to ``window``) read event texts in
    the interface language, now and after every change; replaces the follower of services the
    window had before (a move or a repair attaches new ones)."""
    for old in window.findChildren(TextLanguageFollower):
        window.removeEventFilter(old)
        old.deleteLater()
    return TextLanguageFollower(window, timeline, search)
