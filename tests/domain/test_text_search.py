"""Folding, FTS5 query building, highlights and snippets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline_app.domain.text_search import fold, fts_query, highlight_spans, query_terms, snippet


def test_fold_removes_case_and_diacritics_in_every_script() -> None:
    assert fold("Café ÉLAN") == "cafe elan"
    assert fold("Ёлка") == "елка"
    assert fold("ҚАЗАҚСТАН") == "қазақстан"  # Kazakh letters are letters, not accents
    assert fold("北京") == " 北  京 "


def test_query_terms_split_words_and_cjk_runs() -> None:
    terms = query_terms("Nur-Sultan 北京Expo")
    assert [(t.text, t.is_cjk) for t in terms] == [
        ("nur", False),
        ("sultan", False),
        ("北京", True),
        ("expo", False),
    ]


def test_fts_query_is_prefix_and_phrase() -> None:
    assert fts_query("Conf inst") == '"conf"* AND "inst"*'
    assert fts_query("中哈") == '"中 哈"'
    assert fts_query("  '; DROP TABLE notes; --  ") == '"drop"* AND "table"* AND "notes"*'
    assert fts_query('"*()^:') is None
    assert fts_query("a bc") == '"a" AND "bc"*'  # a lone letter is a word, not a prefix


@given(st.text())
def test_any_text_gives_a_safe_query(text: str) -> None:
    query = fts_query(text)
    if query is not None:
        assert query.count('"') % 2 == 0


def test_highlights_map_back_to_the_original_text() -> None:
    text = "Café in Nur-Sultan, 北京 and Алматы"
    spans = highlight_spans(text, "cafe sult 北京 алм")
    assert [text[s:e] for s, e in spans] == ["Café", "Sult", "北京", "Алм"]
    assert highlight_spans(text, "ultan") == []  # latin terms match at the start of a word


def test_snippet_is_a_window_around_the_first_match() -> None:
    text = "word " * 50 + "Confucius institute" + " more" * 50
    window, spans = snippet(text, "confucius", width=60)
    assert window.startswith("…") and window.endswith("…")
    assert [window[s:e] for s, e in spans] == ["Confucius"]


def test_long_pasted_queries_are_capped() -> None:
    from timeline_app.domain.text_search import MAX_TERMS

    assert len(query_terms("a " * 5000)) == 1
    assert len(query_terms(" ".join(f"w{n}" for n in range(100)))) == MAX_TERMS
