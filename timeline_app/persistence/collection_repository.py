"""The user's collections in storage: list, rename, hide, show, purge; their eras.

Removing a collection hides it (state ``removed``): every reader (snapshot, search, lookups
by id) leaves its events out at once, and showing it again is the undo. ``purge`` deletes a
hidden collection for good: its events (with their index rows), categories and eras. Notes
are never deleted: they stay, as notes on withdrawn curated events do.

Every change here that shows or hides events moves the events generation on, so the column
snapshot and the search index's record of being current follow it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from timeline_app.domain.collections import (
    CollectionError,
    CollectionInfo,
    CollectionKind,
    Era,
)
from timeline_app.domain.models import DatePrecision
from timeline_app.persistence.orm import EVENTS_GENERATION_KEY, CategoryRow, EventRow
from timeline_app.persistence.orm_collections import (
    HIDDEN_STATES,
    KIND_OWN,
    STATE_REMOVED,
    STATE_SHOWN,
    STATE_STAGING,
    CollectionRow,
    EraRow,
)
from timeline_app.persistence.search_index import index_kept_current, unindex_collection

#: The name the own collection is stored under (the window shows it in the reader's language).
OWN_COLLECTION_NAME = "Own events"


def bump_events_generation(session: Session) -> None:
    """Count a change of which events are shown (as the events table's triggers count rows)."""
    session.execute(
        text("UPDATE app_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = :key").bindparams(
            key=EVENTS_GENERATION_KEY
        )
    )


class CollectionRepository:
    """Collections within a caller's session (the caller commits)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def create(
        self,
        name: str,
        kind: CollectionKind,
        *,
        description: str = "",
        source_file: str = "",
        state: str = STATE_SHOWN,
    ) -> int:
        """A new collection; its id."""
        row = CollectionRow(
            name=name,
            description=description,
            kind=kind.value,
            source_file=source_file,
            created_at=datetime.now(UTC),
            state=state,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def own_collection(self) -> int:
        """The id of the collection of the user's own events, made on first use."""
        found = self._session.scalar(select(CollectionRow.id).where(CollectionRow.kind == KIND_OWN))
        if found is not None:
            return found
        return self.create(OWN_COLLECTION_NAME, CollectionKind.OWN)

    def id_named(self, name: str) -> int | None:
        """The shown collection of that name (None when there is none)."""
        return self._session.scalar(
            select(CollectionRow.id).where(
                CollectionRow.name == name, CollectionRow.state == STATE_SHOWN
            )
        )

    def state(self, collection_id: int) -> str | None:
        """The state of a collection (None when it does not exist)."""
        row = self._session.get(CollectionRow, collection_id)
        return None if row is None else row.state

    def collections(self) -> list[CollectionInfo]:
        """Every shown collection with its event count and eras, by id."""
        counts = dict(
            self._session.execute(
                select(EventRow.collection_id, func.count())
                .where(EventRow.collection_id.is_not(None))
                .group_by(EventRow.collection_id)
            ).all()
        )
        rows = self._session.scalars(
            select(CollectionRow)
            .where(CollectionRow.state == STATE_SHOWN)
            .order_by(CollectionRow.id)
        )
        return [
            CollectionInfo(
                id=row.id,
                name=row.name,
                description=row.description,
                kind=CollectionKind(row.kind),
                source_file=row.source_file,
                created_at=row.created_at,
                event_count=int(counts.get(row.id, 0)),
                eras=self.eras(row.id),
            )
            for row in rows
        ]

    def rename(self, collection_id: int, name: str) -> str:
        """Give a collection a new name; returns the old one. Names are unique."""
        name = name.strip()
        if not name:
            raise CollectionError("a collection needs a name")
        row = self._session.get(CollectionRow, collection_id)
        if row is None:
            raise CollectionError(f"no collection {collection_id}")
        taken = self._session.scalar(
            select(CollectionRow.id).where(
                CollectionRow.name == name, CollectionRow.id != collection_id
            )
        )
        if taken is not None:
            raise CollectionError(f"a collection named {name!r} exists")
        old, row.name = row.name, name
        return old

    def hide_removed(self, collection_id: int) -> None:
        """Remove a shown collection from sight (undone by ``show``; purged later)."""
        if self.state(collection_id) != STATE_SHOWN:
            raise CollectionError(f"no shown collection {collection_id}")
        self.set_state(collection_id, STATE_REMOVED)

    def show(self, collection_id: int) -> None:
        """Show a removed collection again (the undo of ``hide_removed``)."""
        if self.state(collection_id) != STATE_REMOVED:
            raise CollectionError(f"no removed collection {collection_id}")
        self.set_state(collection_id, STATE_SHOWN)

    def set_state(self, collection_id: int, state: str) -> None:
        """Show or hide a collection (see the module doc). The index keeps its rows: a search
        leaves out hidden collections itself."""
        with index_kept_current(self._session):
            self._session.execute(
                update(CollectionRow).where(CollectionRow.id == collection_id).values(state=state)
            )
            bump_events_generation(self._session)

    def set_eras(self, collection_id: int, eras: Sequence[Era]) -> None:
        """Replace the eras of a collection."""
        self._session.execute(delete(EraRow).where(EraRow.collection_id == collection_id))
        for position, era in enumerate(eras):
            self._session.add(
                EraRow(
                    collection_id=collection_id,
                    position=position,
                    label=era.label,
                    start_date=era.start,
                    end_date=era.end,
                    precision=era.precision.value,
                )
            )

    def eras(self, collection_id: int) -> tuple[Era, ...]:
        """The eras of a collection, in their order."""
        rows = self._session.scalars(
            select(EraRow).where(EraRow.collection_id == collection_id).order_by(EraRow.position)
        )
        return tuple(
            Era(row.label, row.start_date, row.end_date, DatePrecision(row.precision))
            for row in rows
        )

    def hidden(self, states: Sequence[str] = HIDDEN_STATES) -> list[int]:
        """Ids of the collections in these states."""
        return list(
            self._session.scalars(select(CollectionRow.id).where(CollectionRow.state.in_(states)))
        )

    def purge_removed(self) -> int:
        """Purge every removed collection; returns how many events went."""
        return sum(self.purge(cid) for cid in self.hidden((STATE_REMOVED,)))

    def purge_abandoned_imports(self, started_before: datetime) -> int:
        """Purge the staging collections begun before ``started_before``: imports a crash
        interrupted (one still running, in this or another process, began later)."""
        abandoned = self._session.scalars(
            select(CollectionRow.id).where(
                CollectionRow.state == STATE_STAGING, CollectionRow.created_at < started_before
            )
        )
        return sum(self.purge(cid) for cid in list(abandoned))

    def purge(self, collection_id: int) -> int:
        """Delete a collection for good with its events, categories and eras (notes stay);
        returns how many events went."""
        with index_kept_current(self._session):
            return self._purge(collection_id)

    def _purge(self, collection_id: int) -> int:
        unindex_collection(self._session, collection_id)
        gone = self._session.scalar(
            select(func.count()).where(EventRow.collection_id == collection_id)
        )
        self._session.execute(delete(EventRow).where(EventRow.collection_id == collection_id))
        self._session.execute(delete(CategoryRow).where(CategoryRow.collection_id == collection_id))
        self._session.execute(delete(EraRow).where(EraRow.collection_id == collection_id))
        self._session.execute(delete(CollectionRow).where(CollectionRow.id == collection_id))
        return int(gone or 0)
