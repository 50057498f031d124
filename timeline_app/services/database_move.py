"""Moving the database to another place: copy, check, and only later remove the old file.

The copy is written beside its final name and renamed into place only once it checks out,
so a failure at any step leaves the old file untouched and in use, and no half-written file
behind at the new place.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from timeline_app.persistence.database_copy import (
    DatabaseCopyError,
    backup_to,
    check_copy,
    note_count,
    remove_database_files,
)

log = logging.getLogger(__name__)


class DatabaseMoveError(Exception):
    """The move was refused or failed; the message is one sentence the user can act on."""


def copy_database(source: Path, target: Path) -> Path:
    """Copy the database at ``source`` to the new file ``target`` and check the copy.

    Returns the copy's path. Raises DatabaseMoveError (the old file untouched, nothing left
    at ``target``) when ``target`` is taken, its folder cannot be written, the disk is full,
    or the copy does not check out.
    """
    target = target.expanduser().absolute()
    _refuse_unusable(source, target)
    partial = target.with_name(f".{target.name}.moving")
    remove_database_files(partial)
    try:
        expected = note_count(source)
        backup_to(source, partial)
        problem = check_copy(partial)
        if problem is None and note_count(partial) != expected:
            problem = "it does not hold the same number of notes"
        if problem is not None:
            raise DatabaseMoveError(
                f"The copy at {target} did not check out ({problem}); the database stays at "
                f"{source}."
            )
        os.replace(partial, target)
    except (DatabaseCopyError, OSError) as error:
        log.error("moving %s to %s failed: %s", source, target, error)
        _discard(partial)
        raise DatabaseMoveError(
            f"The database could not be copied to {target}: {_reason(error)}. It stays at "
            f"{source}; nothing was changed."
        ) from error
    except DatabaseMoveError:
        _discard(partial)
        raise
    log.info("database copied from %s to %s (%d notes)", source, target, expected)
    return target


def remove_old_database(path: Path) -> str | None:
    """Remove the old file (and its -wal/-shm) after the move; None, or why it is still there."""
    try:
        remove_database_files(path)
    except OSError as error:
        log.warning("the old database %s could not be removed: %s", path, error)
        return f"The old file {path} could not be removed ({error.strerror or error})."
    return None


def _refuse_unusable(source: Path, target: Path) -> None:
    if target == source.absolute() or target.resolve() == source.resolve():
        raise DatabaseMoveError(f"The database is already at {target}.")
    if target.is_dir():
        raise DatabaseMoveError(
            f"{target} is a folder: choose a new file name for the database inside it."
        )
    if target.exists() or target.is_symlink():
        raise DatabaseMoveError(
            f"{target} already exists: choose a new file name, so no file is overwritten."
        )
    folder = target.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise DatabaseMoveError(f"The database cannot be moved to {target}: {folder} {what}.")


def _discard(partial: Path) -> None:
    with contextlib.suppress(OSError):
        remove_database_files(partial)


def _reason(error: BaseException) -> str:
    text = str(error).strip().rstrip(".")
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    if "disk is full" in text or "No space left" in text:
        return "the disk is full"
    if any(
        sign in text for sign in ("unable to open", "readonly", "read-only", "Permission denied")
    ):
        return "that folder cannot be written"
    return text
