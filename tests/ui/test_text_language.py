"""An open window shows its event texts in the interface language, and follows a switch."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from timeline_app.desktop.language import set_language
from timeline_app.ui.main_window import MainWindow

TRANSLATED = Path(__file__).parents[1] / "fixtures" / "translated_data"


def window_on_translated_data(qtbot: QtBot, db_path: Path) -> MainWindow:
    from timeline_app.app import create_main_window

    window = create_main_window(db_path, data_dir=TRANSLATED)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def first_line(window: MainWindow) -> str:
    return window.detail_pane.toPlainText().strip().splitlines()[0]


def test_switching_the_text_language_changes_the_open_window(qtbot: QtBot, db_path: Path) -> None:
    window = window_on_translated_data(qtbot, db_path)
    view = window.timeline_view
    assert view.selectEvent("e1992-agreement")
    window.search_box.setText("Astana")
    window.search_box.searchNow()
    assert window.search_results.eventIds() == ["e2007-institutes", "e2017-expo"]
    assert first_line(window) == "Agreement on cultural cooperation"

    set_language("zh", remember=False)
    qtbot.waitUntil(lambda: first_line(window) == "文化合作协定")
    assert window.detail_pane.isTranslated()
    marker = view.markerFor("e1992-agreement")
    assert marker is not None and marker.title == "文化合作协定"
    listed = [window.search_results.item(row).text() for row in range(2)]
    assert listed[0].endswith("Confucius Institute opens in Astana")  # no Chinese text
    assert listed[1].endswith("阿斯塔纳2017年世博会")
    boxes = view.titleRects()
    for position, box in enumerate(boxes):
        for other in boxes[position + 1 :]:
            assert not box.intersects(other)

    set_language("en", remember=False)
    qtbot.waitUntil(lambda: first_line(window) == "Agreement on cultural cooperation")
    assert not window.detail_pane.isTranslated()
    window.close()
