"""Notes import: the preview of what it will change, undoing it as one step, future dates refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.note_exchange.helpers import Env, entry, notes_file
from timeline_app.services.note_exchange.service import NoteImportError


def file_with_one_of_each(env: Env) -> Path:
    """Three notes here; the file adds two, updates one (newer there), repeats one as is."""
    kept, _ = env.notes.add_note("e1992-agreement", "kept as it is")
    edited, _ = env.notes.add_note("e1992-agreement", "the text here")
    env.notes.add_note("e2017-expo", "only here")
    notes = [
        entry(text="new one"),
        entry(text="new two", event_id="e2017-expo"),
        entry(
            uid=edited.uid,
            text="the text edited elsewhere",
            created_at=edited.created_at.isoformat(),
            updated_at="2026-02-01T00:00:00+00:00",
        ),
        entry(
            uid=kept.uid,
            text=kept.text,
            created_at=kept.created_at.isoformat(),
            updated_at=kept.updated_at.isoformat(),
        ),
    ]
    return notes_file(env.folder, *notes)


def test_the_preview_counts_what_the_import_will_do_and_writes_nothing(env: Env) -> None:
    path = file_with_one_of_each(env)
    before = env.facts()
    notes = env.exchange.read_notes_file(path)
    preview = env.exchange.preview_import(notes)
    assert (preview.added, preview.updated, preview.unchanged) == (2, 1, 1)
    [replacement] = preview.replaced
    assert (replacement.before.text, replacement.after.text) == (
        "the text here",
        "the text edited elsewhere",
    )
    assert env.facts() == before
    report = env.exchange.import_notes(notes)
    assert (report.added, report.updated, report.unchanged) == (2, 1, 1)


def test_an_import_is_undone_and_redone_as_one_step(env: Env) -> None:
    path = file_with_one_of_each(env)
    before = env.facts()
    report = env.exchange.import_json(path)
    after = env.facts()
    assert len(after) == 5 and after != before
    changes = env.exchange.undo_import(report)
    assert env.facts() == before
    assert changes.notes_of_events == {"e1992-agreement", "e2017-expo"}
    env.exchange.redo_import(report)
    assert env.facts() == after
    assert env.index_is_current()


@pytest.mark.parametrize("field", ["created_at", "updated_at"])
def test_a_note_dated_after_today_is_refused_naming_the_note(env: Env, field: str) -> None:
    # The exchange clock says 2026-02-03; a note edited on 2026-03-01 cannot exist yet.
    path = notes_file(
        env.folder,
        entry(),
        entry(
            event_id="e2017-expo",
            text="from the future\nsecond line",
            **{field: "2026-03-01T00:00:00+00:00"},
        ),
    )
    with pytest.raises(NoteImportError) as raised:
        env.exchange.import_json(path)
    assert str(raised.value) == (
        f"notes.json: note #2 (on event 'e2017-expo', “from the future”): field '{field}': "
        "2026-03-01 is after today (2026-02-03)"
    )
    assert env.facts() == []
