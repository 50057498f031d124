"""Axis ticks in the reader's language: labels, and no overlaps with longer names."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.domain.axis_ticks import LABEL_GAP, AxisTicks, Tick, axis_ticks
from timeline_app.domain.dates import set_date_language
from timeline_app.domain.time_scale import TimeScale


def measure(text: str) -> float:
    """Seven pixels a letter, fourteen for a CJK character (they are about twice as wide)."""
    return sum(14.0 if ord(char) >= 0x2E80 else 7.0 for char in text)


def ticks_for(first: date, last: date, language: str, width: float = 1200.0) -> AxisTicks:
    scale = TimeScale(0, 1, width).with_dates(first, last)
    return axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure, language=language)


def labels(ticks: tuple[Tick, ...]) -> list[str]:
    return [tick.label for tick in ticks]


def test_month_ticks_in_russian_use_stand_alone_abbreviations_and_bare_years() -> None:
    ticks = ticks_for(date(2015, 1, 1), date(2016, 12, 31), "ru", width=1400.0)
    assert ticks.unit == "month:1"
    assert ticks.language == "ru"
    assert labels(ticks.minor)[:8] == [
        "янв.",
        "февр.",
        "март",
        "апр.",
        "май",
        "июнь",
        "июль",
        "авг.",
    ]
    assert labels(ticks.major)[:2] == ["2015", "2016"]


def test_month_ticks_in_chinese_and_kazakh() -> None:
    zh = ticks_for(date(2015, 1, 1), date(2016, 12, 31), "zh")
    assert labels(zh.minor)[7] == "8月"
    assert labels(zh.major)[:2] == ["2015年", "2016年"]
    kk = ticks_for(date(2015, 1, 1), date(2016, 12, 31), "kk")
    assert labels(kk.minor)[7] == "там."


def test_day_ticks_have_the_month_above_in_the_language() -> None:
    ru = ticks_for(date(2017, 6, 20), date(2017, 7, 10), "ru")
    assert ru.unit.startswith("day")
    assert labels(ru.major) == ["июнь 2017 г.", "июль 2017 г."]
    zh = ticks_for(date(2017, 6, 20), date(2017, 7, 10), "zh")
    assert labels(zh.major) == ["2017年6月", "2017年7月"]
    assert "1日" in labels(zh.minor)
    kk = ticks_for(date(2017, 6, 20), date(2017, 7, 10), "kk")
    assert labels(kk.major) == ["маусым 2017 ж.", "шілде 2017 ж."]


def test_year_ticks_in_chinese_carry_the_year_sign() -> None:
    ticks = ticks_for(date(1992, 1, 1), date(2024, 12, 31), "zh")
    assert ticks.unit.startswith("year")
    assert all(label.endswith("年") for label in labels(ticks.minor))
    assert "2000" in labels(ticks_for(date(1992, 1, 1), date(2024, 12, 31), "ru").minor)


def test_ticks_follow_the_date_language_when_none_is_given() -> None:
    scale = TimeScale(0, 1, 1400.0).with_dates(date(2015, 1, 1), date(2016, 12, 31))
    assert (
        labels(axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure).minor)[7] == "Aug"
    )
    set_date_language("ru")
    ticks = axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure)
    assert ticks.language == "ru"
    assert labels(ticks.minor)[7] == "авг."


def test_longer_month_names_choose_a_coarser_spacing_instead_of_overlapping() -> None:
    # At a zoom where English three-letter months fit every month, Russian "февр."/"сент."
    # and Chinese "10月" do not: the axis steps to every third month.
    start = date(2010, 1, 1).toordinal()
    pixels_per_day = (measure("Sep") + LABEL_GAP + 1) / 28
    english = axis_ticks(start, start + 900, pixels_per_day, measure, language="en")
    russian = axis_ticks(start, start + 900, pixels_per_day, measure, language="ru")
    chinese = axis_ticks(start, start + 900, pixels_per_day, measure, language="zh")
    assert english.unit == "month:1"
    assert russian.unit == "month:3"
    assert chinese.unit == "month:3"


@pytest.mark.parametrize("language", ["kk", "ru", "zh"])
@pytest.mark.parametrize("span_days", [1, 5, 12, 40, 100, 400, 1500, 5000, 12053])
@pytest.mark.parametrize("width", [300.0, 800.0, 1600.0])
def test_labels_never_overlap_in_any_language(language: str, span_days: int, width: float) -> None:
    start = date(1995, 3, 7).toordinal()
    scale = TimeScale(0, 1, width).with_window(start, start + span_days)
    ticks = axis_ticks(scale.start, scale.end, scale.pixels_per_day, measure, language=language)
    assert ticks.minor, "every zoom shows at least one labelled tick"
    for row in (ticks.minor, ticks.major):
        lefts = [(t.day - scale.start) * scale.pixels_per_day for t in row]
        for left, tick, next_left in zip(lefts, row, lefts[1:], strict=False):
            assert left + measure(tick.label) + LABEL_GAP <= next_left + 1e-6
