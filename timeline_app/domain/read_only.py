"""Why a database opened read-only is shown from a private copy rather than read in place."""

from __future__ import annotations

from enum import Enum


class PrivateCopy(Enum):
    """Why a read-only open read a private copy of the file (the file itself is unchanged)."""

    #: Committed changes wait in the file's -wal, which SQLite could not read in place (no
    #: usable -shm beside it, and none may be created); the file and its -wal were copied.
    UNCHECKPOINTED = "uncheckpointed-wal"
    #: The file comes from an older version of the app; the copy was upgraded, not the file.
    OLDER_SCHEMA = "older-schema"
