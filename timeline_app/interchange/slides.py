"""What every reader does once it has a slide's fields: take the title, find the source, check
the dates, and make the event or the refusal.

Title rule: the headline; else the first words of the text; else the media caption; else the
credit (each without link urls). Words are taken up to ``TITLE_WORDS`` words and
``TITLE_CHARACTERS`` characters, cut between words (inside a word only when the first word alone
is longer), with "…" where something was cut. An event with none of the four is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.interchange.dates import DateProblemError, check_order
from timeline_app.interchange.html_text import html_to_line, html_to_plain, normalise_plain
from timeline_app.interchange.model import Era, FileDate, ImportedEvent, Refusal, RefusalReason

TITLE_WORDS = 8
TITLE_CHARACTERS = 60
ELLIPSIS = "…"

# A media "url" that is a url (any scheme, e.g. spotify:track:…) rather than embedded HTML.
_URL_LIKE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")


def shorten(words: str) -> str:
    """The first words of ``words`` as a title (see the module's title rule)."""
    every = words.split()
    taken = every[:TITLE_WORDS]
    title = " ".join(taken)
    cut = len(taken) < len(every)
    if len(title) > TITLE_CHARACTERS:
        cut = True
        room = TITLE_CHARACTERS - 1
        title = title[:room]
        if " " in title:
            title = title[: title.rindex(" ")]
    if cut:
        title = title.rstrip(" ,;:-–—") + ELLIPSIS
    return title


def derive_title(headline: str, *words: str) -> tuple[str, bool] | None:
    """(title, derived) from the headline, else the first of ``words`` that has any; None when
    all are empty. Every argument is already one line of plain text without urls."""
    if headline.strip():
        return " ".join(headline.split()), False
    for candidate in words:
        if candidate.strip():
            return shorten(candidate), True
    return None


@dataclass(frozen=True, slots=True)
class Media:
    """A slide's media: a url, or embedded HTML (a blockquote) kept as text instead."""

    url: str = ""
    quote: str = ""


def split_media(value: str) -> Media:
    """A media field as a source url, or, when it is HTML or words, as a quote for the text."""
    stripped = value.strip()
    if not stripped or _URL_LIKE.match(stripped):
        return Media(url=stripped)
    return Media(quote=html_to_plain(stripped))


def with_quote(text: str, quote: str) -> str:
    """``text`` with ``quote`` as its last paragraph."""
    return normalise_plain(f"{text}\n\n{quote}") if quote else text


@dataclass(frozen=True, slots=True)
class SlideFields:
    """A slide's fields as a reader found them; HTML where ``html`` is set, else plain text."""

    row: int
    label: str
    headline: str = ""
    text: str = ""
    media: str = ""
    credit: str = ""
    caption: str = ""
    category: str = ""
    approximate: bool = False
    html: bool = True


def _one_line(text: str) -> str:
    return " ".join(text.split())


def make_event(
    fields: SlideFields, start: FileDate | None, end: FileDate | None
) -> ImportedEvent | Refusal:
    """The event the slide describes, or why it is refused (dates first, then the title)."""
    if start is None:
        return Refusal(fields.row, fields.label, RefusalReason.NO_DATE)
    try:
        check_order(start, end)
    except DateProblemError as problem:
        return Refusal(fields.row, fields.label, problem.reason, problem.detail)
    plain: Callable[[str], str] = html_to_plain if fields.html else normalise_plain
    line: Callable[[str], str] = html_to_line if fields.html else _one_line
    media = split_media(fields.media) if fields.html else Media(url=fields.media.strip())
    text = with_quote(plain(fields.text), media.quote)
    headline = line(fields.headline)
    title = (
        derive_title(headline)
        if headline
        else derive_title(
            "",
            line(fields.text) + (" " + media.quote if media.quote else ""),
            line(fields.caption),
            line(fields.credit),
        )
    )
    if title is None:
        return Refusal(fields.row, fields.label, RefusalReason.NO_TITLE)
    return ImportedEvent(
        title=title[0],
        title_derived=title[1],
        start=start,
        end=end,
        approximate=fields.approximate,
        text=text,
        category=line(fields.category),
        source_url=media.url,
        source_credit=plain(fields.credit),
        source_caption=plain(fields.caption),
        row=fields.row,
    )


def refusal(fields: SlideFields, problem: DateProblemError) -> Refusal:
    """The refusal for a date problem found while reading the slide's dates."""
    return Refusal(fields.row, fields.label, problem.reason, problem.detail)


def make_era(
    row: int, label: str, name: str, start: FileDate | None, end: FileDate | None
) -> Era | Refusal:
    """The era, or why it is refused (an era needs both dates, in order)."""
    if start is None or end is None:
        return Refusal(row, label, RefusalReason.NO_DATE, "an era needs a start and an end")
    try:
        check_order(start, end)
    except DateProblemError as problem:
        return Refusal(row, label, problem.reason, problem.detail)
    return Era(name, start, end)
