"""Windows on a server store for the tests, and a second client beside them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from timeline_app.app import attach_database
from timeline_app.persistence.database import Database
from timeline_app.persistence.server_database import create_server_schema, open_server_database
from timeline_app.services.startup import bring_up_to_date
from timeline_app.ui.live_updates import LiveUpdates
from timeline_app.ui.main_window import MainWindow

EVENT = "e2017-expo"


def made_store(url: str) -> Database:
    """A server store at ``url`` with its schema and the sample data."""
    database = open_server_database(url)
    create_server_schema(database.engine)
    bring_up_to_date(database, SAMPLE_DATA)
    return database


def live_updates(window: MainWindow) -> LiveUpdates:
    """The window's live updates (a window on a server store has them)."""
    live = window.findChild(LiveUpdates, "liveUpdates")
    assert live is not None
    return live


@contextmanager
def server_window(qtbot: QtBot, url: str, database: Database | None = None) -> Iterator[MainWindow]:
    """A shown window on the store at ``url`` (as another client: its own Database, or
    ``database``), once it listens to the store's changes; closed after the block."""
    database = open_server_database(url) if database is None else database
    window = MainWindow(Path("server-store"), QSettings())
    qtbot.addWidget(window)
    attach_database(window, database, SAMPLE_DATA)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(live_updates(window).isListening, timeout=10000)
    try:
        yield window
    finally:
        window.notes_panel.unsaved.drafts.clear()
        window.notes_panel.unsaved.edits.clear()
        window.close()
        database.dispose()


def wait_for(qtbot: QtBot, check: Callable[[], bool], timeout: int = 2000) -> None:
    """Wait until ``check()`` holds (at most ``timeout`` ms)."""
    qtbot.waitUntil(check, timeout=timeout)
