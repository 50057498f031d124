"""The user's own events: create, update, delete, each returning what its undo needs.

Every change is one transaction that also keeps the search index in step and rebuilds the
column snapshot, so the window reloads the columns and finds the change (the rebuild reads
every event: milliseconds for the curated chronology, about 2 s per million events).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from timeline_app.domain.collections import (
    CollectionError,
    OwnEventInput,
    OwnEventRecord,
    new_user_id,
)
from timeline_app.domain.models import Place
from timeline_app.persistence.collection_repository import CollectionRepository
from timeline_app.persistence.event_snapshot import refresh_event_snapshot
from timeline_app.persistence.own_event_repository import OwnEventRepository
from timeline_app.services.authorship import author_of_store
from timeline_app.services.storage_errors import storage_errors


@dataclass(frozen=True, slots=True)
class OwnEventChange:
    """What a change did: the event before (None when it was made) and after (None when it
    was deleted). Undo puts ``before`` back (or deletes ``after`` when ``before`` is None)."""

    before: OwnEventRecord | None
    after: OwnEventRecord | None

    @property
    def event_id(self) -> str:
        """The event changed."""
        shown = self.after or self.before
        assert shown is not None
        return shown.id


class OwnEventsService:
    """Writes the user's own events (the collection of kind ``own``, made on first use)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        path: Path | str,
        author: str | None = None,
    ) -> None:
        """``author`` is recorded on each event made here (default: the OS user; on a server
        store its role, which the server records whatever is passed)."""
        self._session_factory = session_factory
        self._path = path
        self.author = author_of_store(session_factory, path) if author is None else author

    def _record(
        self, session: Session, event_id: str, collection_id: int, given: OwnEventInput
    ) -> OwnEventRecord:
        problem = given.problem()
        if problem is not None:
            raise CollectionError(problem)
        events = OwnEventRepository(session)
        made = None
        category_id = given.category_id
        if given.new_category is not None:
            made = events.make_category(collection_id, given.new_category)
            category_id = made.id
        record = events.record_from_input(event_id, collection_id, given, category_id)
        return replace(record, made_category=made)

    def create(self, given: OwnEventInput) -> OwnEventChange:
        """A new event of the user's own (with a new category when ``given`` asks for one)."""
        with storage_errors(self._path, "save your event"), self._session_factory.begin() as s:
            collection_id = CollectionRepository(s).own_collection()
            record = self._record(s, new_user_id(), collection_id, given)
            record = replace(record, author=self.author)
            OwnEventRepository(s).put(record)
            refresh_event_snapshot(s)
        return OwnEventChange(None, record)

    def update(self, event_id: str, given: OwnEventInput) -> OwnEventChange:
        """Change an event of the user's (own or imported); its id, notes and collection stay."""
        with storage_errors(self._path, "save your event"), self._session_factory.begin() as s:
            events = OwnEventRepository(s)
            before = events.record(event_id)
            if before is None:
                raise CollectionError(f"no event of yours {event_id!r}")
            record = self._record(s, event_id, before.collection_id, given)
            # What the user did not type stays: an imported credit, a derived title kept as is.
            record = replace(
                record,
                source_label=before.source_label,
                author=before.author,
                title_derived=before.title_derived and record.title == before.title,
            )
            events.put(record)
            refresh_event_snapshot(s)
        return OwnEventChange(before, record)

    def delete(self, event_id: str) -> OwnEventChange:
        """Delete an event of the user's; its notes stay (they come back with ``undo``)."""
        with storage_errors(self._path, "delete your event"), self._session_factory.begin() as s:
            events = OwnEventRepository(s)
            before = events.record(event_id)
            if before is None:
                raise CollectionError(f"no event of yours {event_id!r}")
            events.delete(event_id)
            refresh_event_snapshot(s)
        return OwnEventChange(before, None)

    def undo(self, change: OwnEventChange) -> None:
        """Undo ``change``: the event as it was before (same id, so its notes are its own
        again), or gone again when the change made it, with the category it made."""
        with storage_errors(self._path, "undo the change"), self._session_factory.begin() as s:
            events = OwnEventRepository(s)
            if change.before is not None:
                events.put(change.before)
            elif change.after is not None:
                events.delete(change.after.id)
            made = change.after.made_category if change.after is not None else None
            if made is not None:
                events.delete_category_if_unused(made.id)
            refresh_event_snapshot(s)

    def redo(self, change: OwnEventChange) -> None:
        """Do ``change`` again after its undo."""
        with storage_errors(self._path, "redo the change"), self._session_factory.begin() as s:
            events = OwnEventRepository(s)
            if change.after is not None:
                events.put(change.after)
            elif change.before is not None:
                events.delete(change.before.id)
            refresh_event_snapshot(s)

    def places(self) -> list[Place]:
        """Every known place, by name (for the edit dialog)."""
        with storage_errors(self._path, "read the places"), self._session_factory() as s:
            return OwnEventRepository(s).places()

    def event(self, event_id: str) -> OwnEventRecord | None:
        """An event of the user's as stored (for the edit dialog); None for others."""
        with storage_errors(self._path, "read your event"), self._session_factory() as s:
            return OwnEventRepository(s).record(event_id)
