"""The plural helper: English reads right for 0, 1 and many."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from timeline_app.ui.plural import plural


def test_english_singular_and_plural(qtbot: QtBot) -> None:
    def events(n: int) -> str:
        return plural("Test", "%n event matches", "%n events match", n)

    assert [events(n) for n in (0, 1, 2)] == [
        "0 events match",
        "1 event matches",
        "2 events match",
    ]
