"""Typed text survives failed writes: it is held, shown again, retried, and quitting asks first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.domain.errors import StorageError
from timeline_app.services.note_service import NoteService
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def fail_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_args: object, **_kwargs: object) -> object:
        raise StorageError("Could not save the draft: database is locked.")

    monkeypatch.setattr(NoteService, "save_draft", locked)
    monkeypatch.setattr(NoteService, "update_note", locked)
    monkeypatch.setattr(NoteService, "save_edit", locked)


def test_a_draft_that_cannot_be_saved_survives_switching_events(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    view, panel = window.timeline_view, window.notes_panel
    view.selectEvent("e2017-expo")
    with monkeypatch.context() as patch:
        fail_writes(patch)
        qtbot.keyClicks(panel.note_editor, "words I must not lose")
        view.selectEvent("e2015-agreement")
        assert panel.unsaved.drafts == {"e2017-expo": "words I must not lose"}
        view.selectEvent("e2017-expo")
        assert panel.note_editor.toPlainText() == "words I must not lose"
    panel.unsaved.retry()  # the lock is gone
    assert not panel.unsaved
    notes = panel._notes
    assert notes.draft_for("e2017-expo") == "words I must not lose"


def test_an_edit_that_cannot_be_saved_comes_back_in_edit_mode(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    view, panel = window.timeline_view, window.notes_panel
    view.selectEvent("e2017-expo")
    panel.note_editor.setPlainText("original")
    panel.add_button.click()
    panel.notes_list.setCurrentRow(0)
    panel.edit_button.click()
    with monkeypatch.context() as patch:
        fail_writes(patch)
        panel.note_editor.selectAll()
        qtbot.keyClicks(panel.note_editor, "improved")
        view.selectEvent("e2015-agreement")
        view.selectEvent("e2017-expo")
        assert panel.note_editor.toPlainText() == "improved"
        assert panel.done_button.isVisible()
    panel.unsaved.retry()
    assert [n.text for n in panel._notes.notes_for("e2017-expo")] == ["improved"]


def test_quitting_with_unsaved_text_asks_and_can_be_cancelled(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    fail_writes(monkeypatch)
    monkeypatch.setattr(QMessageBox, "warning", answer)
    qtbot.keyClicks(window.notes_panel.note_editor, "unsaved")
    assert not window.close()
    assert window.isVisible()
    assert "database is locked" in asked[0]
    monkeypatch.undo()
    window.notes_panel.flush()  # the lock is gone: now it saves and the window may close


def test_text_the_database_refuses_is_kept_not_dropped(
    make_window: WindowFactory, qtbot: QtBot, db_path: Path
) -> None:
    window = make_window()
    window.timeline_view.selectEvent("e2017-expo")
    window.notes_panel.note_editor.setPlainText("bad\x00text")
    window.timeline_view.selectEvent("e2015-agreement")
    window.timeline_view.selectEvent("e2017-expo")
    assert window.notes_panel.note_editor.toPlainText() == "bad\x00text"
    assert "NUL" in window.notes_panel.unsaved.last_error
    window.notes_panel.note_editor.setPlainText("good text")  # so the window can close
    window.notes_panel.flush()
    assert not window.notes_panel.unsaved
