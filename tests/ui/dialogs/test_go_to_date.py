"""Go ▸ Go to Date: Enter always goes, day-first dates, and errors shown whole in the dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from timeline_app.ui.dialogs.go_to_date import GoToDateDialog
from timeline_app.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def button(dialog: GoToDateDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    found = box.button(which)
    assert found is not None
    return found


def test_enter_goes_after_an_earlier_cancel(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    dialog = window.showGoToDate()
    qtbot.waitExposed(dialog)
    cancel = button(dialog, QDialogButtonBox.StandardButton.Cancel)
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    dialog = window.showGoToDate()
    qtbot.waitExposed(dialog)
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "2019")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.timeline_view.visibleRange() == (date(2019, 1, 1), date(2019, 12, 31))


def test_go_is_the_default_button_each_time_it_is_shown(qtbot: QtBot) -> None:
    dialog = GoToDateDialog()
    qtbot.addWidget(dialog)
    for _ in range(2):
        dialog.show()
        qtbot.waitExposed(dialog)
        go = dialog.go_button
        cancel = button(dialog, QDialogButtonBox.StandardButton.Cancel)
        assert go.isDefault() and not cancel.isDefault() and not cancel.autoDefault()
        cancel.setFocus()  # focus on Cancel used to make it the default
        dialog.hide()


def test_a_day_first_date_goes_there(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    dialog = window.showGoToDate()
    qtbot.keyClicks(dialog.edit, "31/08/2015")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.timeline_view.visibleRange() == (date(2015, 8, 17), date(2015, 9, 14))


def test_an_impossible_day_is_explained_in_full(qtbot: QtBot) -> None:
    dialog = GoToDateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chosen: list[object] = []
    dialog.rangeChosen.connect(lambda first, last: chosen.append((first, last)))
    qtbot.keyClicks(dialog.edit, "31.02.2015")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not chosen
    assert dialog.edit.text() == "31.02.2015"  # the text stays, to be corrected
    error = dialog.findChild(QLabel, "goToDateError")
    assert error is not None
    assert error.text() == "31.02.2015: February 2015 has no day 31."

    def fully_visible() -> bool:
        assert error is not None
        inside = dialog.rect().contains(error.geometry())
        tall_enough = error.height() >= error.heightForWidth(error.width())
        return error.isVisible() and inside and tall_enough

    qtbot.waitUntil(fully_visible, timeout=2000)


def test_a_long_error_grows_the_dialog_instead_of_being_clipped(qtbot: QtBot) -> None:
    dialog = GoToDateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height_before = dialog.height()
    qtbot.keyClicks(dialog.edit, "the day after the opening of the Expo in Astana")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    error = dialog.error
    assert "is not a date I understand" in error.text()
    qtbot.waitUntil(
        lambda: (
            error.isVisible()
            and error.height() >= error.heightForWidth(error.width())
            and dialog.rect().contains(error.geometry())
        ),
        timeout=2000,
    )
    assert dialog.height() > height_before


def test_the_hint_shows_the_day_first_forms(qtbot: QtBot) -> None:
    dialog = GoToDateDialog()
    qtbot.addWidget(dialog)
    hints = " ".join(label.text() for label in dialog.findChildren(QLabel))
    hints += dialog.edit.placeholderText()
    assert "31.08.2015" in hints and "31/08/2015" in hints
