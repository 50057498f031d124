"""An event's ``[event.translations.<lang>]`` tables: parsing, checking, and completeness.

In a data file a translation is a sub-table of the event it translates::

    [[event]]
    id = "e1992-agreement"
    title = "…"
    [event.translations.kk]
    title = "…"
    summary = "…"
    body = \"\"\"…\"\"\"

A translation present must have a title and a summary; the body is optional. Whether every
event has every translation is not a loading rule (the app shows the English where one is
missing) but the data check's: see ``missing_translations``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from timeline_app.data.problems import DataProblem, found
from timeline_app.data.schema import EventSpec
from timeline_app.domain.models import Category, Person
from timeline_app.domain.translations import (
    TRANSLATED_FIELDS,
    TRANSLATION_LANGUAGES,
    EventTranslation,
)

#: Longest translated title: titles in other scripts may run longer than the English (120).
MAX_TRANSLATED_TITLE_LENGTH = 160


def parse_translations(
    file: str, label: str, value: object, problems: list[DataProblem]
) -> tuple[EventTranslation, ...]:
    """The translations of one event from its ``translations`` table (None: there are none)."""
    if value is None:
        return ()

    def report(field: str, message: str) -> None:
        problems.append(DataProblem(file, message, label, field))

    if not isinstance(value, dict):
        report("translations", f"must be tables like [event.translations.kk] (got {found(value)})")
        return ()
    translations: list[EventTranslation] = []
    for language in sorted(set(value) - set(TRANSLATION_LANGUAGES)):
        allowed = ", ".join(TRANSLATION_LANGUAGES)
        report(f"translations.{language}", f"unknown language {language!r} (use {allowed})")
    for language in TRANSLATION_LANGUAGES:
        table = value.get(language)
        if table is None:
            continue
        if not isinstance(table, dict):
            report(
                f"translations.{language}",
                f"must be a table [event.translations.{language}] (got {found(table)})",
            )
            continue
        translation = _translation(language, table, report)
        if translation is not None:
            translations.append(translation)
    return tuple(translations)


def _translation(
    language: str, table: dict[str, Any], report: Callable[[str, str], None]
) -> EventTranslation | None:
    prefix = f"translations.{language}"
    for key in sorted(set(table) - set(TRANSLATED_FIELDS)):
        report(f"{prefix}.{key}", "unknown field (use title, summary and body)")
    texts: dict[str, str] = {}
    complete = True
    for field in TRANSLATED_FIELDS:
        raw = table.get(field)
        required = field != "body"
        if raw is None:
            if required:
                report(f"{prefix}.{field}", "missing (a translation needs a title and a summary)")
                complete = False
            texts[field] = ""
            continue
        if not isinstance(raw, str):
            report(f"{prefix}.{field}", f"must be text in quotes (got {found(raw)})")
            complete = False
            continue
        text = raw.strip()
        if not text:
            report(f"{prefix}.{field}", "must not be empty (leave the field out instead)")
            complete = complete and not required
        elif "\x00" in text:
            report(f"{prefix}.{field}", "contains a NUL character")
            complete = False
        texts[field] = text
    title = texts.get("title", "")
    if len(title) > MAX_TRANSLATED_TITLE_LENGTH:
        report(
            f"{prefix}.title",
            f"is {len(title)} characters long; at most {MAX_TRANSLATED_TITLE_LENGTH} allowed",
        )
    if not complete:
        return None
    return EventTranslation(language, title, texts["summary"], texts.get("body", ""))


@dataclass(frozen=True, slots=True)
class MissingTranslation:
    """An event lacking a translation (``field`` "title and summary") or only its body."""

    file: str
    event_id: str
    language: str
    field: str

    def __str__(self) -> str:
        return f"{self.file}: event '{self.event_id}': no {self.language} {self.field}"


def missing_translations(
    events: Sequence[tuple[str, EventSpec]],
) -> tuple[list[MissingTranslation], list[MissingTranslation]]:
    """(events without a title and summary in a language, events whose body is untranslated).

    The first list is what the data check fails on; the second is only reported: a body may
    be left untranslated where its quality could not be kept.
    """
    missing: list[MissingTranslation] = []
    bodies: list[MissingTranslation] = []
    for file, event in events:
        by_language = {t.language: t for t in event.translations}
        for language in TRANSLATION_LANGUAGES:
            translation = by_language.get(language)
            if translation is None:
                missing.append(MissingTranslation(file, event.id, language, "title and summary"))
            elif event.body and not translation.body:
                bodies.append(MissingTranslation(file, event.id, language, "body"))
    return missing, bodies


def untranslated_categories(categories: Sequence[Category]) -> list[str]:
    """Each missing name of a category in Kazakh, Russian or Chinese: the data check fails on
    them (the legend shows a category by its name in the reader's language)."""
    return [
        f"category '{category.id}': no name_{language}"
        for category in categories
        for language in TRANSLATION_LANGUAGES
        if not getattr(category, f"name_{language}")
    ]


def untranslated_roles(people: Sequence[Person]) -> list[str]:
    """Each missing translation of a person's or organisation's role (reported only: the
    English role is shown)."""
    return [
        f"{person.kind} '{person.id}': no role_{language}"
        for person in people
        if person.role
        for language in TRANSLATION_LANGUAGES
        if not getattr(person, f"role_{language}")
    ]
