"""A note of the longest length allowed: listed as a bounded preview, edited in full."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from tests.ui.window_helpers import WindowFactory
from timeline_app.domain.models import Note
from timeline_app.domain.note_text import MAX_NOTE_LENGTH
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.notes.notes_list import PREVIEW_CHARS
from timeline_app.ui.notes.removed_event_notes import RemovedEventNotesDialog


def _add_note(db_path: Path, text: str) -> None:
    database = open_timeline_database(db_path, SAMPLE_DATA)
    try:
        NoteService(database.session_factory, db_path).add_note("e2017-expo", text)
    finally:
        database.dispose()


def test_a_5_million_character_note_is_listed_as_a_preview_and_edited_whole(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    long_text = ("Қытай 文化 note " * (MAX_NOTE_LENGTH // 13 + 1))[: MAX_NOTE_LENGTH - 4] + " end"
    _add_note(db_path, long_text)
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    panel = window.notes_panel
    qtbot.waitUntil(lambda: panel.notes_list.count() == 1)
    shown = panel.notes_list.item(0).text()
    # Measuring and painting the whole text on every layout took seconds per selection.
    assert len(shown) == PREVIEW_CHARS + 1 and shown.endswith("…")
    assert long_text.startswith(shown[:-1])
    panel.notes_list.setCurrentRow(0)
    assert panel.notes_list.currentNoteText() == long_text
    panel.edit_button.click()
    assert panel.note_editor.toPlainText() == long_text


def test_a_short_note_is_listed_whole(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    _add_note(db_path, "short and sweet")
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    notes_list = window.notes_panel.notes_list
    qtbot.waitUntil(lambda: notes_list.count() == 1)
    assert notes_list.item(0).text() == "short and sweet"


def test_notes_on_removed_events_are_listed_as_previews(qtbot: QtBot) -> None:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    note = Note(1, "e-gone", "x" * (PREVIEW_CHARS * 3), moment, moment)
    dialog = RemovedEventNotesDialog([note])
    qtbot.addWidget(dialog)
    assert len(dialog.notes_list.item(0).text()) == PREVIEW_CHARS + 1
