"""The window's file-only storage actions: Preferences ▸ Move… and the recovery of a damaged
file (at start and from the storage banner's Repair…). A server store has neither: it is
moved and repaired by its administrator."""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.data.problems import DataValidationError
from timeline_app.domain.errors import StorageError
from timeline_app.persistence.errors import DatabaseOpenError
from timeline_app.ui import app_messages as messages
from timeline_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from timeline_app.persistence.database import Database

log = logging.getLogger("timeline_app")
EXPECTED_ERRORS = (DatabaseOpenError, DataValidationError, StorageError)


def copy_and_open(
    window: MainWindow, database: Database, target: Path, data_dir: Traversable | Path | None
) -> Database | str:
    """Preferences ▸ Move…: the checked copy at ``target``, opened; or why not (the old file
    untouched and still in use)."""
    from timeline_app.services.database_move import (
        DatabaseMoveError,
        copy_database,
        remove_old_database,
    )
    from timeline_app.services.startup import open_timeline_database

    window.notes_panel.finishEditing()  # the text being typed goes with the file
    try:
        copied = copy_database(database.path, target)
    except DatabaseMoveError as error:
        return str(error)
    try:
        return open_timeline_database(copied, data_dir)
    except EXPECTED_ERRORS as error:
        log.error("the copy %s could not be opened: %s", copied, error, exc_info=True)
        remove_old_database(copied)
        return messages.copy_not_opened(copied, error, database.path)


def after_move(window: MainWindow, old: Path, new: Path) -> None:
    """Remember the new place (when it replaced the one a plain start opens), then remove the
    old file; say what the user must know."""
    from timeline_app.desktop.database_location import (
        remember_database_path,
        remembered_database_path,
    )
    from timeline_app.desktop.paths import default_database_path
    from timeline_app.services.database_move import remove_old_database

    plain_start = remembered_database_path() or default_database_path()
    opened_by_plain_start = old.absolute() == plain_start.absolute()
    if opened_by_plain_start:
        remember_database_path(new)
    message = messages.moved(new, opened_by_plain_start)
    log.info("database moved from %s to %s", old, new)
    problem = remove_old_database(old)
    window.statusBar().showMessage(message if problem is None else f"{message} {problem}")


def repair_database(
    database: Database, data_dir: Traversable | Path | None = None
) -> Database | None:
    """Repair… on the storage banner: the recovery offered at start, then the file opened
    again; None when the user chose not to, or it failed (said in a message)."""
    message = messages.failed_while_open(database.path)
    return recover(database.path, message, data_dir, before=database.dispose)


def recover(
    path: Path,
    message: str,
    data_dir: Traversable | Path | None = None,
    before: Callable[[], None] | None = None,
) -> Database | None:
    """Ask what to do with a damaged file; restore a backup or start afresh (the damaged file
    renamed aside, never deleted), merge in every note still readable in the damaged file and
    open it; None for Quit or a failure."""
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.services import recovery
    from timeline_app.services.startup import open_timeline_database
    from timeline_app.ui.dialogs.recovery import Recovery, ask_recovery

    salvaged = recovery.salvage(path)  # read before anything is renamed or offered
    backups = recovery.backups_to_offer(path)
    choice = ask_recovery(message, path, backups, len(salvaged.notes))
    if choice.action is Recovery.QUIT:
        return None
    if before is not None:
        before()
    try:
        aside = (
            recovery.restore_backup(path, choice.backup)
            if choice.backup is not None and choice.action is Recovery.RESTORE_BACKUP
            else recovery.set_aside(path)
        )
        log.warning("%s set aside as %s", path, aside)
        database = open_timeline_database(path, data_dir)
    except (OSError, *EXPECTED_ERRORS) as error:
        log.error("recovery of %s failed: %s", path, error, exc_info=True)
        QMessageBox.critical(None, messages.app_title(), messages.problem_text(error))
        return None
    try:
        merged = recovery.merge_salvaged(database, salvaged)
    except StorageError as error:
        # The restored or fresh database is open and usable; the salvaged notes stay in the
        # set-aside file, which the message names.
        log.error("merging the notes of %s failed: %s", aside, error, exc_info=True)
        QMessageBox.warning(None, messages.app_title(), messages.notes_not_merged(error, aside))
        return database
    log.info(
        "notes read from %s merged into %s: %d added, %d updated, %d already there",
        aside,
        path,
        merged.added,
        merged.updated,
        merged.unchanged,
    )
    return database
