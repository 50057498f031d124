"""The service tests' stores: one suite, both backends (an SQLite file, a PostgreSQL server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app.persistence.database import Database
from timeline_app.persistence.server_database import create_server_schema, open_server_database
from timeline_app.services.startup import bring_up_to_date, open_timeline_database

#: The backends a ``store`` runs on; the server's half is marked ``postgres``.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The kind of store: "sqlite" or "postgresql"."""
    return str(request.param)


def open_store(
    backend: str, request: pytest.FixtureRequest, db_path: Path, data_dir: Path
) -> Database:
    """A store of the ``backend`` with the data of ``data_dir`` loaded, as the app opens it
    (a server's database is the ``postgres_url`` fixture's)."""
    if backend == "sqlite":
        return open_timeline_database(db_path, data_dir)
    url: str = request.getfixturevalue("postgres_url")
    return open_server_store(url, data_dir)


def open_server_store(url: str, data_dir: Path) -> Database:
    """The empty server database at ``url`` made a store with the data of ``data_dir``."""
    database = open_server_database(url)
    create_server_schema(database.engine)
    bring_up_to_date(database, data_dir)
    return database


@pytest.fixture
def store(
    backend: str, request: pytest.FixtureRequest, db_path: Path, sample_data_dir: Path
) -> Iterator[Database]:
    """A store of the ``backend`` with the sample data loaded, as the app opens it."""
    database = open_store(backend, request, db_path, sample_data_dir)
    yield database
    database.dispose()
