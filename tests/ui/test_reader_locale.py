"""Numbers and note times in the reader's locale; a bare C locale reads as English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from timeline_app.ui.reader_locale import format_datetime, format_number


@pytest.fixture
def default_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.mark.usefixtures("default_locale")
def test_numbers_are_grouped_as_the_reader_writes_them() -> None:
    QLocale.setDefault(QLocale.c())
    assert format_number(655000) == "655,000"
    assert format_number(1234.25) == "1,234.25"
    QLocale.setDefault(QLocale("ru_RU"))
    assert format_number(655000) == "655\N{NO-BREAK SPACE}000"
    assert format_number(1234.25) == "1\N{NO-BREAK SPACE}234,25"


@pytest.mark.usefixtures("default_locale")
def test_times_use_the_month_names_of_the_language() -> None:
    moment = datetime(2026, 11, 2, 10, 15, tzinfo=UTC)
    QLocale.setDefault(QLocale("kk_KZ"))
    assert "қар" in format_datetime(moment, "d MMM yyyy")
    QLocale.setDefault(QLocale.c())
    assert format_datetime(moment, "MMM yyyy") == "Nov 2026"


def test_moments_are_written_the_readers_way(qtbot: QtBot) -> None:
    from timeline_app.desktop.language import set_language
    from timeline_app.ui.reader_locale import moment_text

    moment = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # 22 November in nearly every zone
    assert "2026" in moment_text(moment) and "Nov" in moment_text(moment)
    set_language("zh", remember=False)
    assert moment_text(moment).startswith("2026年11月2")
    set_language("ru", remember=False)
    assert "нояб." in moment_text(moment)
