"""A readable citation of sources, in the reader's language, as plain text and as HTML:
``Kazinform. "Above 3,000 Kazakh students study in China." 20 June 2024. https://…
Accessed 22 November 2026.``

The connecting words and punctuation are translated texts (a translator can use «…» or
《…》); dates are written by ``domain.dates`` in the language dates are shown in. Only what the
data says is written: an undated source gets no date, ``published_text`` is shown as written,
and a title in square brackets (a description of an untitled page) is not put in quotes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from timeline_app.domain.dates import format_point
from timeline_app.domain.models import DatePrecision, Source
from timeline_app.ui.translate import translate

#: Characters after which no full stop is added ("Why?" stays "Why?", not "Why?.").
_CLOSING = (".", "!", "?", "…", "。", "！", "？")


def _sentence(text: str) -> str:
    """``text`` ended as a sentence of the citation: with its own mark, else the language's
    full stop ("Kazinform." but "2024年6月20日。")."""
    if text.endswith(_CLOSING):
        return text
    return translate("Citation", "{text}.").format(text=text)


def _published(source: Source) -> str:
    if source.published is not None:
        return format_point(source.published, DatePrecision.DAY)
    return source.published_text.strip()


def _is_description(title: str) -> bool:
    return title.startswith("[") and title.endswith("]")


def _parts(source: Source) -> list[tuple[str, str]]:
    """The citation's parts in order, each as (kind, text): kind "url" is a link."""
    parts: list[tuple[str, str]] = []
    if source.publisher:
        parts.append(("text", _sentence(source.publisher)))
    title = source.title.strip()
    if title and _is_description(title):
        parts.append(("text", _sentence(title)))
    elif title.endswith(_CLOSING):
        # The title ends a sentence itself ("Why?"): quoted as it is.
        parts.append(("text", translate("Citation", "“{title}”").format(title=title)))
    elif title:
        # Where the full stop goes is the language's: inside the quotes in English, after
        # them in Russian («…».), after them in Chinese (“…”。).
        parts.append(("text", translate("Citation", "“{title}.”").format(title=title)))
    published = _published(source)
    if published:
        parts.append(("text", _sentence(published)))
    if source.url:
        parts.append(("url", source.url))
    if source.accessed is not None:
        accessed = format_point(source.accessed, DatePrecision.DAY)
        parts.append(("text", translate("Citation", "Accessed {date}.").format(date=accessed)))
    return parts


def citation_text(source: Source) -> str:
    """One source as one line of plain text."""
    return " ".join(text for _kind, text in _parts(source))


def citation_html(source: Source) -> str:
    """One source as HTML (its URL a link)."""
    pieces = []
    for kind, text in _parts(source):
        escaped = html.escape(text, quote=True)
        pieces.append(f'<a href="{escaped}">{escaped}</a>' if kind == "url" else escaped)
    return " ".join(pieces)


def citations_text(sources: Sequence[Source]) -> str:
    """Sources as plain text, one per line."""
    return "\n".join(citation_text(source) for source in sources)


def citations_html(sources: Sequence[Source]) -> str:
    """Sources as HTML: one paragraph for one source, a list for several."""
    if len(sources) == 1:
        return f"<p>{citation_html(sources[0])}</p>"
    items = "".join(f"<li>{citation_html(source)}</li>" for source in sources)
    return f"<ul>{items}</ul>"
