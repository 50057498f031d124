"""PostgreSQL's search documents and queries, written in Python from the same folded text as
SQLite's FTS5 index (no SQL here: the ``tsvector`` and ``tsquery`` input syntax only).

The text is folded by ``domain.text_search.fold`` (case, diacritics, CJK characters spaced
apart) and split here into words exactly as FTS5's ``unicode61`` tokenizer splits it: runs
of letters and digits, everything else a separator, so each Chinese character is a word of
its own. The words go to the server as a ``tsvector`` literal (cast on the server, so neither
PostgreSQL's parser nor a dictionary touches them): what the 'simple' configuration would
store, minus its parser's own ideas (URLs, e-mail addresses, hyphenated words, and in a C
locale every non-ASCII symbol as a letter), so both backends index the same words.

A query is built from the same folded terms as FTS5's (``query_terms``): every term must
match; a term of two or more letters as a prefix (``:*``), a single letter as itself, a
Chinese run as a phrase of its characters (``<->``, which needs the words' positions).
"""

from __future__ import annotations

import re

from timeline_app.domain.text_search import query_terms

#: FTS5's unicode61 token characters, its default categories "L* N* Co": letters and digits
#: (Python's \w, whose underscore ``tokens`` takes out) and private use characters. (FTS5's
#: tables are of an older Unicode: characters newer than them, such as most emoji and ₽, are
#: letters there and separators here; the texts of this field hardly hold them.)
_TOKEN = re.compile(r"[\w\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]+")
#: PostgreSQL keeps positions up to this one (later words share it) and at most 256 of one
#: word (it drops the others itself).
MAX_POSITION = 16383
#: A word longer than this many bytes cannot be a lexeme (PostgreSQL: 2,047); left out.
MAX_WORD_BYTES = 2046
#: A tsvector's words take at most 1 MB; a document is cut (its later new words left out)
#: below that, counting 8 bytes more a word for its entry and a position.
MAX_DOCUMENT_BYTES = 900_000


def tokens(folded: str) -> list[str]:
    """The words of folded text, as FTS5's unicode61 tokenizer finds them."""
    words = _TOKEN.findall(folded)
    if "_" in folded:  # rare: one class with \w is three times faster than one without "_"
        words = [part for word in words for part in word.split("_") if part]
    return words


def _quoted(word: str) -> str:
    # Words are letters and digits: nothing to escape, but a literal must never break.
    if "'" in word or "\\" in word:
        word = word.replace("\\", "\\\\").replace("'", "''")
    return f"'{word}'"


def document(*columns: str, title_columns: int = 0) -> str:
    """A ``tsvector`` literal of these folded texts, in order, with positions; the first
    ``title_columns`` of them weigh most (weight A). A gap of one position between columns
    keeps a phrase within one column, as FTS5 matches phrases within a column."""
    positions: dict[str, list[str]] = {}
    budget = MAX_DOCUMENT_BYTES
    position = 0
    for number, text in enumerate(columns):
        weight = "A" if number < title_columns else ""
        for word in tokens(text):
            position += 1
            listed = positions.get(word)
            if listed is not None:
                if position < MAX_POSITION:
                    listed.append(f"{position}{weight}")
                continue
            cost = len(word.encode()) + 8
            if cost > MAX_WORD_BYTES + 8 or cost > budget:
                continue
            budget -= cost
            positions[word] = [f"{min(position, MAX_POSITION)}{weight}"]
        position += 1
    return " ".join(f"{_quoted(word)}:{','.join(at)}" for word, at in positions.items())


def query(text: str) -> str | None:
    """A ``tsquery`` literal for what the user typed (as ``fts_query`` for FTS5); None when
    it has no words."""
    clauses: list[str] = []
    for term in query_terms(text):
        words = list(term.text) if term.is_cjk else tokens(term.text)
        if not words:
            # FTS5 reads a phrase without words (a lone "_") as matching nothing.
            return None
        quoted = [_quoted(word) for word in words]
        if not term.is_cjk and len(term.text) > 1:
            quoted[-1] += ":*"
        clauses.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(clauses) if clauses else None
