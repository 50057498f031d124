"""What other clients of a shared store changed, as far as an open window needs to know."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RemoteChanges:
    """Changes made elsewhere (a teammate, another client) that a window shows.

    ``all_notes``: notes of any event may have changed (too many to name, or unknown);
    ``events``: the events, own events or collections changed (the timeline is read again).
    """

    notes_of_events: frozenset[str] = field(default_factory=frozenset)
    all_notes: bool = False
    events: bool = False

    @classmethod
    def everything(cls) -> RemoteChanges:
        """Anything may have changed (after a reconnection: notifications were missed)."""
        return cls(all_notes=True, events=True)

    def merged(self, other: RemoteChanges) -> RemoteChanges:
        """Both changes as one (a burst is applied once)."""
        return RemoteChanges(
            self.notes_of_events | other.notes_of_events,
            self.all_notes or other.all_notes,
            self.events or other.events,
        )

    def touches_notes_of(self, event_id: str | None) -> bool:
        """True when the notes of ``event_id`` may have changed."""
        return event_id is not None and (self.all_notes or event_id in self.notes_of_events)

    def touches_notes(self) -> bool:
        """True when any note may have changed (markers, search results)."""
        return self.all_notes or bool(self.notes_of_events)
