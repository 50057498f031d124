"""Where the app keeps its files: the per-user data directory, the database and the log."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from timeline_app import APP_ID

DB_ENVIRONMENT_VARIABLE = "TIMELINE_APP_DB"
DATABASE_FILE_NAME = "timeline.sqlite3"
LOG_FILE_NAME = "timeline-app.log"


def user_data_dir() -> Path:
    """The platform's per-user data folder for this app (not created here)."""
    return user_data_path(APP_ID, appauthor=False, roaming=False)


def default_database_path() -> Path:
    """The database used when neither --db nor TIMELINE_APP_DB says otherwise."""
    return user_data_dir() / DATABASE_FILE_NAME


def resolve_database_path(cli_value: str | None) -> Path:
    """--db wins, then the TIMELINE_APP_DB environment variable, then the user data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    from_environment = os.environ.get(DB_ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return Path(from_environment).expanduser()
    return default_database_path()


def log_dir() -> Path:
    """Folder of the rotating log file."""
    return user_data_dir() / "logs"
