"""Event texts in the reader's language: which languages events are translated into.

English is the reference text of every event (the columns of the event itself); each event
may carry a translation of its title, summary and body into Kazakh, Russian and Chinese. A
missing translation shows the English.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The language of the events' own texts.
ENGLISH = "en"
#: The languages an event's texts may be translated into (Kazakh in Cyrillic, Russian,
#: Simplified Chinese), in the order they are listed and indexed.
TRANSLATION_LANGUAGES = ("kk", "ru", "zh")
#: The fields a translation holds; title and summary are required, the body is optional.
TRANSLATED_FIELDS = ("title", "summary", "body")


@dataclass(frozen=True, slots=True)
class EventTranslation:
    """An event's title, summary and body in one language."""

    language: str
    title: str
    summary: str
    body: str = ""


def text_language(code: str) -> str:
    """The event-text language for a reader's language code: "en" for anything untranslated."""
    return code if code in TRANSLATION_LANGUAGES else ENGLISH


def in_language(language: str, english: str, kk: str = "", ru: str = "", zh: str = "") -> str:
    """The text in ``language`` ("kk", "ru", "zh"), else the English: for names and roles."""
    translated = {"kk": kk, "ru": ru, "zh": zh}.get(language, "")
    return translated or english
