"""Writing a stream of imported events into a new or replaced collection.

The events are written in batches (BATCH_SIZE a transaction) under a hidden collection and
published in one transaction at the end (see persistence/import_store.py): readers never
see half an import, and a cancel or an error leaves nothing behind. ``progress`` is called
after each batch with the number written so far; ``cancelled`` is asked before each batch.
Memory stays that of one batch, whatever the stream's length.

Replacing a collection: its events, categories and eras go when the new one is published
(not before: a cancelled replacement leaves the old collection as it was). Imported events
get fresh ids, so notes written on the old events stay, as notes on withdrawn events, except
where the file carries the old ids (NeutralEvent.event_id, e.g. from an export of ours).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.collections import (
    CollectionExistsError,
    Era,
    ImportCancelledError,
    NeutralEvent,
)
from timeline_app.persistence.collection_repository import CollectionRepository
from timeline_app.persistence.event_snapshot import refresh_event_snapshot
from timeline_app.persistence.import_store import (
    Staging,
    begin_staging,
    publish,
    write_batch,
)
from timeline_app.services.storage_errors import storage_errors

log = logging.getLogger(__name__)
#: Events a transaction: large enough that the per-transaction cost (an fsync) is small,
#: small enough that the file is never locked for long (about a tenth of a second).
BATCH_SIZE = 10_000


@dataclass(frozen=True, slots=True)
class ImportTarget:
    """Where an import goes: the collection's name, and what else it carries."""

    name: str
    description: str = ""
    source_file: str = ""
    eras: tuple[Era, ...] = ()
    #: Colours of named categories (The Timeline Project gives them); others get a palette's.
    category_colours: Mapping[str, str] | None = None
    #: True: a collection of that name is replaced; False: it makes CollectionExistsError.
    replace: bool = False


@dataclass(frozen=True, slots=True)
class ImportWritten:
    """What was written: the collection, and how many events it holds."""

    collection_id: int
    name: str
    count: int
    replaced: bool


def _never() -> bool:
    return False


class EventImportWriter:
    """Writes imported events into the database, all or nothing."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        path: Path | str,
        *,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self._session_factory = session_factory
        self._path = path
        self._batch_size = batch_size

    def exists(self, name: str) -> bool:
        """True when a collection of that name is shown (ask before replacing it)."""
        with storage_errors(self._path, "read the collections"), self._session_factory() as s:
            return CollectionRepository(s).id_named(name) is not None

    def write(
        self,
        target: ImportTarget,
        events: Iterable[NeutralEvent],
        *,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] = _never,
    ) -> ImportWritten:
        """Write ``events`` as the collection ``target.name``; raises ImportCancelledError
        when ``cancelled`` says so, CollectionExistsError when the name is taken and not to be
        replaced (before anything is written), StorageError when writing fails. In every one
        of these cases nothing of the import is left in the file."""
        with storage_errors(self._path, "import the events"), self._session_factory.begin() as s:
            collections = CollectionRepository(s)
            existing = collections.id_named(target.name)
            if existing is not None and not target.replace:
                raise CollectionExistsError(target.name)
            staging = begin_staging(
                s,
                replaces=existing,
                source_file=target.source_file,
                category_colours=target.category_colours,
            )
        try:
            self._write_batches(staging, target, events, progress, cancelled)
            with storage_errors(self._path, "import the events"):
                with self._session_factory.begin() as s:
                    publish(
                        s, staging, target.name, description=target.description, eras=target.eras
                    )
                with self._session_factory.begin() as s:
                    refresh_event_snapshot(s)
        except BaseException:
            self._discard(staging)
            raise
        log.info("imported %s events into %r", staging.written, target.name)
        return ImportWritten(
            staging.collection_id, target.name, staging.written, existing is not None
        )

    def _write_batches(
        self,
        staging: Staging,
        target: ImportTarget,
        events: Iterable[NeutralEvent],
        progress: Callable[[int], None] | None,
        cancelled: Callable[[], bool],
    ) -> None:
        stream = iter(events)
        while True:
            if cancelled():
                raise ImportCancelledError
            batch: Sequence[NeutralEvent] = list(itertools.islice(stream, self._batch_size))
            if not batch:
                return
            doing = "import the events"
            with storage_errors(self._path, doing), self._session_factory.begin() as s:
                write_batch(s, staging, batch, target.name)
            if progress is not None:
                progress(staging.written)

    def _discard(self, staging: Staging) -> None:
        """Delete the hidden collection and all written under it (best effort: one that
        cannot be deleted now stays hidden, and is purged at a later start)."""
        try:
            with self._session_factory.begin() as s:
                CollectionRepository(s).purge(staging.collection_id)
                refresh_event_snapshot(s)
        except Exception:
            log.exception("could not delete an unfinished import; it stays hidden")
