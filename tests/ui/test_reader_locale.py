"""Numbers and note times in the reader's locale; a bare C locale reads as English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

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
