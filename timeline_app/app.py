"""Composition root: builds the database, the services and the main window, and wires them.

Public contract for outside tests: ``create_main_window(db_path)`` (a file's Path, or a
server store's URL as a str). The command line
(``cli.py``) only parses its options and calls ``run_interactive`` or ``take_screenshot``
here; both build the window the way ``create_main_window`` does (window first, then the
database attached), so the path users take is the one the tests take.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from timeline_app.data.problems import DataValidationError
from timeline_app.desktop.identity import configure_application_identity
from timeline_app.desktop.language import install_chosen_language
from timeline_app.desktop.logging_setup import FILE_ONLY
from timeline_app.desktop.paths import log_dir
from timeline_app.desktop.single_instance import InstanceServer, hand_over, server_name
from timeline_app.domain.errors import StorageError
from timeline_app.domain.store_location import StoreLocation, parse_location, shown
from timeline_app.persistence.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    NotADatabaseError,
)
from timeline_app.ui import app_messages as messages
from timeline_app.ui.main_window import MainWindow, WindowServices
from timeline_app.ui.text_language import follow_interface_language
from timeline_app.ui.window_handover import WindowHandOver, select_handed_over
from timeline_app.window_files import after_move, copy_and_open, recover, repair_database
from timeline_app.window_live import attach_store_extras

if TYPE_CHECKING:
    from timeline_app.persistence.database import Database
    from timeline_app.services.note_service import NoteService

log = logging.getLogger("timeline_app")
EXPECTED_ERRORS = (DatabaseOpenError, DataValidationError, StorageError)


def create_main_window(
    db_path: Path | str,
    *,
    data_dir: Traversable | Path | None = None,
    read_only: bool | None = None,
) -> QMainWindow:
    """The fully wired main window over the store at ``db_path``, not yet shown.

    Creates and fills the database from the bundled data when it is new, and updates
    the curated events when the bundled data is newer. A QApplication must exist.
    ``data_dir`` replaces the bundled data folder (tests and other datasets). ``read_only``
    None opens read-only exactly when the file cannot be written; notes are then only shown.
    ``db_path`` may be a server store's URL (``postgresql://…``): the window is then a client
    of it, which writes no curated data (see startup.open_timeline_store).
    Raises DatabaseOpenError, DataValidationError or StorageError with a clear message.
    """
    from timeline_app.services.startup import open_timeline_store

    location = parse_location(db_path) if isinstance(db_path, str) else Path(db_path)
    configure_application_identity()
    install_chosen_language()
    window = MainWindow(_shown(location), QSettings())
    database = open_timeline_store(location, data_dir, read_only=read_only)
    attach_database(window, database, data_dir)
    return window


def attach_database(
    window: MainWindow,
    database: Database,
    data_dir: Traversable | Path | None = None,
    *,
    window_id: str | None = None,
) -> None:
    """Give an (already built, possibly shown) window the services of an opened database.

    ``window_id`` keeps the window's drafts its own when it moves to another file.
    """
    from timeline_app.services.note_exchange.service import NoteExchangeService
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.own_events import OwnEventsService
    from timeline_app.services.search_service import SearchService
    from timeline_app.services.timeline_service import TimelineService

    name = database.name
    notes = NoteService(database.session_factory, name, window_id=window_id)
    timeline = TimelineService(database.session_factory, name)
    search = SearchService(database.session_factory, name)
    follow_interface_language(window, timeline, search)
    window.own_events.attach(OwnEventsService(database.session_factory, name), timeline)
    window.attach(
        WindowServices(
            timeline,
            notes,
            search,
            NoteExchangeService(database.session_factory, name),
            read_only=database.read_only,
            private_copy=database.private_copy,
        )
    )
    callbacks: list[Callable[[], None]] = attach_store_extras(window, database, timeline)
    if not database.read_only:
        callbacks.append(lambda: _release_drafts(notes))
    # Closing the window returns the file's connections; later use reconnects transparently.
    callbacks.append(database.dispose)
    window.closed_callbacks.extend(callbacks)
    if isinstance(database.location, str):  # a server store: moved and repaired by its admin
        window.preferences.move_database = lambda _t: messages.server_store_not_moved()
        return
    if database.read_only:
        window.preferences.move_database = lambda _t: messages.cannot_move_read_only(database.path)
        return

    def repair() -> None:
        repaired = repair_database(database, data_dir)
        if repaired is not None:
            window.storage_alert.repairRequested.disconnect(repair)
            window.storage_alert.dismiss()
            attach_database(window, repaired, data_dir)

    window.storage_alert.repairRequested.connect(repair)

    def move(target: Path) -> str | None:
        moved = copy_and_open(window, database, target, data_dir)
        if isinstance(moved, str):
            return moved
        # From here the copy is checked and open: the window switches to it for good.
        for callback in callbacks:
            window.closed_callbacks.remove(callback)
        window.storage_alert.repairRequested.disconnect(repair)
        database.dispose()
        window.setDatabasePath(moved.path)
        attach_database(window, moved, data_dir, window_id=notes.window_id)
        after_move(window, database.path, moved.path)
        return None

    window.preferences.move_database = move


def _release_drafts(notes: NoteService) -> None:
    """The window closed: leave its drafts to the next window that shows their events (if
    this fails they stay the closed window's, and other windows still offer them)."""
    try:
        notes.release_drafts()
    except StorageError as error:
        log.warning("drafts not released at close: %s", error)


def _message_for(error: BaseException) -> str:
    """What went wrong, in English, for the command line (message boxes: app_messages)."""
    if isinstance(error, DataValidationError):
        return f"The bundled data files are broken: {error}"
    return str(error)


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None


def install_excepthook(interactive: bool) -> None:
    """Unexpected errors are logged with their traceback and shown as a short message."""

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, trace))
        log.error("unexpected error\n%s", details, extra=FILE_ONLY)
        window = _main_window()
        if isinstance(value, StorageError) and window is not None:
            window.reportStorageError(value)  # the banner, not a modal box per failure
            return
        if interactive:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.critical(
                    None, messages.app_title(), messages.unexpected_error(value, log_dir())
                )
                return
        print(f"timeline-app: unexpected error: {value} (details in {log_dir()})", file=sys.stderr)

    sys.excepthook = hook


