"""The window's extras beyond notes and events (collections, see window_collections), and
live updates of a window on a server store: the store's change listener, wired to the
window's LiveUpdates (what teammates change appears; a lost connection is told and retried).

A window on a file gets nothing here: a file has one user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline_app.window_collections import attach_collections

if TYPE_CHECKING:
    from timeline_app.persistence.database import Database
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.main_window import MainWindow


def attach_store_extras(
    window: MainWindow, database: Database, timeline: TimelineService
) -> list[Callable[[], None]]:
    """The window's collections and, on a server store, its live updates: returns what to
    call when the window closes."""
    closers = [attach_collections(window, database, timeline)]
    follow = follow_store(window, database, timeline)
    return closers if follow is None else [*closers, follow]


def follow_store(
    window: MainWindow, database: Database, timeline: TimelineService
) -> Callable[[], None] | None:
    """Start listening to ``database``'s changes for ``window``; returns what to call when the
    window closes (None for a file: nothing to follow)."""
    if not isinstance(database.location, str):
        return None  # a file: nothing to follow, and no driver of a server to import
    # Imported with the database, after the window has painted (see app.run_interactive).
    from timeline_app.persistence.change_listener import change_listener  # noqa: PLC0415
    from timeline_app.ui.live_updates import LiveUpdates  # noqa: PLC0415

    live = LiveUpdates(window, timeline, database.name, window)
    listener = change_listener(
        database, live.changesHeard.emit, live.connectionLost.emit, live.listening.emit
    )
    if listener is None:
        return None
    listener.start()

    def stop() -> None:
        listener.close()
        live.stop()

    return stop
