"""Undoable changes to the user's own events (Edit ▸ Undo / Redo): add, edit, delete.

Each command is pushed *after* the change was made (see OwnEventsService), so its first
``redo`` does nothing; later undo and redo call the service with the change, which knows the
event before and after. ``done`` then reloads the window's events (selecting ``event_id``
when it is there); failures go to ``report`` and leave the stack where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline_app.domain.collections import CollectionError
from timeline_app.domain.errors import StorageError
from timeline_app.ui.translate import translate
from timeline_app.ui.undo_texts import NamedCommand

if TYPE_CHECKING:
    from timeline_app.services.own_events import OwnEventChange, OwnEventsService


def _short(title: str) -> str:
    return title if len(title) <= 30 else title[:29] + "…"


def command_text(change: OwnEventChange) -> str:
    """What the change did, for Edit ▸ Undo ("Add Event “Silk Road Fair”")."""
    if change.before is None and change.after is not None:
        text = translate("OwnEventCommand", "Add Event “{title}”")
        return text.format(title=_short(change.after.title))
    if change.after is None and change.before is not None:
        text = translate("OwnEventCommand", "Delete Event “{title}”")
        return text.format(title=_short(change.before.title))
    assert change.after is not None
    return translate("OwnEventCommand", "Edit Event “{title}”").format(
        title=_short(change.after.title)
    )


class OwnEventCommand(NamedCommand):
    """One change to a user's event; undo and redo go through the service."""

    def __init__(
        self,
        change: OwnEventChange,
        service: OwnEventsService,
        done: Callable[[str | None], None],
        report: Callable[[Exception], None],
    ) -> None:
        super().__init__(lambda: command_text(change))
        self._change = change
        self._service = service
        self._done = done
        self._report = report
        self._first = True

    def _run(self, action: Callable[[OwnEventChange], None], shown: str | None) -> None:
        try:
            action(self._change)
        except (StorageError, CollectionError) as error:
            self._report(error)
            return
        self._done(shown)

    def undo(self) -> None:
        before = self._change.before
        self._run(self._service.undo, None if before is None else before.id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        after = self._change.after
        self._run(self._service.redo, None if after is None else after.id)
