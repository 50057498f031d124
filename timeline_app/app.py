"""Composition root: builds the database, the services and the main window, and wires them.

Public contract for outside tests: ``create_main_window(db_path)``.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from timeline_app.desktop.identity import configure_application_identity
from timeline_app.persistence.database import Database
from timeline_app.services.note_exchange.service import NoteExchangeService
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService
from timeline_app.ui.main_window import MainWindow, WindowServices


def create_main_window(
    db_path: Path,
    *,
    data_dir: Traversable | Path | None = None,
    read_only: bool | None = None,
) -> QMainWindow:
    """The fully wired main window over the database at ``db_path``, not yet shown.

    Creates and fills the database from the bundled data when it is new, and updates
    the curated events when the bundled data is newer. A QApplication must exist.
    ``data_dir`` replaces the bundled data folder (tests and other datasets). ``read_only``
    None opens read-only exactly when the file cannot be written; notes are then only shown.
    Raises DatabaseOpenError, DataValidationError or StorageError with a clear message.
    """
    configure_application_identity()
    database = open_timeline_database(Path(db_path), data_dir, read_only=read_only)
    window = MainWindow(database.path, QSettings())
    attach_database(window, database)
    return window


def attach_database(window: MainWindow, database: Database) -> None:
    """Give an (already built, possibly shown) window the services of an opened database."""
    window.attach(
        WindowServices(
            TimelineService(database.session_factory, database.path),
            NoteService(database.session_factory, database.path),
            SearchService(database.session_factory, database.path),
            NoteExchangeService(database.session_factory, database.path),
            read_only=database.read_only,
        )
    )
    # Closing the window returns the file's connections; later use reconnects transparently.
    window.closed_callbacks.append(database.dispose)
