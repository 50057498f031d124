"""The title rule: headline, else the first words of the text, else the caption, else the
credit; an event with none is refused."""

from __future__ import annotations

from pathlib import Path

from tests.interchange.util import timelinejs_csv
from timeline_app.interchange import TITLE_CHARACTERS, TITLE_WORDS, RefusalReason
from timeline_app.interchange.slides import derive_title, shorten


def test_the_rule_in_numbers() -> None:
    assert (TITLE_WORDS, TITLE_CHARACTERS) == (8, 60)


def test_short_text_is_taken_whole() -> None:
    assert shorten("Treaty  signed in Almaty") == "Treaty signed in Almaty"


def test_more_than_eight_words_are_cut_with_an_ellipsis() -> None:
    assert shorten("one two three four five six seven eight nine ten") == (
        "one two three four five six seven eight…"
    )


def test_a_long_text_is_cut_between_words_within_sixty_characters() -> None:
    title = shorten(
        "Extraordinarily long-winded introductory sentence, concerning bilateral cultural"
    )
    assert title == "Extraordinarily long-winded introductory sentence…"
    assert len(title) <= TITLE_CHARACTERS


def test_one_very_long_word_is_cut_inside_it() -> None:
    title = shorten("哈萨克斯坦与中国的文化交流" * 10)
    assert len(title) == TITLE_CHARACTERS
    assert title.endswith("…")


def test_the_first_source_that_has_words_wins() -> None:
    assert derive_title("  Head  line ", "text") == ("Head line", False)
    assert derive_title("", " ", "Caption words", "Credit") == ("Caption words", True)
    assert derive_title("", "", "", "Credit") == ("Credit", True)
    assert derive_title("", "", " ", "") is None


def test_titles_in_a_file(tmp_path: Path) -> None:
    timeline = timelinejs_csv(
        tmp_path,
        '2000,,,,,,,,,,"<p>Text <a href=""https://x.org"">with a link</a> and more</p>",,,,,,,',
        "2001,,,,,,,,,,,https://m.org/v,<b>Credit</b> line,A caption,,,,",
        "2002,,,,,,,,,,,https://m.org/v,Only a credit,,,,,",
        "2003,,,,,,,,,,,<blockquote>Quoted words</blockquote>,,,,,,",
        "2004,,,,,,,,,,,https://m.org/v,,,,,,",
    )
    assert [(event.title, event.title_derived) for event in timeline.events] == [
        ("Text with a link and more", True),  # the url is not part of the title
        ("A caption", True),
        ("Only a credit", True),
        ("Quoted words", True),
    ]
    assert timeline.events[0].text == "Text with a link (https://x.org) and more"
    assert [(r.label, r.reason) for r in timeline.refusals] == [("row 6", RefusalReason.NO_TITLE)]
