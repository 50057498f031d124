"""Command line: ``timeline-app [--db PATH] [--event ID] [--screenshot PNG [--select ID]]``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from timeline_app import APP_NAME, __version__
from timeline_app.data.problems import DataValidationError
from timeline_app.desktop.desktop_entry import DesktopEntryError, install_desktop_entry
from timeline_app.desktop.logging_setup import FILE_ONLY, configure_logging
from timeline_app.desktop.paths import DB_ENVIRONMENT_VARIABLE, log_dir, resolve_database_path
from timeline_app.domain.errors import StorageError
from timeline_app.persistence.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    NotADatabaseError,
)

if TYPE_CHECKING:
    from timeline_app.persistence.database import Database

log = logging.getLogger("timeline_app")
EXPECTED_ERRORS = (DatabaseOpenError, DataValidationError, StorageError)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line options."""
    parser = argparse.ArgumentParser(prog="timeline-app", description=APP_NAME)
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file to use (default: ${DB_ENVIRONMENT_VARIABLE} or the "
        "per-user data folder)",
    )
    parser.add_argument("--event", metavar="ID", help="open with this event selected")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="render the main window offscreen to this PNG file and exit",
    )
    parser.add_argument("--select", metavar="ID", help="with --screenshot: select this event first")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add the app to the desktop's application menu (Linux) and exit",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the database without changing it (notes are shown only)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def _message_for(error: BaseException) -> str:
    if isinstance(error, DataValidationError):
        return f"The bundled data files are broken: {error}"
    return str(error)


def _install_excepthook(interactive: bool) -> None:
    """Unexpected errors are logged with their traceback and shown as a short message."""

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, trace))
        log.error("unexpected error\n%s", details, extra=FILE_ONLY)
        if interactive:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                QMessageBox.critical(
                    None,
                    APP_NAME,
                    f"Something went wrong: {value}\n\nYour notes are safe. Details were written "
                    f"to the log in {log_dir()}.",
                )
                return
        print(f"timeline-app: unexpected error: {value} (details in {log_dir()})", file=sys.stderr)

    sys.excepthook = hook


def _screenshot(arguments: argparse.Namespace, db_path: Path) -> int:
    """Render offscreen to PNG; one line on stderr and exit 2 on any failure, never a dialog."""
    from PySide6.QtWidgets import QApplication

    from timeline_app.app import create_main_window
    from timeline_app.ui.timeline.view import TimelineView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    try:
        window = create_main_window(db_path)
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


def _open_database_interactively(db_path: Path, arguments: argparse.Namespace) -> Database | None:
    """Open the database; for a damaged one, offer a backup or a fresh start."""
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.services.recovery import latest_backup, restore_backup, set_aside
    from timeline_app.services.startup import open_timeline_database
    from timeline_app.ui.dialogs.recovery import Recovery, ask_recovery

    read_only = True if arguments.read_only else None
    try:
        return open_timeline_database(db_path, read_only=read_only)
    except (CorruptDatabaseError, NotADatabaseError) as error:
        log.error("cannot open %s: %s", db_path, error, exc_info=True)
        if read_only:  # asked not to change anything: explain, offer no repair
            QMessageBox.critical(None, APP_NAME, _message_for(error))
            return None
        backup = latest_backup(db_path)
        choice = ask_recovery(str(error), db_path, backup)
        if choice is Recovery.QUIT:
            return None
        try:
            aside = (
                restore_backup(db_path, backup)
                if backup and choice is Recovery.RESTORE_BACKUP
                else set_aside(db_path)
            )
            log.warning("%s set aside as %s", db_path, aside)
            return open_timeline_database(db_path, read_only=read_only)
        except (OSError, *EXPECTED_ERRORS) as second:
            QMessageBox.critical(None, APP_NAME, _message_for(second))
            return None
    except EXPECTED_ERRORS as error:
        log.error("cannot start: %s", error, exc_info=True)
        QMessageBox.critical(None, APP_NAME, _message_for(error))
        return None


def _route_qt_messages() -> object:
    """Send Qt's own messages to the log file; returns the handler that was installed before."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.INFO,  # platform-plugin chatter, not the user's concern
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.INFO), "%s", message, extra=FILE_ONLY)

    return qInstallMessageHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app; returns the process exit code."""
    arguments = parse_arguments(argv)
    configure_logging()
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = _route_qt_messages()
    try:
        return _run(arguments)
    finally:
        qInstallMessageHandler(previous_handler)  # type: ignore[arg-type]


def _run(arguments: argparse.Namespace) -> int:
    if arguments.install_desktop_entry:
        try:
            entry = install_desktop_entry()
        except DesktopEntryError as error:
            print(f"timeline-app: {error}", file=sys.stderr)
            return 2
        print(f"Installed {entry}: the app is now in your applications menu.")
        return 0
    db_path = resolve_database_path(arguments.db)
    if arguments.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _install_excepthook(interactive=False)
        return _screenshot(arguments, db_path)
    _install_excepthook(interactive=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from timeline_app.desktop.identity import configure_application_identity
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.startup_shell import InputBlocker, after_first_paint

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application_identity()
    # The window is shown first and painted while the database layer (SQLAlchemy: ~0.4 s to
    # import) loads and the file is opened; input waits until the events are there.
    window = MainWindow(db_path, QSettings())
    window.show()
    if os.environ.get("TIMELINE_APP_EXIT_AFTER_FIRST_PAINT"):
        from timeline_app.ui.first_paint import FirstPaintReporter

        FirstPaintReporter(window)
    blocker = InputBlocker(app)

    def open_database() -> None:
        blocker.release()  # input typed from here on waits in the queue until we are done
        from timeline_app.app import attach_database

        database = _open_database_interactively(db_path, arguments)
        if database is None:
            window.hide()
            app.exit(1)
            return
        attach_database(window, database)
        app.aboutToQuit.connect(window.close)  # a session logout also saves what was typed
        if arguments.event and not window.timeline_view.selectEvent(arguments.event):
            window.statusBar().showMessage(f"No event with id {arguments.event!r}.")

    after_first_paint(window.timeline_view, open_database)
    return app.exec()
