"""Go to Date reads the reader's forms in every language, whatever the current one is."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.date_query import (
    DateQueryError,
    DateQueryProblem,
    month_words,
    parse_date_query,
)
from timeline_app.domain.date_words import DATE_LANGUAGES, month_names
from timeline_app.domain.dates import set_date_language

AUGUST_2015 = (date(2015, 8, 1), date(2015, 8, 31))
AROUND_10_AUGUST_2015 = (date(2015, 7, 27), date(2015, 8, 24))
YEAR_2015 = (date(2015, 1, 1), date(2015, 12, 31))

FORMS = [
    # Russian
    ("ru", "август 2015", AUGUST_2015),
    ("ru", "августа 2015", AUGUST_2015),
    ("ru", "авг 2015", AUGUST_2015),
    ("ru", "авг. 2015 г.", AUGUST_2015),
    ("ru", "Август 2015 года", AUGUST_2015),
    ("ru", "АВГУСТ 2015", AUGUST_2015),
    ("ru", "10 августа 2015 г.", AROUND_10_AUGUST_2015),
    ("ru", "10 августа 2015 года", AROUND_10_AUGUST_2015),
    ("ru", "10 августа 2015г.", AROUND_10_AUGUST_2015),
    ("ru", "2015 г.", YEAR_2015),
    ("ru", "2015 год", YEAR_2015),
    ("ru", "сент 2015", (date(2015, 9, 1), date(2015, 9, 30))),
    ("ru", "1 мая 2015", (date(2015, 4, 17), date(2015, 5, 15))),
    # Kazakh
    ("kk", "тамыз 2015", AUGUST_2015),
    ("kk", "Тамыз 2015 ж.", AUGUST_2015),
    ("kk", "там. 2015", AUGUST_2015),
    ("kk", "10 тамыз 2015 ж.", AROUND_10_AUGUST_2015),
    ("kk", "2015 ж. 10 тамыз", AROUND_10_AUGUST_2015),
    ("kk", "2015 жылғы 10 тамыз", AROUND_10_AUGUST_2015),
    ("kk", "2015 ж. тамыз", AUGUST_2015),
    ("kk", "2015 жыл", YEAR_2015),
    ("kk", "2015 жылы", YEAR_2015),
    ("kk", "10 қыркүйек 2015", (date(2015, 8, 27), date(2015, 9, 24))),
    # Chinese
    ("zh", "2015年8月", AUGUST_2015),
    ("zh", "2015年8月10日", AROUND_10_AUGUST_2015),
    ("zh", "2015年08月10号", AROUND_10_AUGUST_2015),
    ("zh", "2015 年 8 月", AUGUST_2015),
    ("zh", "2015年", YEAR_2015),
    ("zh", "八月 2015", AUGUST_2015),
    # Numeric and English, read in every language
    ("zh", "31.08.2015", (date(2015, 8, 17), date(2015, 9, 14))),
    ("kk", "08.2015", AUGUST_2015),
    ("ru", "August 2015", AUGUST_2015),
    ("ru", "10 Aug 2015", AROUND_10_AUGUST_2015),
    ("en", "2015-08", AUGUST_2015),
    ("en", "2015 August", AUGUST_2015),
    ("en", "August 10 2015", AROUND_10_AUGUST_2015),
]


@pytest.mark.parametrize(("language", "text", "expected"), FORMS)
@pytest.mark.parametrize("current", DATE_LANGUAGES)
def test_every_languages_forms_are_read_whatever_the_current_language(
    language: str, text: str, expected: tuple[date, date], current: str
) -> None:
    set_date_language(current)
    assert parse_date_query(text) == expected, language


def test_every_cldr_month_name_is_read_as_its_own_month() -> None:
    words = month_words()
    for language in DATE_LANGUAGES:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in enumerate(month_names(language, context, width), start=1):
                    assert words[name.lower().rstrip(".")] == number, (language, name)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("30 февраля 2016 г.", DateQueryProblem.NO_SUCH_DAY),
        ("2015年2月30日", DateQueryProblem.NO_SUCH_DAY),
        ("2015年13月", DateQueryProblem.NO_SUCH_MONTH),
        ("0000年", DateQueryProblem.OUT_OF_RANGE),
        ("август 0000 г.", DateQueryProblem.OUT_OF_RANGE),
        ("вторник 2015", DateQueryProblem.UNKNOWN_MONTH_NAME),
        ("2015年8", DateQueryProblem.UNREADABLE),
        ("г.", DateQueryProblem.UNREADABLE),
        ("10 августа", DateQueryProblem.UNREADABLE),
    ],
)
def test_impossible_or_unreadable_forms_say_why(text: str, problem: DateQueryProblem) -> None:
    with pytest.raises(DateQueryError) as caught:
        parse_date_query(text)
    assert caught.value.problem is problem


def test_the_error_keeps_the_month_word_as_typed() -> None:
    with pytest.raises(DateQueryError) as caught:
        parse_date_query("Вторник 2015")
    assert caught.value.word == "Вторник"
    assert caught.value.text == "Вторник 2015"
