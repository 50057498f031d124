"""An open store: a local SQLite file or a PostgreSQL server, with its engine and sessions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.read_only import PrivateCopy


@dataclass(frozen=True, slots=True)
class Database:
    """An open database: its file (or server), engine and session factory.

    ``private_copy`` says why a read-only database is read from a private copy in memory
    (None: from the file itself). ``location`` is the SQLite file, or a server store's URL
    with its password masked (see server_database.py).
    """

    location: Path | str
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool = False
    private_copy: PrivateCopy | None = None

    @property
    def name(self) -> str:
        """What messages call the store: the file, or the server's URL (password masked)."""
        return str(self.location)

    @property
    def path(self) -> Path:
        """The SQLite file, for what applies to files only (move, copy, recovery); a server
        store has none (ValueError)."""
        if isinstance(self.location, str):
            raise ValueError(f"{self.location} is a server store, not a file")
        return self.location

    def dispose(self) -> None:
        """Close every pooled connection (the file can then be moved or deleted)."""
        self.engine.dispose()
