"""Where the app keeps its files: the per-user data directory, the database and the log."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_data_path

from timeline_app import APP_ID
from timeline_app.domain.store_location import StoreLocation, parse_location

DB_ENVIRONMENT_VARIABLE = "TIMELINE_APP_DB"
DATABASE_FILE_NAME = "timeline.sqlite3"
LOG_FILE_NAME = "timeline-app.log"


def user_data_dir() -> Path:
    """The platform's per-user data folder for this app (not created here)."""
    return user_data_path(APP_ID, appauthor=False, roaming=False)


def default_database_path() -> Path:
    """The database used when neither --db nor TIMELINE_APP_DB says otherwise."""
    return user_data_dir() / DATABASE_FILE_NAME


def resolve_database_path(
    cli_value: str | None, remembered: Callable[[], Path | None] = lambda: None
) -> Path:
    """--db wins, then the TIMELINE_APP_DB environment variable, then ``remembered()`` (where
    Preferences ▸ Move… put the database: ``database_location``), then the user data folder.

    ``remembered`` is only called when needed, so a --db start never reads the settings.
    """
    if cli_value:
        return Path(cli_value).expanduser()
    from_environment = os.environ.get(DB_ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return Path(from_environment).expanduser()
    return remembered() or default_database_path()


def resolve_store_location(
    cli_value: str | None, remembered: Callable[[], Path | None] = lambda: None
) -> StoreLocation:
    """As ``resolve_database_path``, where --db and $TIMELINE_APP_DB may also be a server
    store's URL (LocationError, one line, for a URL that cannot be opened)."""
    if cli_value:
        return parse_location(cli_value)
    from_environment = os.environ.get(DB_ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return parse_location(from_environment)
    return remembered() or default_database_path()


class DatabasePathError(ValueError):
    """A --db path that cannot be a database file; the message is one line naming the path."""


def check_database_path(path: Path) -> None:
    """Refuse a folder, a device, FIFO or socket, or a file in a folder that does not exist.

    Only looks: creates nothing, so a mistyped --db leaves no empty folder or file behind.
    A path that does not exist yet in an existing folder is fine (a new database).
    """
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # not there yet: its folder decides
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise DatabasePathError(f"{path} cannot be used as the database: {reason}.") from error
    if mode is not None:
        if stat.S_ISDIR(mode):
            raise DatabasePathError(f"{path} is a folder, not a database file.")
        if not stat.S_ISREG(mode):
            raise DatabasePathError(f"{path} is {_kind_of(mode)}, not a database file.")
        return
    folder = path.parent
    if not folder.is_dir():
        if folder.exists():
            raise DatabasePathError(f"{path} cannot be created: {folder} is not a folder.")
        raise DatabasePathError(f"{path} cannot be created: the folder {folder} does not exist.")


def _kind_of(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def log_dir() -> Path:
    """Folder of the rotating log file."""
    return user_data_dir() / "logs"
