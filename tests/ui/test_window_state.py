"""The window opens at a size that fits the screen it is on, and shrinks a remembered size that
no longer fits (a laptop after a desktop monitor)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow

from timeline_app.ui import window_state
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.window_state import PREFERRED_SIZE, fit_on_screen, fitted_size

WindowFactory = Callable[..., MainWindow]
LAPTOP_ROOM = QSize(1366 - 16, 768 - 32 - 48)  # a 1366×768 screen less a 32 px panel and frame


def test_a_first_window_fits_the_screen_it_opens_on(make_window: WindowFactory) -> None:
    window = make_window(resize=False, show=False)
    room = window.screen().availableGeometry().size()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.size() == PREFERRED_SIZE.boundedTo(window_state.available_size(window))


def test_on_a_laptop_the_whole_window_is_on_screen(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_state, "available_size", lambda _window: LAPTOP_ROOM)
    window = make_window(resize=False)
    assert window.height() <= LAPTOP_ROOM.height() and window.width() <= LAPTOP_ROOM.width()
    # What the default 1280×860 hid: the note buttons and the status bar.
    for widget in (window.notes_panel.add_button, window.statusBar()):
        bottom = widget.mapTo(window, widget.rect().bottomLeft()).y()
        assert 0 <= bottom <= window.height(), widget


def test_a_remembered_size_too_big_for_this_screen_is_shrunk(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_state, "available_size", lambda _window: LAPTOP_ROOM)
    window = QMainWindow()
    window.resize(1900, 1150)
    fit_on_screen(window)
    assert window.size() == QSize(1900, 1150).boundedTo(LAPTOP_ROOM)
    assert fitted_size(window) == PREFERRED_SIZE.boundedTo(LAPTOP_ROOM)
    window.resize(900, 600)
    fit_on_screen(window)  # a size that fits is left alone
    assert window.size() == QSize(900, 600)
