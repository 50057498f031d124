"""The notes pane follows a language switch: buttons, count, placeholder, status, times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.language_markers import marked, marked_language
from timeline_app.domain.models import Note
from timeline_app.services.note_exchange.report import ImportReport
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.notes.import_preview import ImportPreviewDialog
from timeline_app.ui.notes.item_delegate import TIMESTAMP_ROLE
from timeline_app.ui.notes.removed_event_notes import RemovedEventNotesDialog


def test_the_notes_panel_is_retranslated(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    panel = window.notes_panel
    window.timeline_view.selectEvent("e2017-expo")
    panel.note_editor.setPlainText("a note")
    panel.add_button.click()
    assert panel.status_line.text() == "Note added."
    stamp = str(panel.notes_list.item(0).data(TIMESTAMP_ROLE))
    with marked_language():
        assert panel.add_button.text() == "⟦Add note⟧"
        assert panel.add_button.toolTip() == "⟦Add the note (Ctrl+Enter)⟧"
        assert panel.delete_button.text() == "⟦Delete⟧"
        assert panel.note_editor.placeholderText().startswith("⟦Write a note about this event")
        assert panel.note_editor.accessibleName() == "⟦Note text⟧"
        assert panel.status_line.text() == "⟦Note added.⟧"  # a status line says it again
        header = panel.findChild(QLabel, "notesHeader")
        assert header is not None and header.text() == "⟦Notes (1)⟧"
        assert panel.notes_list.item(0).data(TIMESTAMP_ROLE) == f"⟦{stamp}⟧"
    assert panel.status_line.text() == "Note added."
    assert panel.notes_list.item(0).data(TIMESTAMP_ROLE) == stamp


def test_the_import_question_is_retranslated(qtbot: QtBot) -> None:
    dialog = ImportPreviewDialog("notes.json", ImportReport(added=2, unchanged=5))
    qtbot.addWidget(dialog)
    assert dialog.informativeText().startswith("2 added, 0 updated, 5 unchanged.")
    with marked_language():
        assert dialog.windowTitle() == "⟦Import Notes⟧"
        assert dialog.text() == "⟦Import the notes of notes.json?⟧"
        assert dialog.import_button.text() == "⟦Import⟧"
        assert dialog.counts == "⟦⟦2 added⟧, ⟦0 updated⟧, ⟦5 unchanged⟧⟧"


def test_the_notes_on_removed_events_are_retranslated(qtbot: QtBot) -> None:
    moment = datetime(2026, 11, 2, 10, 15, tzinfo=UTC)
    dialog = RemovedEventNotesDialog([Note(1, "gone-event", "kept", moment, moment)])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Notes on Removed Events"
    with marked_language():
        assert dialog.windowTitle() == "⟦Notes on Removed Events⟧"
        line = str(dialog.notes_list.item(0).data(TIMESTAMP_ROLE))
        assert line.startswith("⟦on event “gone-event” · ⟦") and marked(line)
