"""Counted texts: English reads right for 0, 1 and many through its catalogue, Russian takes
its three forms."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from timeline_app.desktop.language import set_language
from timeline_app.ui.plural import tr


def test_english_singular_and_plural(qtbot: QtBot) -> None:
    def notes(n: int) -> str:
        return tr("%n notes", "", n)

    assert [notes(n) for n in (0, 1, 2)] == ["0 notes", "1 note", "2 notes"]


def test_russian_has_three_forms(qtbot: QtBot) -> None:
    set_language("ru", remember=False)
    forms = [tr("%n notes", "", n) for n in (1, 2, 5, 21)]
    assert forms[0].startswith("1 ") and forms[3].startswith("21 ")
    assert len({forms[0].split()[1], forms[1].split()[1], forms[2].split()[1]}) == 3
    assert forms[0].split()[1] == forms[3].split()[1]
