"""The readable citation: publisher, title, date, URL and access date, in the reader's
language; nothing the data does not say."""

from __future__ import annotations

from datetime import date

from timeline_app.desktop.language import set_language
from timeline_app.domain.models import Source
from timeline_app.ui.citation_text import (
    citation_html,
    citation_text,
    citations_html,
    citations_text,
)

SEED = Source(
    id="seed-000-kazinform-2024",
    title="Above 3,000 Kazakh students study in China",
    publisher="Kazinform",
    url="https://en.inform.kz/news/above-3000-kazakh-students-study-in-china-9b7b3b/",
    seed_document="000.txt",
    published=date(2024, 6, 20),
    accessed=date(2026, 11, 22),
)
TEXT_DATED = Source(
    id="b",
    title="[Report on renaming the capital]",
    publisher="TASS",
    url="https://tass.com/x?a=1&b=2",
    published_text="September 2022",
)
UNDATED = Source(id="c", title="Why?", publisher="Ministry", seed_document="x.txt")


def test_a_seed_article_reads_as_a_citation() -> None:
    assert citation_text(SEED) == (
        "Kazinform. “Above 3,000 Kazakh students study in China.” 20 June 2024. "
        f"{SEED.url} Accessed 22 November 2026."
    )


def test_written_dates_stay_as_written_and_descriptions_are_not_quoted() -> None:
    assert citation_text(TEXT_DATED) == (
        "TASS. [Report on renaming the capital]. September 2022. https://tass.com/x?a=1&b=2"
    )


def test_an_undated_source_gets_no_date() -> None:
    assert citation_text(UNDATED) == "Ministry. “Why?”"


def test_html_links_the_url_and_escapes_text() -> None:
    assert citation_html(TEXT_DATED) == (
        "TASS. [Report on renaming the capital]. September 2022. "
        '<a href="https://tass.com/x?a=1&amp;b=2">https://tass.com/x?a=1&amp;b=2</a>'
    )
    assert citations_html([SEED]).startswith("<p>Kazinform.")
    several = citations_html([SEED, UNDATED])
    assert several.startswith("<ul><li>Kazinform.") and several.count("<li>") == 2
    assert citations_text([SEED, UNDATED]).splitlines() == [
        citation_text(SEED),
        citation_text(UNDATED),
    ]


def test_dates_follow_the_readers_language() -> None:
    set_language("ru", remember=False)
    text = citation_text(SEED)
    assert "20 июня 2024" in text and "22 ноября 2026" in text
    set_language("zh", remember=False)
    assert "2024年6月20日" in citation_text(SEED)


def test_the_full_stop_after_a_title_goes_where_the_language_puts_it() -> None:
    set_language("ru", remember=False)
    assert "«Above 3,000 Kazakh students study in China»." in citation_text(SEED)
    assert "«Why?»" in citation_text(UNDATED) and "?»." not in citation_text(UNDATED)
    set_language("zh", remember=False)
    assert "“Above 3,000 Kazakh students study in China”。" in citation_text(SEED)
    set_language("en", remember=False)
    assert "“Above 3,000 Kazakh students study in China.”" in citation_text(SEED)


def test_a_chinese_citation_ends_its_parts_with_the_chinese_full_stop() -> None:
    set_language("zh", remember=False)
    text = citation_text(SEED)
    assert "Kazinform。" in text and "2024年6月20日。" in text and "日." not in text
    set_language("en", remember=False)
