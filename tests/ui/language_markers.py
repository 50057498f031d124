"""A made-up language for tests: every translated text comes back marked ⟦like this⟧.

Installing it sends LanguageChange to every widget, as switching the real language does, so
a widget that does not retranslate keeps showing unmarked English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from typing_extensions import override


class MarkerTranslator(QTranslator):
    """Translates every source text to itself in ⟦brackets⟧ (placeholders and %n kept)."""

    @override
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source_text}⟧"

    @override
    def isEmpty(self) -> bool:
        return False


def _deliver_language_change() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@contextmanager
def marked_language() -> Iterator[None]:
    """Switch to the marker language for the block, then back to English."""
    translator = MarkerTranslator()
    QCoreApplication.installTranslator(translator)
    _deliver_language_change()
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        _deliver_language_change()


def marked(text: str) -> bool:
    """True when ``text`` came through the marker language."""
    return "⟦" in text and "⟧" in text
