"""The window on a server store, as a member of timeline_team: events, notes, read-only, Move….

``create_main_window(url)`` takes the same path a person's start takes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from tests.postgres_server import TeamStore, run_sql
from tests.ui.test_preferences import add_note, open_preferences
from timeline_app import app
from timeline_app.app import create_main_window
from timeline_app.services.store_setup import init_store
from timeline_app.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def member_url(team_store: TeamStore) -> str:
    """A store set up by its owner on the sample data, and a member's URL."""
    init_store(team_store.owner_url, SAMPLE_DATA)
    run_sql(team_store.owner_url, f"GRANT timeline_team TO {team_store.member}")
    return team_store.member_url


@pytest.fixture
def server_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """Windows over a server store, closed after the test."""
    windows: list[MainWindow] = []

    def factory(url: str, *, read_only: bool | None = None) -> MainWindow:
        window = create_main_window(url, data_dir=SAMPLE_DATA, read_only=read_only)
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()


def notes_shown(window: MainWindow, event_id: str) -> list[str]:
    assert window.timeline_view.selectEvent(event_id)
    notes = window.notes_panel.notes_list
    return [notes.item(row).text() for row in range(notes.count())]


def test_a_member_sees_the_events_adds_a_note_and_a_new_window_sees_it(
    qtbot: QtBot, member_url: str, server_window: Callable[..., MainWindow]
) -> None:
    window = server_window(member_url)
    assert window.timeline_view.selectEvent("e2017-expo")  # a curated event of the sample data
    add_note(qtbot, window, "e2017-expo", "shared with the team")
    qtbot.waitUntil(
        lambda: run_sql(member_url, "SELECT text FROM notes") == ["shared with the team"]
    )
    window.close()
    again = server_window(member_url)
    assert notes_shown(again, "e2017-expo") == ["shared with the team"]


def test_read_only_shows_notes_read_only(
    member_url: str, server_window: Callable[..., MainWindow]
) -> None:
    window = server_window(member_url, read_only=True)
    assert window.notes_panel.isReadOnly()
    indicator = window.findChild(QLabel, "readOnlyIndicator")
    assert indicator is not None and indicator.text() == "Read-only"


def test_move_is_for_local_files_only(
    qtbot: QtBot, member_url: str, server_window: Callable[..., MainWindow]
) -> None:
    dialog = open_preferences(qtbot, server_window(member_url))
    assert not dialog.move_button.isEnabled()
    assert dialog.move_message.isVisible()
    assert dialog.move_message.text() == (
        "Move… applies to local files only: a server store is moved by its administrator (pg_dump)."
    )
    assert dialog.database_path.text() == member_url


def test_a_password_is_masked_in_the_window(
    member_url: str, server_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    # Trust authentication ignores the password: the URL opens, and must never show it.
    with_password = member_url.replace("@", ":Secret-4@", 1)
    window = server_window(with_password)
    qtbot.waitUntil(lambda: "events" in window.statusBar().currentMessage())
    assert "Secret-4" not in window.statusBar().currentMessage()
    assert ":***@" in window.statusBar().currentMessage()
    assert "Secret-4" not in window.windowTitle()
    assert window.windowTitle().startswith(with_password.split(":Secret-4@")[0] + ":***@")


def test_the_title_names_the_store_and_the_welcome_the_team(
    member_url: str, server_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """Two windows as two people are told apart by their titles; the welcome does not say
    the notes stay on this computer."""
    window = server_window(member_url)
    shown_url = member_url.split("://", 1)[1]
    assert window.windowTitle().endswith(" — Kazakhstan–China Cultural Timeline")
    assert shown_url in window.windowTitle()
    assert "shared server" in window.welcome.text()
    assert "only on this computer" not in window.welcome.text()
    on_a_file = MainWindow(tmp_path / "notes.sqlite3", QSettings())
    assert on_a_file.windowTitle() == "Kazakhstan–China Cultural Timeline"
    assert "only on this computer" in on_a_file.welcome.text()


def test_the_window_reports_an_unusable_store_in_its_usual_box(
    team_store: TeamStore, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    opened = app.open_database_interactively(
        team_store.member_url, argparse.Namespace(read_only=False)
    )
    assert opened is None
    assert len(shown) == 1 and "holds no timeline" in shown[0]
    assert "--init-store" in shown[0]


def test_filters_are_kept_per_store_without_its_password(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from timeline_app.ui.window_state import WindowState

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    plain = WindowState(settings, "postgresql://alice@h:5432/team")
    secret = WindowState(settings, "postgresql://alice:Secret-5@h:5432/team")
    other = WindowState(settings, "postgresql://alice@h:5432/other")
    assert plain._filter_group() == secret._filter_group() != other._filter_group()
