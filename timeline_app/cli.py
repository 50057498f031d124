"""Command line: ``timeline-app [--db PATH|URL] [--event ID] [--new-window] [--screenshot PNG
[--select ID]]``, and, without a window, ``--export-notes FILE``, ``--import-notes FILE.json``,
``--import-events FILE [--collection NAME] [--replace]``,
``--export-events FILE [--collection NAME]``, ``--export-citations FILE [--event ID]``,
``--export-image FILE [--range FIRST:LAST] [--width PX]`` and ``--install-desktop-entry`` /
``--uninstall-desktop-entry``; ``--db URL --init-store`` sets up a server store."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app import APP_NAME, __version__
from timeline_app.data.problems import DataValidationError
from timeline_app.desktop.desktop_entry import (
    DesktopEntryError,
    data_home,
    install_desktop_entry,
    uninstall_desktop_entry,
)
from timeline_app.desktop.logging_setup import FILE_ONLY, configure_logging
from timeline_app.desktop.paths import (
    DB_ENVIRONMENT_VARIABLE,
    DatabasePathError,
    check_database_path,
    resolve_store_location,
)
from timeline_app.domain.errors import StorageError
from timeline_app.domain.store_location import SUPPORTED, LocationError, StoreLocation
from timeline_app.persistence.errors import (
    DatabaseOpenError,
)

if TYPE_CHECKING:
    pass

log = logging.getLogger("timeline_app")
EXPECTED_ERRORS = (DatabaseOpenError, DataValidationError, StorageError)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line options."""
    parser = argparse.ArgumentParser(prog="timeline-app", description=APP_NAME)
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=f"the store to use: {SUPPORTED} (default: ${DB_ENVIRONMENT_VARIABLE} or the "
        "per-user data folder's file); a password in the URL is never shown or stored",
    )
    parser.add_argument(
        "--init-store",
        action="store_true",
        help="with --db URL: create or upgrade the server store's schema, load the curated "
        "chronology and let the role timeline_team read and write it, then exit (for the "
        "database's owner)",
    )
    parser.add_argument(
        "--event",
        metavar="ID",
        help="open with this event selected; with --export-citations: export this event's "
        "sources only",
    )
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
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove the app from the desktop's application menu (Linux) and exit",
    )
    parser.add_argument(
        "--new-window",
        action="store_true",
        help="open a window of its own even when the app is already running on this "
        "database (by default a second start brings the running window to the front and "
        "passes it --event)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="open the database without changing it (notes are shown only)",
    )
    parser.add_argument(
        "--export-notes",
        metavar="FILE",
        help="write every note to FILE (.json, .md or .csv, from its extension) and exit; "
        "works with --read-only",
    )
    parser.add_argument(
        "--import-notes",
        metavar="FILE",
        help="merge the notes of FILE (a JSON export) into the database by note id and exit",
    )
    parser.add_argument(
        "--import-events",
        metavar="FILE",
        help="import the events of FILE (TimelineJS .json or .csv, a CSV, a .timeline) as a "
        "collection and exit",
    )
    parser.add_argument(
        "--export-events",
        metavar="FILE",
        help="write events to FILE (TimelineJS .json or .csv, from its extension) and exit",
    )
    parser.add_argument(
        "--export-citations",
        metavar="FILE",
        help="write every source (or, with --event, one event's) to FILE (.json CSL-JSON, .bib "
        "BibTeX or .ris RIS, from its extension) and exit",
    )
    parser.add_argument(
        "--collection",
        metavar="NAME",
        help="with --import-events: the collection's name (default: the file's title); with "
        "--export-events: the collection to export ('curated': the bundled chronology; "
        "default: every event)",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="with --import-events: replace the events of a collection of that name",
    )
    parser.add_argument(
        "--export-image",
        metavar="FILE",
        help="draw the timeline to FILE (.png, .svg or .pdf, from its extension) and exit",
    )
    parser.add_argument(
        "--range",
        metavar="FIRST:LAST",
        help="with --export-image: the dates drawn, e.g. 2010:2020 or 2010-03:2011-06-30 "
        "(default: the shown events' whole years)",
    )
    parser.add_argument(
        "--width",
        metavar="PX",
        help="with --export-image: the picture's width in pixels, or the width a PDF page is "
        "laid out at (default 1600)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


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


def _usage_error(arguments: argparse.Namespace) -> str | None:
    """Options that cannot go together, as one line; None when they can."""
    commands = [
        f"--{option.replace('_', '-')}"
        for option in (
            "export_notes",
            "import_notes",
            "import_events",
            "export_events",
            "export_image",
            "export_citations",
        )
        if getattr(arguments, option) is not None
    ]
    if len(commands) > 1:
        return f"{commands[0]} cannot be combined with {commands[1]}"
    if arguments.init_store:
        others = [*commands, *(["--screenshot"] if arguments.screenshot is not None else [])]
        others += ["--read-only"] if arguments.read_only else []
        if others:
            return f"--init-store cannot be combined with {others[0]}"
    if commands and arguments.screenshot is not None:
        return f"{commands[0]} cannot be combined with --screenshot"
    if arguments.import_events is None and arguments.replace:
        return "--replace goes only with --import-events"
    events_command = bool(commands) and commands[0] in ("--import-events", "--export-events")
    if arguments.collection is not None and not events_command:
        return "--collection goes only with --import-events or --export-events"
    for option in ("range", "width"):
        if getattr(arguments, option) is not None and arguments.export_image is None:
            return f"--{option} goes only with --export-image"
    if arguments.install_desktop_entry and arguments.uninstall_desktop_entry:
        return "--install-desktop-entry cannot be combined with --uninstall-desktop-entry"
    for option in ("export_notes", "import_notes"):
        if getattr(arguments, option) is not None and arguments.screenshot is not None:
            return f"--{option.replace('_', '-')} cannot be combined with --screenshot"
    if arguments.import_events is not None and arguments.read_only:
        return "--import-events cannot be combined with --read-only (an import writes events)"
    if arguments.import_notes is not None and arguments.read_only:
        return "--import-notes cannot be combined with --read-only (an import writes notes)"
    return None


def _run_notes_command(arguments: argparse.Namespace, db_path: StoreLocation) -> int:
    """--export-notes or --import-notes: no window, no Qt application; the database must exist."""
    from timeline_app.headless import export_notes, import_notes

    if arguments.export_notes is not None:
        return export_notes(db_path, arguments.export_notes, read_only=arguments.read_only)
    return import_notes(db_path, arguments.import_notes)


def _run_events_command(arguments: argparse.Namespace, db_path: StoreLocation) -> int:
    """--import-events or --export-events: no window, no Qt application."""
    from timeline_app.headless import export_events, import_events

    if arguments.import_events is not None:
        return import_events(
            db_path, arguments.import_events, arguments.collection, replace=arguments.replace
        )
    return export_events(db_path, arguments.export_events, arguments.collection)


def _remembered_database_path() -> Path | None:
    from timeline_app.desktop.database_location import remembered_database_path

    return remembered_database_path()


def _uninstall_desktop_entry() -> int:
    try:
        removed = uninstall_desktop_entry()
    except DesktopEntryError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return 2
    if not removed:
        print(f"No desktop entry is installed in {data_home()}; nothing to remove.")
        return 0
    print(
        f"Removed the desktop entry and icons ({len(removed)} files) from {data_home()}: "
        "the app is no longer in your applications menu."
    )
    return 0


def _run(arguments: argparse.Namespace) -> int:
    usage = _usage_error(arguments)
    if usage is not None:
        print(f"timeline-app: error: {usage}.", file=sys.stderr)
        return 2
    if arguments.install_desktop_entry:
        try:
            entry = install_desktop_entry()
        except DesktopEntryError as error:
            print(f"timeline-app: {error}", file=sys.stderr)
            return 2
        print(f"Installed {entry}: the app is now in your applications menu.")
        return 0
    if arguments.uninstall_desktop_entry:
        return _uninstall_desktop_entry()
    try:
        db_path = resolve_store_location(arguments.db, _remembered_database_path)
    except LocationError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return 2
    # Only a path the user named is checked: the default folder is created on first start.
    named = arguments.db or os.environ.get(DB_ENVIRONMENT_VARIABLE, "").strip()
    if named and isinstance(db_path, Path):
        try:
            check_database_path(db_path)
        except DatabasePathError as error:
            print(f"timeline-app: {error}", file=sys.stderr)
            return 2
    if arguments.init_store:
        from timeline_app.headless import init_store

        return init_store(db_path)
    if arguments.export_notes is not None or arguments.import_notes is not None:
        return _run_notes_command(arguments, db_path)
    if arguments.import_events is not None or arguments.export_events is not None:
        return _run_events_command(arguments, db_path)
    if arguments.export_image is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from timeline_app.figure_command import export_image

        return export_image(
            db_path,
            arguments.export_image,
            arguments.range,
            arguments.width,
            read_only=arguments.read_only,
        )
    if arguments.export_citations is not None:
        from timeline_app.headless import export_citations

        return export_citations(db_path, arguments.export_citations, arguments.event)
    from timeline_app.app import install_excepthook, run_interactive, take_screenshot

    if arguments.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        install_excepthook(interactive=False)
        return take_screenshot(arguments, db_path)
    return run_interactive(arguments, db_path)
