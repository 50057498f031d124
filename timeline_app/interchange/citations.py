"""Sources as reference managers read them: CSL-JSON, BibTeX and RIS.

Three kinds of source are told apart, and only three: the seed articles (a seed document is
named) are news articles; any other source with a URL is a web page; one without a URL is a
document. We do not classify the other sources further (as news, laws, chronologies…): the
data does not say which they are, and a wrong type would be a made-up fact.

A publication date is written as far as it is known: a full date from ``published``, a year or
a month and year from ``published_text`` ("2017", "June 2017"), and any other text as written
(CSL ``literal``, a BibTeX ``note``, a RIS ``N1``). Titles in square brackets are descriptions
of an untitled page, and are kept as they are. Pure: no Qt, no database.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from timeline_app.domain.models import Source

#: The English month names ``published_text`` uses ("June 2017").
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: BibTeX's month macros (unbraced: every style prints them in its own language).
_BIBTEX_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_MONTH_YEAR = re.compile(r"^\s*(?:([A-Za-z]+)\s+)?(\d{4})\s*$")

NEWS = "news"
WEB_PAGE = "web page"
DOCUMENT = "document"


def kind_of(source: Source) -> str:
    """News article (a seed), web page (a URL), or document (neither)."""
    if source.seed_document:
        return NEWS
    return WEB_PAGE if source.url else DOCUMENT


def published_parts(source: Source) -> tuple[int, ...]:
    """The publication date as far as known: (year, month, day), (year, month), (year) or ()."""
    if source.published is not None:
        return (source.published.year, source.published.month, source.published.day)
    match = _MONTH_YEAR.match(source.published_text)
    if match is None:
        return ()
    month_name, year = match.groups()
    if month_name is None:
        return (int(year),)
    if month_name.casefold() not in _MONTHS:
        return ()
    return (int(year), _MONTHS.index(month_name.casefold()) + 1)


def published_literal(source: Source) -> str:
    """``published_text`` when it is not a date the formats can write as parts."""
    return "" if published_parts(source) else source.published_text.strip()


# ---------------------------------------------------------------- CSL-JSON


def _csl_item(source: Source) -> dict[str, Any]:
    kind = kind_of(source)
    item: dict[str, Any] = {
        "id": source.id,
        "type": {NEWS: "article-newspaper", WEB_PAGE: "webpage", DOCUMENT: "document"}[kind],
        "title": source.title,
    }
    if source.publisher:
        # A web page's publisher is its site (Zotero's "Website Title"): written once, or
        # styles print it twice ("…, CCTV. CCTV. Available at…").
        item["container-title" if kind in (NEWS, WEB_PAGE) else "publisher"] = source.publisher
    parts = published_parts(source)
    if parts:
        item["issued"] = {"date-parts": [list(parts)]}
    elif published_literal(source):
        item["issued"] = {"literal": published_literal(source)}
    if source.url:
        item["URL"] = source.url
    if source.accessed is not None:
        day = source.accessed
        item["accessed"] = {"date-parts": [[day.year, day.month, day.day]]}
    if source.language:
        item["language"] = source.language
    return item


def csl_json(sources: Iterable[Source]) -> str:
    """A CSL-JSON array (what Zotero, Mendeley, pandoc and citeproc read); ids are source ids."""
    return json.dumps([_csl_item(s) for s in sources], ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- BibTeX

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    # Not \{ and \}: BibTeX counts braces even behind a backslash, so those would unbalance
    # the field.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_escape(text: str) -> str:
    """Text with TeX's special characters escaped; other characters stay UTF-8."""
    return "".join(_LATEX_SPECIALS.get(character, character) for character in text)


def _url_argument(url: str) -> str:
    """A URL inside ``\\url{…}`` within another field: its ``%``, ``#`` and braces escaped."""
    return "".join(f"\\{c}" if c in "%#{}" else c for c in url)


def _verbatim(url: str) -> str:
    """A URL for biblatex's verbatim ``url`` field: kept as it is, with unbalanced braces (which
    would end the field) percent-encoded."""
    return url.replace("{", "%7B").replace("}", "%7D")


def _ascii_key(source_id: str) -> str:
    plain = unicodedata.normalize("NFKD", source_id).encode("ascii", "ignore").decode("ascii")
    key = "".join(character for character in plain if character.isalnum()).lower()
    if not key or not key[0].isalpha():
        key = f"source{key}"
    return key