def _shown(location: StoreLocation) -> Path | str:
    """What the window shows of the store: the file, or the URL with its password masked."""
    return location if isinstance(location, Path) else shown(location)


def take_screenshot(arguments: argparse.Namespace, db_path: StoreLocation) -> int:
    """Render offscreen to PNG; one line on stderr and exit 2 on any failure, never a dialog."""
    from timeline_app.ui.timeline.view import TimelineView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    try:
        window = create_main_window(db_path, read_only=True if arguments.read_only else None)
    except EXPECTED_ERRORS as error:
        print(f"timeline-app: {_message_for(error)}", file=sys.stderr)
        return 2
    window.resize(1400, 900)
    window.show()
    selected = arguments.select or arguments.event
    timeline = window.findChild(TimelineView, "timelineView")
    if selected and timeline is not None and not timeline.selectEvent(selected):
        print(
            f"timeline-app: no event with id {selected!r}; check the id and try again.",
            file=sys.stderr,
        )
        return 2
    app.processEvents()
    target: Path = arguments.screenshot
    if not window.grab().save(str(target), "PNG"):
        print(
            f"timeline-app: cannot write the screenshot to {target}; check the folder exists "
            "and is writable.",
            file=sys.stderr,
        )
        return 2
    window.close()
    return 0


def open_database_interactively(
    db_path: StoreLocation, arguments: argparse.Namespace
) -> Database | None:
    """Open the store; for a damaged file, offer a backup or a fresh start."""
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.services.startup import open_timeline_store

    read_only = True if arguments.read_only else None
    try:
        return open_timeline_store(db_path, read_only=read_only)
    except (CorruptDatabaseError, NotADatabaseError) as error:
        log.error("cannot open %s: %s", shown(db_path), error, exc_info=True)
        if read_only or not isinstance(db_path, Path):  # explain, offer no repair
            QMessageBox.critical(None, messages.app_title(), messages.problem_text(error))
            return None
        return recover(db_path, str(error))
    except EXPECTED_ERRORS as error:
        log.error("cannot start: %s", error, exc_info=True)
        QMessageBox.critical(None, messages.app_title(), messages.problem_text(error))
        return None


def run_interactive(arguments: argparse.Namespace, db_path: StoreLocation) -> int:
    """Show the window at once, then open the database and fill it; returns the exit code."""
    install_excepthook(interactive=True)

    from timeline_app.ui.startup_shell import InputBlocker, after_first_paint

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    instance = None  # the local socket needs the application's event dispatcher: after it
    if not arguments.new_window:
        name = server_name(_shown(db_path))
        # Before any window or database work, so a second launch is gone within a moment.
        if hand_over(name, arguments.event):
            log.info("handed over to the running instance on %s", shown(db_path))
            return 0
        instance = InstanceServer()
        if not instance.listen(name):
            instance = None
    configure_application_identity()
    install_chosen_language()
    # The window is shown first and painted while the database layer (SQLAlchemy: ~0.4 s to
    # import) loads and the file is opened; input waits until the events are there.
    window = MainWindow(_shown(db_path), QSettings())
    # Only a person's interactive start greets: never --screenshot nor a script's window.
    window.welcome.offer()
    window.show()
    if os.environ.get("TIMELINE_APP_EXIT_AFTER_FIRST_PAINT"):
        from timeline_app.ui.first_paint import FirstPaintReporter

        FirstPaintReporter(window)
    blocker = InputBlocker(app)

    def open_database() -> None:
        blocker.release()  # input typed from here on waits in the queue until we are done
        database = open_database_interactively(db_path, arguments)
        if database is None:
            window.hide()
            app.exit(1)
            return
        attach_database(window, database)
        app.aboutToQuit.connect(window.close)  # a session logout also saves what was typed
        if arguments.event:
            select_handed_over(window, arguments.event)
        handed_over.loaded()

    handed_over = WindowHandOver(window)
    after_first_paint(window.timeline_view, open_database)
    if instance is not None:
        instance.activation_requested.connect(handed_over.request)
        app.aboutToQuit.connect(instance.close)
    return app.exec()
