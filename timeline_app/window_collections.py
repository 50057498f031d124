"""The user's collections in the window: the services given to its controllers (collections;
File ▸ Import and Export Events; File ▸ Export Timeline Image and Print; citing sources),
and what is done at close (removals that can no longer be undone go for good)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline_app.domain.errors import StorageError

if TYPE_CHECKING:
    from timeline_app.persistence.database import Database
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _purge_logged(purge: Callable[[], int], failed: str, done: str) -> None:
    """Run a purge of collections, logging what went (``done`` with the count) or why it
    could not (``failed``): the user loses nothing either way, the rows are hidden."""
    try:
        gone = purge()
    except StorageError as error:
        log.warning("%s: %s", failed, error)
        return
    if gone:
        log.info(done, gone)


def attach_collections(
    window: MainWindow, database: Database, timeline: TimelineService
) -> Callable[[], None]:
    """Give the window's collections controller the database's collections; returns what to
    call when the window closes (nothing for a read-only file)."""
    from timeline_app.services.citation_service import CitationService  # noqa: PLC0415
    from timeline_app.services.collections_service import CollectionsService  # noqa: PLC0415
    from timeline_app.services.event_exchange import EventExchangeService  # noqa: PLC0415

    # The controllers (and Qt's print and SVG modules) are imported with the database, after
    # the window has painted: nothing here is needed for the first frame.
    from timeline_app.ui.citation_actions import CitationActions  # noqa: PLC0415
    from timeline_app.ui.event_files import EventFiles  # noqa: PLC0415
    from timeline_app.ui.figure_files import FigureFiles  # noqa: PLC0415

    collections = CollectionsService(database.session_factory, database.name)
    if not database.read_only:  # imports a crash interrupted (see ABANDONED_AFTER)
        _purge_logged(
            collections.purge_abandoned_imports,
            "interrupted imports not cleared",
            "cleared %d events of imports a crash interrupted",
        )
    window.collections.attachServices(collections, timeline)
    exchange = EventExchangeService(database.session_factory, database.name)
    EventFiles.of(window).attachServices(exchange, timeline)
    citations = CitationService(database.session_factory, database.name)
    FigureFiles.of(window).attachServices(citations)
    CitationActions.of(window).attachService(citations)

    def purge_removed() -> None:
        if database.read_only:
            return
        # The undo stack goes with the window: its removals can no longer be undone.
        _purge_logged(
            collections.purge_removed,
            "removed collections not deleted at close",
            "deleted %d events of removed collections",
        )

    return purge_removed
