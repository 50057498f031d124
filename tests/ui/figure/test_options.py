"""Figure options: the format by suffix and one English line for each bad value."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.ui.figure.options import FigureFormat, FigureOptions, format_of

FIRST, LAST = date(2000, 1, 1), date(2000, 12, 31)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.png", FigureFormat.PNG),
        ("a.SVG", FigureFormat.SVG),
        ("dir.x/a.Pdf", FigureFormat.PDF),
        ("a.jpg", None),
        ("png", None),
    ],
)
def test_format_by_suffix_in_any_case(name: str, expected: FigureFormat | None) -> None:
    assert format_of(Path(name)) is expected


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (FigureOptions(FIRST, LAST), None),
        (FigureOptions(FIRST, LAST, width=20_000), None),
        (FigureOptions(FIRST, FIRST), None),
        (FigureOptions(FIRST, LAST, width=0), "the width must be 1 to 20,000 px (got 0)"),
        (FigureOptions(FIRST, LAST, width=20_001), "the width must be 1 to 20,000 px (got 20001)"),
        (FigureOptions(FIRST, LAST, height=0), "the height must be 1 to 20,000 px (got 0)"),
        (
            FigureOptions(FIRST, LAST, width=10_000, height=10_000),
            "a picture of 10000 × 10000 px is too big (at most 50,000,000 pixels)",
        ),
        (
            FigureOptions(LAST, FIRST),
            "the range ends (2000-01-01) before it starts (2000-12-31)",
        ),
        (FigureOptions(FIRST, LAST, page_size="A3"), "the page size must be A4 or Letter (got A3)"),
    ],
)
def test_problems_are_one_english_line(options: FigureOptions, expected: str | None) -> None:
    assert options.problem() == expected
