"""Which draft of the shown event the editor starts from, and which other drafts are offered.

Several windows (or copies of the app) may keep a draft of the same event. The editor starts
from this window's own draft; without one, from the newest draft a closed window left (taken
over: the service deletes it when this window first writes its own). Drafts of other open
windows are never put in the editor: they are offered, and stay theirs.
"""

from __future__ import annotations

from datetime import datetime

from timeline_app.domain.models import Draft


def _version(draft: Draft) -> tuple[str, str, datetime]:
    """A draft's version: once used or set aside here, that version is not offered again."""
    return draft.event_id, draft.window_id, draft.updated_at


class EventDrafts:
    """The drafts of the shown event as this window sees them."""

    def __init__(self) -> None:
        #: drafts of closed windows whose text is in the editor (deleted at our first write)
        self.taken_over: list[Draft] = []
        self._others: list[Draft] = []
        #: draft versions already used or set aside in this window
        self._seen: set[tuple[str, str, datetime]] = set()

    def choose(self, drafts: list[Draft]) -> str:
        """Take the event's drafts (newest first); returns the text for the editor."""
        self.taken_over = []
        shown = next((draft for draft in drafts if draft.mine), None)
        if shown is None:
            shown = next((draft for draft in drafts if draft.released), None)
            if shown is not None:
                self.taken_over.append(shown)
        self._others = [draft for draft in drafts if draft is not shown and not draft.mine]
        return "" if shown is None else shown.text

    def offered(self) -> list[Draft]:
        """Other drafts of the event not used or set aside yet, newest first."""
        return [draft for draft in self._others if _version(draft) not in self._seen]

    def use(self, draft: Draft) -> None:
        """Its text goes in the editor: a closed window's draft is ours from now on."""
        self._seen.add(_version(draft))
        if draft.released:
            self.taken_over.append(draft)

    def set_aside(self, draft: Draft) -> None:
        """Stop offering it here (it was kept as it is, or discarded)."""
        self._seen.add(_version(draft))
