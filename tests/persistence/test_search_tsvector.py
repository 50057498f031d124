"""PostgreSQL's search documents and queries are written from the same words as SQLite's
FTS5 index: the words, their positions and weights, the size limits, the query syntax."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.domain.text_search import fold
from timeline_app.persistence.search_tsvector import (
    MAX_DOCUMENT_BYTES,
    MAX_POSITION,
    document,
    query,
    tokens,
)

SAMPLE_DATA = Path(__file__).parents[1] / "fixtures" / "sample_data"

TRICKY = [
    "Nur-Sultan (Astana), 2017-06-10",
    "snake_case and e-mail: someone@example.org, https://example.org/a/b?c=1",
    "Ёлка Café ÆON ß straße ﬁne ①②",
    "Әуезов ғылым Қазақ аңыз өнер ұлттық үйі Һиджра істер",
    "«Абай» — 阿拜。北京，世界博览会！",
    "tabs\tand\nnewlines; 1.5e3 v2 ₸100 private\ue000use",
]


def _fts5_words(text: str) -> list[str]:
    """The words FTS5's tokenizer (as the index is declared) finds in ``text``, in order."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(c, tokenize = 'unicode61 remove_diacritics 0')"
    )
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    connection.execute("INSERT INTO t VALUES (?)", (text,))
    words = [row[0] for row in connection.execute("SELECT term FROM v ORDER BY offset")]
    connection.close()
    return words


@pytest.mark.parametrize("text", TRICKY)
def test_the_words_are_fts5s_words(text: str) -> None:
    assert tokens(fold(text)) == _fts5_words(fold(text))


def test_titles_weigh_most_and_a_phrase_stays_in_its_column() -> None:
    assert document("b a", "c a", title_columns=1) == "'b':1A 'a':2A,5 'c':4"
    assert document(fold("北京")) == "'北':1 '京':2"


def test_a_huge_text_makes_a_document_postgresql_can_hold() -> None:
    text = " ".join(f"w{number}" for number in range(400_000))
    written = document(text)
    assert written.startswith("'w0':1 'w1':2 ")
    assert f":{MAX_POSITION} " in written and f":{MAX_POSITION + 1}" not in written
    # Each word costs its bytes and 8 in PostgreSQL's form: the cut keeps it under 1 MB.
    cost = sum(len(word.split(":")[0]) - 2 + 8 for word in written.split(" "))
    assert cost <= MAX_DOCUMENT_BYTES < 1_048_576


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("agree", "('agree':*)"),
        ("Agree HUM", "('agree':*) & ('hum':*)"),
        ("e", "('e')"),
        ("北京", "('北' <-> '京')"),
        ("expo 2017年", "('expo':*) & ('2017':*) & ('年')"),
        ("snake_ca", "('snake' <-> 'ca':*)"),
        ("Ёлк", "('елк':*)"),
        ("_", None),
        ("'; --", None),
        ("", None),
    ],
)
def test_a_query_is_fts5s_query_in_tsquery_syntax(typed: str, expected: str | None) -> None:
    assert query(typed) == expected


def test_opening_an_sqlite_file_loads_no_postgresql_driver(tmp_path: Path) -> None:
    """psycopg is a server store's: the search index of a file neither needs nor loads it."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from timeline_app.services.startup import open_timeline_database\n"
        "from timeline_app.services.search_service import SearchService\n"
        f"database = open_timeline_database(Path({str(tmp_path / 't.sqlite3')!r}), "
        f"Path({str(SAMPLE_DATA)!r}))\n"
        "assert SearchService(database.session_factory, database.name).search('expo')\n"
        "print([name for name in sys.modules if name.startswith('psycopg')])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
