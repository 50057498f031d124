"""Opening the app's store: create or check the file, then bring the bundled data up to date;
or open a server store as a client, which checks it and writes nothing."""

from __future__ import annotations

import logging
from importlib.resources.abc import Traversable
from pathlib import Path

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir, data_files_fingerprint
from timeline_app.domain.store_location import StoreLocation
from timeline_app.persistence.data_sync import (
    data_files_seen,
    holds_bundled_data,
    record_data_files,
    sync_dataset,
)
from timeline_app.persistence.database import Database, open_database
from timeline_app.persistence.event_snapshot import refresh_event_snapshot
from timeline_app.persistence.search_index import (
    index_is_current,
    rebuild_event_index,
    rebuild_note_index,
)
from timeline_app.persistence.server_database import client_check, open_server_database
from timeline_app.services.storage_errors import storage_errors

log = logging.getLogger(__name__)


def open_timeline_database(
    path: Path, data_dir: Traversable | Path | None = None, *, read_only: bool | None = None
) -> Database:
    """Open the database at ``path``, filling or updating it from the bundled data.

    Raises DatabaseOpenError for an unusable file, DataValidationError for broken data
    files and StorageError when writing fails; in each case nothing the user wrote is lost.
    """
    database = open_database(path, read_only=read_only)
    if database.read_only:
        return database  # shown as it is: no bundled-data update, no index rebuild
    try:
        bring_up_to_date(database, data_dir)
    except Exception:
        database.dispose()
        raise
    return database


def open_timeline_store(
    location: StoreLocation,
    data_dir: Traversable | Path | None = None,
    *,
    read_only: bool | None = None,
) -> Database:
    """Open the store at ``location``: a file as ``open_timeline_database`` does, or a server
    store (a URL) as a client.

    A client checks the server's schema before anything else and writes nothing: setting up
    and updating the curated chronology is the administrator's ``--init-store``. Raises
    DatabaseOpenError (ServerOpenError, NewerSchemaError) with one line naming what failed.
    """
    if isinstance(location, Path):
        return open_timeline_database(location, data_dir, read_only=read_only)
    database = open_server_database(location, read_only=bool(read_only))
    try:
        client_check(database, location)
        _log_newer_bundled_data(database, data_dir)
    except Exception:
        database.dispose()
        raise
    log.info("opened the server store %s%s", database.name, " read-only" if read_only else "")
    return database


def _log_newer_bundled_data(database: Database, data_dir: Traversable | Path | None) -> None:
    """A client shows the store's chronology as it is; it only notes a newer bundled one."""
    with storage_errors(database.name, "read the store"), database.session_factory() as s:
        folder = data_dir if data_dir is not None else bundled_data_dir()
        if holds_bundled_data(s) and not data_files_seen(s, data_files_fingerprint(folder)):
            log.info(
                "the bundled data differs from the chronology in %s; shown as the store holds "
                "it until an administrator runs --init-store",
                database.name,
            )


def bring_up_to_date(database: Database, data_dir: Traversable | Path | None = None) -> None:
    """Write the bundled data when it is newer, rebuild the search index and the column
    snapshot when out of date (a file's or a server store's)."""
    where = database.name
    with storage_errors(where, "load the bundled events"), database.session_factory.begin() as s:
        folder = data_dir if data_dir is not None else bundled_data_dir()
        fingerprint = data_files_fingerprint(folder) if holds_bundled_data(s) else None
        if fingerprint is not None and not data_files_seen(s, fingerprint):
            # Read and validate the files only when they differ from the last start's.
            dataset = load_dataset(folder)
            if sync_dataset(s, dataset):
                log.info("bundled data version %s written to %s", dataset.data_version, where)
            record_data_files(s, fingerprint)
        if not index_is_current(s):
            rebuild_event_index(s)
            rebuild_note_index(s)
        refresh_event_snapshot(s)
