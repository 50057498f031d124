"""What the app says in message boxes goes through translation; the command line's lines
stay English whatever the language."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.fake_translator import fake_translation, marked
from timeline_app import APP_NAME, app
from timeline_app.data.problems import DataValidationError
from timeline_app.domain.errors import StorageError
from timeline_app.ui import app_messages


def test_message_box_texts_are_translated_and_name_their_files(qtbot: QtBot) -> None:
    assert app_messages.app_title() == APP_NAME
    assert app_messages.moved(Path("/x/t.sqlite3"), True) == "The database is now /x/t.sqlite3."
    with fake_translation():
        for text in (
            app_messages.app_title(),
            app_messages.moved(Path("/x/t.sqlite3"), False),
            app_messages.cannot_move_read_only(Path("/x/t.sqlite3")),
            app_messages.failed_while_open(Path("/x/t.sqlite3")),
            app_messages.notes_not_merged(StorageError("full"), Path("/x/aside")),
            app_messages.unexpected_error(ValueError("boom"), Path("/x/log")),
        ):
            assert marked(text), text
        assert "/x/t.sqlite3" in app_messages.moved(Path("/x/t.sqlite3"), False)


def test_the_command_line_message_stays_english(qtbot: QtBot) -> None:
    error = DataValidationError([])
    with fake_translation():
        assert app._message_for(error).startswith("The bundled data files are broken: ")
        assert marked(app_messages.problem_text(error))  # the message box's own
