"""Random sequences of add, edit, delete, undo, drafts and restarts agree with a simple model."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.conftest import SAMPLE_DATA
from timeline_app.domain.models import Draft, Note
from timeline_app.domain.note_text import NoteTextError, check_note_text
from timeline_app.persistence.database import Database
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

EVENT_IDS = (
    "e1992-agreement",
    "e2007-institutes",
    "e2015-agreement",
    "e2017-expo",
    "e2020-nur-sultan",
    "e2024-students",
)


def _storable(text: str) -> bool:
    try:
        check_note_text(text)
    except NoteTextError:
        return False
    return True


TEXTS = (
    st.text(max_size=40) | st.sampled_from(["Қазақстан", "中哈文化", "🐎🇰🇿", "a'b\"c;--", " x "])
).filter(_storable)


class Clock:
    """A clock that moves a millisecond forward each time it is read (survives restarts)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now


@dataclass
class ModelNote:
    """What the model knows of a note: where it is, its text and when it was created."""

    event_id: str
    text: str
    created: datetime


_TEMPLATES: list[Path] = []


def _template() -> Path:
    """A freshly set-up database file to copy (setting one up for every example is slow)."""
    if not _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="stateful-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "template.sqlite3"
        open_timeline_database(path, SAMPLE_DATA).dispose()
        _TEMPLATES.append(path)
    return _TEMPLATES[0]


#: An undoable step: ("add", note), ("edit", note before the edit) or ("delete", deleted note).
Step = tuple[str, Note]


class NoteStorageMachine(RuleBasedStateMachine):
    """Drives NoteService on a real file and compares it with a dictionary after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="stateful-notes-"))
        self.path = self.folder / "notes.sqlite3"
        self.clock = Clock()
        shutil.copyfile(_template(), self.path)
        self.database: Database = open_timeline_database(self.path, SAMPLE_DATA)
        self.notes = NoteService(self.database.session_factory, self.path, clock=self.clock)
        self.model: dict[int, ModelNote] = {}
        self.drafts: dict[str, str] = {}
        self.undo_stack: list[Step] = []

    @rule(event_id=st.sampled_from(EVENT_IDS), text=TEXTS)
    def add(self, event_id: str, text: str) -> None:
        """Add a note (which also clears the event's draft)."""
        note, _ = self.notes.add_note(event_id, text, self._taken_over(event_id))
        assert note.id not in self.model, "a note id was handed out twice"
        assert all(note.created_at > known.created for known in self.model.values())
        self.model[note.id] = ModelNote(event_id, text, note.created_at)
        self.drafts.pop(event_id, None)
        self.undo_stack.append(("add", note))

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data(), text=TEXTS)
    def edit(self, data: st.DataObject, text: str) -> None:
        """Replace an existing note's text."""
        note_id = data.draw(st.sampled_from(sorted(self.model)))
        before = self._stored(note_id)
        edited, _ = self.notes.update_note(note_id, text)
        assert edited.created_at == before.created_at
        self.model[note_id].text = text
        self.undo_stack.append(("edit", before))

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        """Delete an existing note."""
        note_id = data.draw(st.sampled_from(sorted(self.model)))
        deleted, _ = self.notes.delete_note(note_id)
        assert deleted is not None and deleted.id == note_id
        assert deleted.text == self.model.pop(note_id).text
        self.undo_stack.append(("delete", deleted))

    @precondition(lambda self: bool(self.undo_stack))
    @rule()
    def undo(self) -> None:
        """Undo the latest add, edit or delete not yet undone, the way the UI's undo does."""
        kind, note = self.undo_stack.pop()
        if kind == "add":
            deleted, _ = self.notes.delete_note(note.id)
            assert deleted is not None
            del self.model[note.id]
        elif kind == "edit":
            self.notes.update_note(note.id, note.text)
            self.model[note.id].text = note.text
        else:
            self.notes.restore_note(note)
            # Restored with its old timestamps, so it goes back to its old place in the list.
            self.model[note.id] = ModelNote(note.event_id, note.text, note.created_at)

    @rule(
        event_id=st.sampled_from(EVENT_IDS),
        text=st.text(max_size=20).filter(_storable) | st.just("  "),
    )
    def draft(self, event_id: str, text: str) -> None:
        """Keep (or clear, when blank) the unsent text for an event."""
        self.notes.save_draft(event_id, text, self._taken_over(event_id))
        if text.strip():
            self.drafts[event_id] = text
        else:
            self.drafts.pop(event_id, None)

    @rule()
    def restart(self) -> None:
        """Quit and start the app again on the same file (quitting releases the drafts)."""
        self.notes.release_drafts()
        self.database.dispose()
        self.database = open_timeline_database(self.path, SAMPLE_DATA)
        self.notes = NoteService(self.database.session_factory, self.path, clock=self.clock)

    @invariant()
    def storage_matches_the_model(self) -> None:
        """Every event lists exactly the model's notes, newest first, and the model's draft."""
        for event_id in EVENT_IDS:
            expected = sorted(
                (
                    (note_id, note)
                    for note_id, note in self.model.items()
                    if note.event_id == event_id
                ),
                key=lambda item: item[1].created,
                reverse=True,
            )
            stored = [(note.id, note.text) for note in self.notes.notes_for(event_id)]
            assert stored == [(note_id, note.text) for note_id, note in expected], event_id
            assert self.notes.draft_for(event_id) == self.drafts.get(event_id, "")
        assert self.notes.event_ids_with_notes() == {n.event_id for n in self.model.values()}

    def teardown(self) -> None:
        """Close the database and remove its folder."""
        self.database.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _taken_over(self, event_id: str) -> list[Draft]:
        """What the editor takes over, as the notes panel does: without a draft of this
        window, the newest one a closed window (before the restart) left."""
        drafts = self.notes.drafts_for(event_id)
        if any(draft.mine for draft in drafts):
            return []
        return [draft for draft in drafts if draft.released][:1]

    def _stored(self, note_id: int) -> Note:
        event_id = self.model[note_id].event_id
        return next(note for note in self.notes.notes_for(event_id) if note.id == note_id)


NoteStorageMachine.TestCase.settings = settings(
    max_examples=30, stateful_step_count=25, deadline=None
)
TestNoteStorage = NoteStorageMachine.TestCase
