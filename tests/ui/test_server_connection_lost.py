"""The server going away under an open window: the text is kept, the window says so in one
line and keeps painting its events; when the server is back the window reconnects by itself,
saves what waited and says so. A server of the test's own: stopping it disturbs no other."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.postgres_server import NO_SERVER_REASON, PostgresServer, find_bindir, start_server
from tests.ui.server_windows import EVENT, made_store, server_window
from timeline_app.persistence.server_database import open_server_database
from timeline_app.services.note_service import NoteService
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres
#: The listener tries again after 1, 2, 4, 8 then 15 s: the server is back well within this.
RECONNECTED_WITHIN_MS = 20000


@pytest.fixture
def server() -> Iterator[PostgresServer]:
    """A server of this test's own (stopped and started again by it)."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(NO_SERVER_REASON)
    started = start_server(bindir)
    try:
        yield started
    finally:
        started.stop()


def _wheel(window: MainWindow, notch: int) -> None:
    view = window.timeline_view
    centre = QPointF(view.width() / 2, view.height() / 2)
    QApplication.sendEvent(
        view,
        QWheelEvent(
            centre,
            view.mapToGlobal(centre),
            QPoint(),
            QPoint(0, notch),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )


def test_the_window_keeps_the_text_retries_and_reconnects(
    qtbot: QtBot, server: PostgresServer
) -> None:
    made_store(server.url()).dispose()
    database = open_server_database(server.url())
    statements: list[str] = []

    def count(*arguments: Any) -> None:
        statements.append(str(arguments[2]))

    # Any attempt at the server: a statement, or (the server being down) a connection.
    event.listen(database.engine, "before_cursor_execute", count)
    event.listen(database.engine, "do_connect", count)
    with server_window(qtbot, server.url(), database) as window:
        assert window.timeline_view.selectEvent(EVENT)
        events = window.timeline_view.eventCount()
        panel, alert = window.notes_panel, window.storage_alert
        server.halt()
        qtbot.waitUntil(alert.isConnectionLost, timeout=5000)
        assert "Lost the connection to" in alert.message() and "\n" not in alert.message()
        assert "retrying" in alert.message()

        panel.note_editor.setFocus()
        qtbot.keyClicks(panel.note_editor, "Written while the server was away")
        panel.add_button.click()  # fails: the text stays where it was typed
        assert panel.note_editor.toPlainText() == "Written while the server was away"
        assert panel.flush() is False  # held in memory, retried
        assert panel.unsaved.drafts == {EVENT: "Written while the server was away"}

        # Painting never waits on the network: frames come from the columns in memory.
        statements.clear()
        failures = alert.failures
        for notch in (120, -120, 120):
            _wheel(window, notch)
            window.timeline_view.repaint()
        window.repaint()
        assert statements == []
        assert alert.failures == failures
        assert window.timeline_view.eventCount() == events
        window.timeline_view.selectNext()  # a read that fails is told, the events stay
        assert window.timeline_view.eventCount() == events
        assert alert.isConnectionLost()  # still the one line, not a new message per failure

        server.resume()
        qtbot.waitUntil(lambda: not alert.isVisible(), timeout=RECONNECTED_WITHIN_MS)
        assert window.statusBar().currentMessage().startswith("Reconnected to ")
        # The Add that failed is done now: the note is stored, the draft gone, the editor empty.
        stored = NoteService(database.session_factory, database.name)
        assert [n.text for n in stored.notes_for(EVENT)] == ["Written while the server was away"]
        assert stored.drafts_for(EVENT) == []
        assert not panel.unsaved
        assert panel.note_editor.toPlainText() == ""
        assert panel.notes_list.count() == 1


def test_text_changed_after_a_failed_add_stays_a_draft_at_reconnection(
    qtbot: QtBot, server: PostgresServer
) -> None:
    made_store(server.url()).dispose()
    with server_window(qtbot, server.url()) as window:
        assert window.timeline_view.selectEvent(EVENT)
        panel = window.notes_panel
        server.halt()
        qtbot.waitUntil(window.storage_alert.isConnectionLost, timeout=5000)
        panel.note_editor.setFocus()
        qtbot.keyClicks(panel.note_editor, "First thought")
        panel.add_button.click()
        qtbot.keyClicks(panel.note_editor, ", second thought")  # not what Add was asked for
        server.resume()
        qtbot.waitUntil(lambda: not window.storage_alert.isVisible(), timeout=RECONNECTED_WITHIN_MS)
        assert panel.notes_list.count() == 0
        assert panel.note_editor.toPlainText() == "First thought, second thought"
        assert not panel.unsaved
