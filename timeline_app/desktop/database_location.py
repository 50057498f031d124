"""Where Preferences ▸ Move… put the database, remembered in the app's QSettings.

Apart from ``paths`` so the headless note commands, which resolve paths too, never load Qt
unless a plain start has to look the remembered place up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from timeline_app import APP_ID
from timeline_app.desktop.identity import ORGANIZATION

#: QSettings key of the place Preferences ▸ Move… put the database.
LOCATION_KEY = "database/location"


def _settings() -> QSettings:
    # Named explicitly: the command line resolves the path before any QApplication exists.
    return QSettings(ORGANIZATION, APP_ID)


def remembered_database_path() -> Path | None:
    """Where Move… last put the database, while that file is there (a drive that is not
    plugged in falls back to the default rather than starting an empty database there)."""
    value = _settings().value(LOCATION_KEY)
    if not value:
        return None
    path = Path(str(value))
    return path if path.is_file() else None


def remember_database_path(path: Path) -> None:
    """Make ``path`` the database a plain start opens (after Move…)."""
    settings = _settings()
    settings.setValue(LOCATION_KEY, str(path))
    settings.sync()
