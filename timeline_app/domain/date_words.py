"""The words and patterns dates are written with in each of the app's languages.

Month names come from CLDR through Babel (every form: genitive "format" and nominative
"stand-alone", wide and abbreviated). The patterns that put day, month and year together are
ours, in the tables below, so the results read exactly as a reader of each language expects:
"10 August 1992", "10 тамыз 1992 ж.", "10 августа 1992 г.", "1992年8月10日".

Kazakh: CLDR's long pattern puts the year first ("1992 ж. 10 тамыз", the official order); the
project chose the day-first order "10 тамыз 1992 ж.", which is also common in print, so that the
three Cyrillic/Latin languages share one layout. Go to Date reads both orders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale

#: The languages dates can be written in; the first is the default.
DATE_LANGUAGES = ("en", "kk", "ru", "zh")
EN_DASH = "–"

#: Qualifier keys as stored in the data (and written in English).
QUALIFIER_KEYS = ("", "c.", "by", "as of", "before", "after")


@cache
def _months(language: str, context: str, width: str) -> tuple[str, ...]:
    names = Locale.parse(language).months[context][width]
    return tuple(str(names[number]) for number in range(1, 13))


def month_names(language: str, context: str, width: str) -> tuple[str, ...]:
    """The twelve CLDR month names: context 'format' (in a date: genitive in Russian) or
    'stand-alone' (on its own: nominative); width 'wide' or 'abbreviated'."""
    return _months(language, context, width)


# Russian "к" (by) needs the dative, which CLDR does not carry: "к ноябрю 2016 г.".
RUSSIAN_DATIVE_MONTHS = (
    "январю",
    "февралю",
    "марту",
    "апрелю",
    "маю",
    "июню",
    "июлю",
    "августу",
    "сентябрю",
    "октябрю",
    "ноябрю",
    "декабрю",
)


@dataclass(frozen=True, slots=True)
class Qualifier:
    """How a qualifier wraps a date: ``template`` holds ``{date}``; ``month_case`` says which
    form a month-precision date takes inside it ('nominative', 'genitive' or 'dative')."""

    template: str
    month_case: str = "nominative"


@dataclass(frozen=True, slots=True)
class DatePatterns:
    """How one day-first language writes dates (English, Kazakh, Russian)."""

    year_suffix: str  # after a single year: " г."
    years_suffix: str  # after a span of years: " гг."
    month_context: str  # the form of a month on its own ("август 1992 г.")
    qualifiers: dict[str, Qualifier]


# Each qualifier as a template around the whole date (word order differs between languages).
# Russian: "ок." (около) and "до"/"после" take the genitive, so a month-precision date takes the
#   genitive name ("до ноября 2016 г."); "к" takes the dative ("к ноябрю 2016 г."); "на" (as of)
#   takes the accusative, which for month names equals the nominative ("на ноябрь 2016 г.").
#   Days always read "20 июня" (genitive) and years "2015 г.", which suit every preposition.
# Kazakh: postpositions follow the date. "by" is "қарай" (towards, by then: "2015 ж. қарай")
#   and "before" is "дейін" (until), so the two stay distinct; "after" is "кейін"; "as of" is
#   "жағдай бойынша" (according to the situation on). The abbreviation "ж." stands for the
#   inflected "жылға"/"жылдан", as in print. "c." is "шамамен" (approximately) before the date.
# Chinese: "c." is "约"; "as of" is "截至" (the standard "as of" in statistics); "by" is
#   "{date}前" (no later than, "2015年前"), "before" "{date}之前" and "after" "{date}之后".
_EN = DatePatterns(
    year_suffix="",
    years_suffix="",
    month_context="stand-alone",
    qualifiers={
        "c.": Qualifier("c. {date}"),
        "by": Qualifier("by {date}"),
        "as of": Qualifier("as of {date}"),
        "before": Qualifier("before {date}"),
        "after": Qualifier("after {date}"),
    },
)
_KK = DatePatterns(
    year_suffix=" ж.",
    years_suffix=" жж.",
    # CLDR's Kazakh stand-alone names are capitalised ("Тамыз"); mid-sentence they are not.
    month_context="format",
    qualifiers={
        "c.": Qualifier("шамамен {date}"),
        "by": Qualifier("{date} қарай"),
        "as of": Qualifier("{date} жағдай бойынша"),
        "before": Qualifier("{date} дейін"),
        "after": Qualifier("{date} кейін"),
    },
)
_RU = DatePatterns(
    year_suffix=" г.",
    years_suffix=" гг.",
    month_context="stand-alone",
    qualifiers={
        "c.": Qualifier("ок. {date}", "genitive"),
        "by": Qualifier("к {date}", "dative"),
        "as of": Qualifier("на {date}"),
        "before": Qualifier("до {date}", "genitive"),
        "after": Qualifier("после {date}", "genitive"),
    },
)
DAY_FIRST_PATTERNS = {"en": _EN, "kk": _KK, "ru": _RU}

#: Chinese qualifiers (the dates themselves are built in dates.py: 年, 月, 日 and 至).
CHINESE_QUALIFIERS = {
    "c.": Qualifier("约{date}"),
    "by": Qualifier("{date}前"),
    "as of": Qualifier("截至{date}"),
    "before": Qualifier("{date}之前"),
    "after": Qualifier("{date}之后"),
}
# Chinese spans join the two ends with "至" ("2007年至2012年", "2017年6月7日至10日"), the usual
# word in running text; the end repeats only what differs from the start.
CHINESE_RANGE = "至"
