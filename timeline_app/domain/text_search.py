"""Search text handling without SQL or Qt: folding, the FTS5 query, highlights and snippets.

Both the indexed text and the query are *folded* the same way in Python: compatibility
decomposition, combining marks dropped, case folded. SQLite's own diacritic removal only
covers Latin script; folding here also makes "Ёлка" match "елка". Chinese and Japanese
characters are written with spaces between them so that FTS5 sees one token per character,
and a query such as 北京 becomes the phrase "北 京": substrings of Chinese text are found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Above this many matching events, results are not ranked (bm25 would score every match:
#: seconds for a common word in a million events); the first ones the index yields are
#: listed instead, by date.
RANK_LIMIT = 2000

_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_CHAR = re.compile(f"[{_CJK_CLASS}]")
_CJK_RUN = re.compile(f"([{_CJK_CLASS}]+)")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def _fold_char(character: str) -> str:
    # Cached: texts repeat the same few hundred characters, and folding one costs ~2 µs.
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(d for d in decomposed if not unicodedata.combining(d)).casefold()


def fold(text: str) -> str:
    """Text as the index stores it: folded, with CJK characters spaced apart."""
    folded = "".join(_fold_char(character) for character in text)
    return _CJK_CHAR.sub(lambda match: f" {match.group(0)} ", folded)


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """Folded text (no CJK spacing) and, for each of its characters, the original index."""
    characters: list[str] = []
    positions: list[int] = []
    for index, character in enumerate(text):
        for folded in _fold_char(character):
            characters.append(folded)
            positions.append(index)
    return "".join(characters), positions


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One folded search term; CJK terms match anywhere, others at the start of a word."""

    text: str
    is_cjk: bool


#: A search uses at most this many distinct terms (a pasted page would otherwise stall SQLite).
MAX_TERMS = 12


def query_terms(query: str) -> list[QueryTerm]:
    """The terms of what the user typed; punctuation and SQL syntax are just separators.

    Repeated terms count once, and only the first MAX_TERMS distinct terms are used.
    """
    terms: list[QueryTerm] = []
    folded, _ = _folded_with_positions(query[:2000])
    for word in _WORD.findall(folded):
        for part in _CJK_RUN.split(word):
            term = QueryTerm(part, bool(_CJK_CHAR.match(part))) if part else None
            if term is not None and term not in terms:
                terms.append(term)
                if len(terms) == MAX_TERMS:
                    return terms
    return terms


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every term must match, each as a prefix. None when empty.

    A single letter matches only itself as a word: as a prefix it would stand for a large
    part of the vocabulary, and the index keeps prefixes of two and three letters only.
    """
    clauses = []
    for term in query_terms(query):
        if term.is_cjk:
            clauses.append('"' + " ".join(term.text) + '"')
        elif len(term.text) == 1:
            clauses.append(f'"{term.text}"')
        else:
            clauses.append(f'"{term.text}"*')
    return " AND ".join(clauses) if clauses else None


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) ranges of ``text`` that the query matched, merged and in order."""
    folded, positions = _folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    for term in query_terms(query):
        pattern = re.escape(term.text) if term.is_cjk else rf"(?<!\w){re.escape(term.text)}"
        for match in re.finditer(pattern, folded):
            start = positions[match.start()]
            end = positions[match.end() - 1] + 1
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, query: str, width: int = 90) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around its first match, with the match spans inside that window."""
    spans = highlight_spans(text, query)
    if not spans:
        return "", []
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    window = prefix + text[start:end].replace("\n", " ") + suffix
    shift = len(prefix) - start
    inside = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return window, inside
