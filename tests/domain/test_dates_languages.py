"""Dates in the reader's language: Kazakh, Russian and Chinese beside English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from timeline_app.domain.dates import (
    date_language,
    event_date_text,
    format_event_date,
    format_point,
    month_name,
    set_date_language,
)
from timeline_app.domain.models import DatePrecision

DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
D = date


@pytest.mark.parametrize(
    ("language", "precision", "expected"),
    [
        ("en", DAY, "10 August 1992"),
        ("kk", DAY, "10 тамыз 1992 ж."),
        ("ru", DAY, "10 августа 1992 г."),
        ("zh", DAY, "1992年8月10日"),
        ("en", MONTH, "August 1992"),
        ("kk", MONTH, "тамыз 1992 ж."),
        ("ru", MONTH, "август 1992 г."),
        ("zh", MONTH, "1992年8月"),
        ("en", YEAR, "1992"),
        ("kk", YEAR, "1992 ж."),
        ("ru", YEAR, "1992 г."),
        ("zh", YEAR, "1992年"),
    ],
)
def test_a_point_in_each_language(language: str, precision: DatePrecision, expected: str) -> None:
    assert format_point(D(1992, 8, 10), precision, language=language) == expected
    set_date_language(language)
    assert format_point(D(1992, 8, 10), precision) == expected


RANGES = [
    # (start, end, precision, {language: expected})
    (
        D(2017, 6, 7),
        D(2017, 6, 10),
        DAY,
        {
            "en": "7–10 June 2017",
            "ru": "7–10 июня 2017 г.",
            "kk": "7–10 маусым 2017 ж.",
            "zh": "2017年6月7日至10日",
        },
    ),
    (
        D(2007, 1, 1),
        D(2012, 12, 31),
        YEAR,
        {"en": "2007–2012", "ru": "2007–2012 гг.", "kk": "2007–2012 жж.", "zh": "2007年至2012年"},
    ),
    (
        D(2017, 6, 10),
        D(2017, 9, 10),
        DAY,
        {
            "en": "10 June – 10 September 2017",
            "ru": "10 июня – 10 сентября 2017 г.",
            "kk": "10 маусым – 10 қыркүйек 2017 ж.",
            "zh": "2017年6月10日至9月10日",
        },
    ),
    (
        D(2002, 12, 23),
        D(2003, 1, 5),
        DAY,
        {
            "en": "23 December 2002 – 5 January 2003",
            "ru": "23 декабря 2002 г. – 5 января 2003 г.",
            "kk": "23 желтоқсан 2002 ж. – 5 қаңтар 2003 ж.",
            "zh": "2002年12月23日至2003年1月5日",
        },
    ),
    (
        D(2015, 3, 1),
        D(2015, 5, 1),
        MONTH,
        {
            "en": "March–May 2015",
            "ru": "март–май 2015 г.",
            "kk": "наурыз–мамыр 2015 ж.",
            "zh": "2015年3月至5月",
        },
    ),
    (
        D(2015, 11, 1),
        D(2016, 2, 1),
        MONTH,
        {
            "en": "November 2015 – February 2016",
            "ru": "ноябрь 2015 г. – февраль 2016 г.",
            "kk": "қараша 2015 ж. – ақпан 2016 ж.",
            "zh": "2015年11月至2016年2月",
        },
    ),
    (
        D(2017, 6, 10),
        D(2017, 6, 10),
        DAY,
        {
            "en": "10 June 2017",
            "ru": "10 июня 2017 г.",
            "kk": "10 маусым 2017 ж.",
            "zh": "2017年6月10日",
        },
    ),
    (
        D(2015, 1, 1),
        D(2015, 12, 31),
        YEAR,
        {"en": "2015", "ru": "2015 г.", "kk": "2015 ж.", "zh": "2015年"},
    ),
]


@pytest.mark.parametrize(
    ("start", "end", "precision", "language", "expected"),
    [
        (start, end, precision, language, text)
        for start, end, precision, texts in RANGES
        for language, text in texts.items()
    ],
)
def test_ranges_do_not_repeat_what_both_ends_share(
    start: date, end: date, precision: DatePrecision, language: str, expected: str
) -> None:
    assert format_event_date(start, end, precision, language=language) == expected


QUALIFIED = [
    # (start, precision, qualifier, approximate, {language: expected})
    (
        D(2007, 1, 1),
        YEAR,
        "",
        True,
        {"en": "c. 2007", "ru": "ок. 2007 г.", "kk": "шамамен 2007 ж.", "zh": "约2007年"},
    ),
    (
        D(2011, 1, 1),
        YEAR,
        "c.",
        True,
        {"en": "c. 2011", "ru": "ок. 2011 г.", "kk": "шамамен 2011 ж.", "zh": "约2011年"},
    ),
    (
        D(2015, 1, 1),
        YEAR,
        "by",
        False,
        {"en": "by 2015", "ru": "к 2015 г.", "kk": "2015 ж. қарай", "zh": "2015年前"},
    ),
    (
        D(2016, 11, 1),
        MONTH,
        "by",
        False,
        {
            "en": "by November 2016",
            "ru": "к ноябрю 2016 г.",
            "kk": "қараша 2016 ж. қарай",
            "zh": "2016年11月前",
        },
    ),
    (
        D(2024, 6, 20),
        DAY,
        "as of",
        False,
        {
            "en": "as of 20 June 2024",
            "ru": "на 20 июня 2024 г.",
            "kk": "20 маусым 2024 ж. жағдай бойынша",
            "zh": "截至2024年6月20日",
        },
    ),
    (
        D(2024, 6, 1),
        MONTH,
        "as of",
        False,
        {
            "en": "as of June 2024",
            "ru": "на июнь 2024 г.",
            "kk": "маусым 2024 ж. жағдай бойынша",
            "zh": "截至2024年6月",
        },
    ),
    (
        D(2016, 11, 1),
        MONTH,
        "before",
        False,
        {
            "en": "before November 2016",
            "ru": "до ноября 2016 г.",
            "kk": "қараша 2016 ж. дейін",
            "zh": "2016年11月之前",
        },
    ),
    (
        D(2010, 1, 1),
        YEAR,
        "after",
        False,
        {"en": "after 2010", "ru": "после 2010 г.", "kk": "2010 ж. кейін", "zh": "2010年之后"},
    ),
    (
        D(2016, 11, 1),
        MONTH,
        "",
        True,
        {
            "en": "c. November 2016",
            "ru": "ок. ноября 2016 г.",
            "kk": "шамамен қараша 2016 ж.",
            "zh": "约2016年11月",
        },
    ),
]


@pytest.mark.parametrize(
    ("start", "precision", "qualifier", "approximate", "language", "expected"),
    [
        (start, precision, qualifier, approximate, language, text)
        for start, precision, qualifier, approximate, texts in QUALIFIED
        for language, text in texts.items()
    ],
)
def test_qualifiers_wrap_the_date_in_each_languages_word_order(
    start: date,
    precision: DatePrecision,
    qualifier: str,
    approximate: bool,
    language: str,
    expected: str,
) -> None:
    text = format_event_date(
        start, None, precision, approximate=approximate, qualifier=qualifier, language=language
    )
    assert text == expected


def test_a_qualified_range_puts_both_months_in_the_case_the_qualifier_asks_for() -> None:
    text = format_event_date(D(2015, 3, 1), D(2015, 5, 1), MONTH, qualifier="before", language="ru")
    assert text == "до марта–мая 2015 г."
    text = format_event_date(D(2007, 1, 1), D(2012, 1, 1), YEAR, approximate=True, language="zh")
    assert text == "约2007年至2012年"


@dataclass(frozen=True)
class _Event:
    start: date
    end: date | None
    precision: DatePrecision
    approximate: bool
    qualifier: str


def test_event_date_text_follows_the_date_language_and_defaults_to_english() -> None:
    event = _Event(D(2024, 6, 20), None, DAY, False, "as of")
    assert date_language() == "en"
    assert event_date_text(event) == "as of 20 June 2024"
    set_date_language("ru")
    assert date_language() == "ru"
    assert event_date_text(event) == "на 20 июня 2024 г."
    assert event_date_text(event, language="zh") == "截至2024年6月20日"
    set_date_language("en")
    assert event_date_text(event) == "as of 20 June 2024"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="de"):
        set_date_language("de")
    with pytest.raises(ValueError, match="fr"):
        format_point(D(2015, 1, 1), YEAR, language="fr")
    assert date_language() == "en"


def test_month_names_in_every_form() -> None:
    assert month_name(8, language="ru") == "август"
    assert month_name(8, standalone=False, language="ru") == "августа"
    assert month_name(8, abbreviated=True, language="ru") == "авг."
    assert month_name(5, abbreviated=True, language="ru") == "май"
    assert month_name(8, abbreviated=True, language="kk") == "там."
    assert month_name(8, abbreviated=True, language="zh") == "8月"
    assert month_name(8) == "August"


def test_a_fresh_process_writes_dates_in_english() -> None:
    # Nothing in the command line or headless paths sets a language, so they stay English.
    import subprocess
    import sys

    code = (
        "from datetime import date; from timeline_app.domain.dates import date_language, "
        "format_point; from timeline_app.domain.models import DatePrecision; "
        "print(date_language(), format_point(date(1992, 8, 10), DatePrecision.DAY))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "en 10 August 1992"


def test_a_figure_holds_as_of_a_date_in_each_language() -> None:
    from timeline_app.domain.dates import as_of_text

    day = date(2024, 6, 20)
    assert as_of_text(day, DatePrecision.DAY, language="en") == "as of 20 June 2024"
    assert as_of_text(day, DatePrecision.DAY, language="ru") == "на 20 июня 2024 г."
    assert as_of_text(day, DatePrecision.DAY, language="zh") == "截至2024年6月20日"
    assert "20 маусым 2024 ж." in as_of_text(day, DatePrecision.DAY, language="kk")
