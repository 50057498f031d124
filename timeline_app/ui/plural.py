"""Counted texts ("%n notes"), translatable with Qt's numerus forms.

Write ``tr("%n notes", "", n)``: the source holds the English plural and ``%n`` (``%Ln`` for a
locale-grouped number, 1,234); each catalogue gives the language's own forms (Russian and
Kazakh have their own rules), English's included, which is how "1 note" is said. The function
is called ``tr`` and is used bare, because that is the one numerus call ``pyside6-lupdate``
extracts from Python; lupdate files such calls under the empty context, so this does too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(source: str, disambiguation: str = "", n: int = -1) -> str:
    """``source`` in the language in force, its plural form chosen by ``n`` (which replaces
    ``%n``)."""
    return QCoreApplication.translate("", source, disambiguation or None, n)