def bibtex_keys(sources: Sequence[Source]) -> dict[str, str]:
    """A unique ASCII key per source id: its letters and digits (``seed000kazinform2024``); when
    two ids give the same key, each of those gets a short hash of its whole id, so a source's
    key does not depend on which others are exported with it."""
    keys = {source.id: _ascii_key(source.id) for source in sources}
    counts: dict[str, int] = {}
    for key in keys.values():
        counts[key] = counts.get(key, 0) + 1
    for source_id, key in keys.items():
        if counts[key] > 1:
            digest = hashlib.sha1(source_id.encode("utf-8"), usedforsecurity=False).hexdigest()
            keys[source_id] = f"{key}{digest[:8]}"
    return keys


def _bibtex_entry(source: Source, key: str) -> str:
    kind = kind_of(source)
    fields: list[tuple[str, str]] = [("title", "{" + latex_escape(source.title) + "}")]
    if source.publisher:
        publisher = "{" + latex_escape(source.publisher) + "}"
        fields.append(("journal" if kind == NEWS else "publisher", publisher))
    parts = published_parts(source)
    if parts:
        fields.append(("year", "{" + str(parts[0]) + "}"))
        if len(parts) > 1:
            fields.append(("month", _BIBTEX_MONTHS[parts[1] - 1]))
        fields.append(("date", "{" + "-".join(f"{p:02d}" for p in parts) + "}"))
    elif published_literal(source):
        fields.append(("note", "{" + latex_escape(published_literal(source)) + "}"))
    if source.url:
        if kind != NEWS:
            fields.append(("howpublished", "{\\url{" + _url_argument(source.url) + "}}"))
        fields.append(("url", "{" + _verbatim(source.url) + "}"))
    if source.accessed is not None:
        fields.append(("urldate", "{" + source.accessed.isoformat() + "}"))
    if source.language:
        fields.append(("language", "{" + latex_escape(source.language) + "}"))
    entry_type = "article" if kind == NEWS else "misc"
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


def bibtex(sources: Iterable[Source]) -> str:
    """BibTeX (with biblatex's ``date``, ``url`` and ``urldate``), UTF-8."""
    listed = list(sources)
    keys = bibtex_keys(listed)
    return "\n".join(_bibtex_entry(source, keys[source.id]) for source in listed)


# ---------------------------------------------------------------- RIS


def _ris_date(parts: Sequence[int]) -> str:
    """RIS's ``YYYY/MM/DD`` as far as known."""
    return "/".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])


def _ris_fields(source: Source) -> list[tuple[str, str]]:
    kind = kind_of(source)
    fields = [("TY", {NEWS: "NEWS", WEB_PAGE: "ELEC", DOCUMENT: "GEN"}[kind])]
    fields += [("ID", source.id), ("TI", source.title)]
    if source.publisher:
        if kind == NEWS:
            fields += [("T2", source.publisher), ("JO", source.publisher)]
        else:
            fields.append(("PB", source.publisher))
    parts = published_parts(source)
    if parts:
        fields += [("PY", f"{parts[0]:04d}"), ("DA", _ris_date(parts))]
    elif published_literal(source):
        fields.append(("N1", published_literal(source)))
    if source.url:
        fields.append(("UR", source.url))
    if source.accessed is not None:
        day = source.accessed
        fields.append(("Y2", _ris_date((day.year, day.month, day.day))))
    if source.language:
        fields.append(("LA", source.language))
    return fields


def ris(sources: Iterable[Source]) -> str:
    """RIS, one record per source, CR LF line ends (as the format's definition asks)."""
    lines: list[str] = []
    for source in sources:
        # One tag per line: a line break inside a value would start a broken tag.
        lines += [f"{tag}  - {' '.join(value.split())}" for tag, value in _ris_fields(source)]
        lines += ["ER  - ", ""]
    return "\r\n".join(lines)


@dataclass(frozen=True, slots=True)
class CitationFormat:
    """One file format for sources: its name as shown and its writer."""

    name: str
    suffix: str
    write: Callable[[Sequence[Source]], str]


#: The formats by file suffix.
CITATION_FORMATS: dict[str, CitationFormat] = {
    ".json": CitationFormat("CSL-JSON", ".json", csl_json),
    ".bib": CitationFormat("BibTeX", ".bib", bibtex),
    ".ris": CitationFormat("RIS", ".ris", ris),
}


def format_of_suffix(suffix: str) -> CitationFormat | None:
    """The format a file suffix names (case ignored), or None."""
    return CITATION_FORMATS.get(suffix.lower())
