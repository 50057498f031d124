"""Counts in user-visible text: English singular and plural, translatable with Qt's %n."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plural(context: str, one: str, many: str, n: int) -> str:
    """``one`` or ``many`` (each holding ``%n``) translated in ``context``, with ``%n`` set to n.

    Qt substitutes %n even without a translator but only a translator can pluralise, so the
    English singular gets its own source string; a translator gives both their plural forms.
    Write ``%Ln`` instead of ``%n`` for a locale-grouped number (1,234).
    """
    return QCoreApplication.translate(context, one if n == 1 else many, "", n)
