"""Event texts in the reader's language in an open window (the language switch calls this).

The interface strings follow Qt's translators; the events' own texts (titles, summaries,
bodies) come from the database in the language the services are set to, English per event
where a translation is missing. After a switch the timeline re-reads and re-measures its
titles (so labels are packed on their new widths), the details pane re-reads its event and
an active search is run again so its results show the new language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.domain.errors import StorageError
from timeline_app.ui.pending import PendingService

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def apply_text_language(window: MainWindow, code: str) -> None:
    """Show the event texts of ``window`` in ``code`` ("en", "kk", "ru", "zh")."""
    # The services are the window's own (attached with the database); before ``attach`` they
    # are stand-ins, and the language is applied when this is called again after it.
    timeline, search = window._timeline_service, window.explorer._search
    if isinstance(timeline, PendingService) or isinstance(search, PendingService):
        return
    timeline.set_text_language(code)
    search.set_text_language(code)
    window.timeline_view.refresh_texts()
    event_id = window.detail_pane.eventId()
    if event_id is not None:
        try:
            window.detail_pane.setEventDetail(timeline.event_detail(event_id))
        except StorageError as error:
            window.reportStorageError(error)
    query = window.explorer.query()
    if query:
        window.explorer.setQuery(query)
