"""Help ▸ About: sources named as people know them, and a box that fits a 1366×768 laptop."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QRect, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from timeline_app.domain.models import Source
from timeline_app.ui.dialogs.about import AboutDialog, about_html
from timeline_app.ui.external_links import OpenFailedDialog
from timeline_app.ui.main_window import MainWindow

#: The two seed sources as data/sources.toml describes them.
SEEDS = [
    (
        Source(
            "seed-000-kazinform-2024",
            "Above 3,000 Kazakh students study in China",
            "Kazinform",
            "https://en.inform.kz/news/above-3000-kazakh-students-study-in-china-9b7b3b/",
            "000_de220e67d0c1d72b.txt",
            date(2024, 6, 20),
        ),
        4,
    ),
    (
        Source(
            "seed-002-cgtn-2017",
            "Kazakhstan cooperates with China to develop cultural ties",
            "CGTN America",
            "https://america.cgtn.com/2017/09/17/kazakhstan-cooperates-with-china",
            "002_758f3b0ef1e5b31b.txt",
            date(2017, 9, 17),
        ),
        2,
    ),
]
#: Enough further sources to make the text long, as the real data does.
MANY = SEEDS + [
    (Source(f"s{n}", f"Title {n}", f"Publisher number {n} of a long list"), 1) for n in range(150)
]
INTERNAL_NAME = re.compile(r"\.txt|\d{3}_[0-9a-f]{16}")
LAPTOP = QRect(0, 0, 1366, 768 - 40)  # 1366×768 less a 40 px panel


def test_seeds_are_named_by_publisher_title_and_date() -> None:
    html = about_html(SEEDS, 120)
    assert not INTERNAL_NAME.search(html)
    assert "Kazinform, <a href=" in html
    assert "Above 3,000 Kazakh students study in China" in html and "20 June 2024" in html
    assert "CGTN America" in html and "17 September 2017" in html


def test_counts_read_right_for_one() -> None:
    html = about_html([*SEEDS, (Source("w", "W", "Web"), 1)], 1)
    assert "1 event of cultural relations" in html
    assert "1 document from Web." in html


def test_the_about_box_from_the_menu_shows_no_file_names(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.actions_.about.trigger()
    dialog = window.findChild(AboutDialog, "aboutDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "Kazinform" in dialog.text.text()
    assert not INTERNAL_NAME.search(dialog.text.text())
    dialog.accept()


def ok_is_in_view(dialog: AboutDialog) -> bool:
    ok = dialog.ok_button
    top_left = ok.mapTo(dialog, ok.rect().topLeft())
    return ok.isVisible() and dialog.rect().contains(QRect(top_left, ok.size()))


@pytest.mark.parametrize("available", [LAPTOP, QRect(0, 0, 1024, 420)])
def test_a_long_about_box_fits_the_screen_with_ok_in_view(qtbot: QtBot, available: QRect) -> None:
    dialog = AboutDialog(MANY, 1500)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fitToScreen(available)
    qtbot.waitUntil(lambda: dialog.height() <= available.height(), timeout=2000)
    assert dialog.width() <= available.width()
    qtbot.waitUntil(lambda: ok_is_in_view(dialog), timeout=2000)
    # The rest of the text is a scroll away.
    assert dialog.scroll_area.verticalScrollBar().maximum() > 0


def test_shown_on_this_screen_it_fits_it(qtbot: QtBot) -> None:
    dialog = AboutDialog(MANY, 1500)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen()
    assert screen is not None
    assert dialog.frameGeometry().height() <= screen.availableGeometry().height()
    qtbot.waitUntil(lambda: ok_is_in_view(dialog), timeout=2000)


def test_a_short_about_box_is_not_stretched(qtbot: QtBot) -> None:
    dialog = AboutDialog(SEEDS, 5)
    qtbot.addWidget(dialog)
    dialog.fitToScreen(LAPTOP)
    assert dialog.height() < 600


def test_a_link_with_no_browser_is_explained(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    dialog = AboutDialog(SEEDS, 5)
    qtbot.addWidget(dialog)
    dialog.text.linkActivated.emit(SEEDS[0][0].url)
    box = dialog.findChild(OpenFailedDialog, "openFailedDialog")
    assert box is not None
    assert QUrl(box.addressText()) == QUrl(SEEDS[0][0].url)
