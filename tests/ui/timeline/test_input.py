"""The timeline's key table (shown in Help ▸ Keyboard Shortcuts) matches what KeyHandler does."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QKeyCombination
from PySide6.QtGui import QKeyEvent, QKeySequence

from timeline_app.ui.timeline.input import TIMELINE_KEYS, KeyHandler, Steerable


class _View:
    """Stands in for the timeline view: records every method it is asked to run."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> object:
        return lambda *_args: self.calls.append(name)

    def selectedEventId(self) -> str | None:
        return "e1"


def _press(keys: str) -> QKeyEvent:
    combination = cast(QKeyCombination, QKeySequence(keys)[0])  # type: ignore[index]
    return QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())


def test_every_listed_key_is_handled(qapp: object) -> None:
    view = _View()
    asked: list[str] = []
    handler = KeyHandler(
        cast(Steerable, view),
        lambda d: asked.append(f"history {d}"),
        lambda: asked.append("detail"),
        lambda: asked.append("note"),
    )
    for entry in TIMELINE_KEYS:
        for keys in entry.keys:
            before = len(view.calls) + len(asked)
            assert handler.handle(_press(keys)), keys
            assert len(view.calls) + len(asked) == before + 1, keys


def test_an_unlisted_key_is_not_claimed(qapp: object) -> None:
    handler = KeyHandler(cast(Steerable, _View()), lambda d: None, lambda: None, lambda: None)
    assert not handler.handle(_press("X"))
