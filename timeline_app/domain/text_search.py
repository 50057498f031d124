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


#: Highlighting and the first, exact look for a snippet fold at most this many characters of
#: a text: folding costs ~0.3 µs a character, and a note can hold 5,000,000 of them.
SCAN_CHARS = 20_000
#: Beyond SCAN_CHARS a snippet's match is looked for in pieces of this many characters,
#: case-folded only (accents are not dropped there), stopping at the first piece that matches.
_PIECE_CHARS = 65_536
#: Characters folded before a snippet's window, so a match at its left edge is seen whole.
_CONTEXT = 64


def _spans(text: str, terms: list[QueryTerm]) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of ``text`` matched by ``terms``; folds all of ``text``."""
    folded, positions = _folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
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


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) ranges of ``text`` that the query matched, merged and in order.

    Only the first SCAN_CHARS characters are looked at (titles are far shorter).
    """
    terms = query_terms(query)
    return _spans(text[:SCAN_CHARS], terms) if terms else []


def _first_match_after(text: str, terms: list[QueryTerm], begin: int) -> int | None:
    """Roughly where the first match at or after ``begin`` is, looking piece by piece.

    Each piece is case-folded (one copy of a piece at a time, never of the whole text) and
    the scan stops at the first piece that matches, so an early match costs little.
    """
    longest = max(len(term.text) for term in terms)
    patterns = [
        (term.text, None if term.is_cjk else re.compile(rf"(?<!\w){re.escape(term.text)}"))
        for term in terms
    ]
    for piece_start in range(begin, len(text), _PIECE_CHARS):
        # One character more on the left lets the word-start test see what precedes.
        low = max(0, piece_start - longest - 1)
        original = text[low : piece_start + _PIECE_CHARS]
        piece = original.casefold()
        found: list[int] = []
        for word, pattern in patterns:
            if word not in piece:
                continue
            if pattern is None:
                found.append(piece.find(word))
            elif match := pattern.search(piece, 1 if low else 0):
                found.append(match.start())
        if found:
            # Case folding can lengthen text (ß -> ss): scale back to the original piece.
            return low + min(found) * len(original) // len(piece)
    return None


def snippet(text: str, query: str, width: int = 90) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around its first match, with the match spans inside that window.

    ("", []) when nothing matches. The first SCAN_CHARS characters are searched exactly
    (folded, as the index is); further on, pieces are searched ignoring case, and only the
    window shown is folded, so a 5,000,000-character note costs milliseconds, not seconds.
    """
    terms = query_terms(query)
    if not terms:
        return "", []
    head = _spans(text[:SCAN_CHARS], terms)
    if head:
        first: int | None = head[0][0]
    elif len(text) > SCAN_CHARS:
        first = _first_match_after(text, terms, SCAN_CHARS)
    else:
        first = None
    if first is None:
        return "", []
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    low = max(0, start - _CONTEXT)
    spans = [(s + low, e + low) for s, e in _spans(text[low:end], terms)]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    window = prefix + text[start:end].replace("\n", " ") + suffix
    shift = len(prefix) - start
    inside = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return window, inside
