"""The user's collections: list with counts, rename, remove and restore (undo), purge.

Removing hides the collection at once (one small transaction, whatever its size) and the
undo shows it again; ``purge_removed`` deletes removed collections for good. The window
calls it when the removal can no longer be undone (its undo stack drops it, or at the next
start); until then the events are kept but seen by no reader, like withdrawn ones. Notes are
never deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.collections import CollectionInfo
from timeline_app.persistence.collection_repository import CollectionRepository
from timeline_app.persistence.event_snapshot import refresh_event_snapshot
from timeline_app.services.storage_errors import storage_errors

#: A staging collection this old is an import a crash interrupted: the biggest imports take
#: minutes (a million rows in about one), so no running import is ever this old.
ABANDONED_AFTER = timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class RemovedCollection:
    """A removal, to undo: the collection's id and name."""

    collection_id: int
    name: str


class CollectionsService:
    """Use cases over the user's collections."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path | str) -> None:
        self._session_factory = session_factory
        self._path = path

    def _write(self, doing: str, change: Callable[[CollectionRepository], object]) -> object:
        with storage_errors(self._path, doing), self._session_factory.begin() as session:
            result = change(CollectionRepository(session))
            refresh_event_snapshot(session)
            return result

    def collections(self) -> list[CollectionInfo]:
        """Every shown collection with its event count and eras (the curated chronology is
        not among them: its count is the snapshot's, see EventColumns.collection_counts)."""
        with storage_errors(self._path, "read the collections"), self._session_factory() as s:
            return CollectionRepository(s).collections()

    def rename(self, collection_id: int, name: str) -> str:
        """Rename a collection; returns the old name (rename back to undo). Raises
        CollectionError for an empty name or one another collection has."""
        doing = "rename the collection"
        with storage_errors(self._path, doing), self._session_factory.begin() as session:
            return CollectionRepository(session).rename(collection_id, name)

    def remove(self, collection_id: int) -> RemovedCollection:
        """Remove a collection from sight with its events, categories and eras."""

        def hide(collections: CollectionRepository) -> RemovedCollection:
            name = next(c.name for c in collections.collections() if c.id == collection_id)
            collections.hide_removed(collection_id)
            return RemovedCollection(collection_id, name)

        removed = self._write("remove the collection", hide)
        assert isinstance(removed, RemovedCollection)
        return removed

    def restore(self, removed: RemovedCollection) -> None:
        """Undo a removal: the collection, its events (same ids, so their notes are theirs
        again), categories and eras are back."""
        self._write("restore the collection", lambda c: c.show(removed.collection_id))

    def purge_removed(self) -> int:
        """Delete every removed collection for good; returns how many events went."""

        gone = self._write("delete removed collections", CollectionRepository.purge_removed)
        assert isinstance(gone, int)
        return gone

    def purge_abandoned_imports(self, older_than: timedelta = ABANDONED_AFTER) -> int:
        """Delete what imports a crash interrupted left (hidden all along): staging begun
        more than ``older_than`` ago, so an import running now (a window's or the command
        line's, in another process) is never touched; returns how many events went."""
        started_before = datetime.now(UTC) - older_than
        gone = self._write(
            "clear interrupted imports",
            lambda repository: repository.purge_abandoned_imports(started_before),
        )
        assert isinstance(gone, int)
        return gone
