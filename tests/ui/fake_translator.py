"""A translator that marks every text it translates, to see which texts go through Qt's
translation and which widgets set theirs again when the language changes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from typing_extensions import override

from timeline_app.desktop import language


def marked(text: str) -> bool:
    """True for a text the fake translator gave (at its start, after an ampersand if any)."""
    return text.lstrip("&").startswith("⟦")


class FakeTranslator(QTranslator):
    """Translates every source text to itself between ⟦ and ⟧ (Qt then fills in %n)."""

    @override
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "⟦" + source_text + "⟧"

    @override
    def isEmpty(self) -> bool:
        return False


@contextmanager
def fake_translation() -> Iterator[FakeTranslator]:
    """The fake translator installed (Qt then tells every widget the language changed);
    removed afterwards, with the language and locale as they were."""
    app = QCoreApplication.instance()
    assert app is not None
    translator = FakeTranslator()
    locale, code = QLocale(), language.current_language()
    assert app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        if language.current_language() != code:
            language.set_language(code)
        QLocale.setDefault(locale)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
