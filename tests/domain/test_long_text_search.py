"""Snippets and highlights of very long texts: right, and at a cost that does not grow with them."""

from __future__ import annotations

import pytest

from timeline_app.domain import text_search
from timeline_app.domain.note_text import MAX_NOTE_LENGTH
from timeline_app.domain.text_search import SCAN_CHARS, highlight_spans, snippet

FILLER = "Қазақстан мен Қытай 文化交流 Ёлка café note "


def _long_text(tail: str) -> str:
    """A note of the longest length allowed, ending with ``tail``."""
    body = FILLER * (MAX_NOTE_LENGTH // len(FILLER) + 1)
    return body[: MAX_NOTE_LENGTH - len(tail)] + tail


@pytest.fixture
def folded_lengths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every text folded while the test runs."""
    lengths: list[int] = []
    fold = text_search._folded_with_positions

    def counting(text: str) -> tuple[str, list[int]]:
        lengths.append(len(text))
        return fold(text)

    monkeypatch.setattr(text_search, "_folded_with_positions", counting)
    return lengths


def test_a_match_at_the_end_of_a_5_million_character_note_gets_its_snippet(
    folded_lengths: list[int],
) -> None:
    text = _long_text(" the ZEBRACORN ends it")
    window, spans = snippet(text, "zebracorn")
    assert window.startswith("…") and "ZEBRACORN ends it" in window
    assert [window[start:end] for start, end in spans] == ["ZEBRACORN"]
    # The old code folded all 5,000,000 characters (seconds, gigabytes); now only the first
    # SCAN_CHARS and the window shown are folded.
    assert sum(folded_lengths) <= SCAN_CHARS + 200


def test_an_early_match_in_a_long_note_folds_only_the_head(folded_lengths: list[int]) -> None:
    window, spans = snippet(_long_text(" end"), "Ёлка")
    assert [window[start:end] for start, end in spans][:1] == ["Ёлка"]
    assert sum(folded_lengths) <= SCAN_CHARS + 200


def test_no_match_in_a_long_note_gives_no_snippet(folded_lengths: list[int]) -> None:
    assert snippet(_long_text(" end"), "nosuchword") == ("", [])
    assert sum(folded_lengths) <= SCAN_CHARS + 20  # the text's head, and the query


def test_a_match_beyond_the_scan_limit_is_a_word_start_match() -> None:
    text = "a" * SCAN_CHARS + " xzebra zebras"
    window, spans = snippet(text, "zebra")
    assert [window[start:end] for start, end in spans] == ["zebra"]
    assert window.endswith("xzebra zebras")
    assert window[spans[0][0] - 1] == " "  # the second word, not inside "xzebra"


def test_a_match_across_the_scan_limit_is_found() -> None:
    text = "b " * (SCAN_CHARS // 2 - 2) + "zebra " + "c" * 100
    assert text.index("zebra") < SCAN_CHARS < text.index("zebra") + len("zebra")
    window, spans = snippet(text, "zebra")
    assert [window[start:end] for start, end in spans] == ["zebra"]


def test_a_match_after_lengthening_case_folds_is_still_shown() -> None:
    # "ß" folds to "ss": positions found in the folded piece are scaled back to the text.
    text = "Straße " * (SCAN_CHARS // 7 + 3000) + "Zebra"
    window, spans = snippet(text, "zebra")
    assert "Zebra" in window
    assert [window[start:end] for start, end in spans] == ["Zebra"]


def test_highlight_spans_look_at_the_first_scan_chars_only(folded_lengths: list[int]) -> None:
    text = "zebra " + "x" * (2 * SCAN_CHARS) + " zebra"
    assert highlight_spans(text, "zebra") == [(0, 5)]
    assert max(folded_lengths) == SCAN_CHARS
