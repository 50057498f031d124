"""The first start's welcome: a closable panel in the window, once, never with --screenshot."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from timeline_app import app as app_module
from timeline_app.ui.main_window import MainWindow


def test_offered_on_the_first_start_and_never_after_it_is_closed(
    make_window: Callable[..., MainWindow], qtbot: QtBot, db_path: Path
) -> None:
    window = make_window()
    assert window.welcome.offer()
    qtbot.waitUntil(window.welcome.isVisible)
    assert "Three things to try" in window.welcome.text()
    QTest.mouseClick(window.welcome.close_button, Qt.MouseButton.LeftButton)
    assert not window.welcome.isVisible()
    window.close()
    again = make_window()
    assert not again.welcome.offer()
    assert not again.welcome.isVisible()


def test_a_window_built_by_a_script_shows_no_welcome(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    assert window.welcome.isHidden()
    assert not QSettings().contains("welcome/closed")


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """The windows app.py builds, kept for a look after it returns."""
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, path: Path, settings: QSettings) -> None:
            super().__init__(path, settings)
            windows.append(self)

    monkeypatch.setattr(app_module, "MainWindow", Recorded)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_interactive installs its own
    return windows


INTERACTIVE_START = r"""
import argparse, sys
from pathlib import Path
from timeline_app import app as app_module
from timeline_app.ui.main_window import MainWindow

made = []


class Recorded(MainWindow):
    def __init__(self, path, settings):
        super().__init__(path, settings)
        made.append(self)


app_module.MainWindow = Recorded
arguments = argparse.Namespace(read_only=False, event=None, select=None, new_window=False)
code = app_module.run_interactive(arguments, Path(sys.argv[1]))
print("exit", code, "windows", len(made), "welcome", not made[0].welcome.isHidden())
"""


def test_the_interactive_start_offers_it(tmp_path: Path) -> None:
    # In a child process: run_interactive runs the application's event loop to its end, which
    # leaves this test process's QApplication unable to run animations for later tests.
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TIMELINE_APP_EXIT_AFTER_FIRST_PAINT="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-c", INTERACTIVE_START, str(tmp_path / "t.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "exit 0 windows 1 welcome True" in result.stdout


def test_a_screenshot_never_shows_it(
    made: list[MainWindow], qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    arguments = argparse.Namespace(
        read_only=False, event=None, select=None, screenshot=tmp_path / "shot.png"
    )
    assert app_module.take_screenshot(arguments, db_path) == 0
    assert (tmp_path / "shot.png").stat().st_size > 0
    assert len(made) == 1 and made[0].welcome.isHidden()
