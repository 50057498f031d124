"""The user guide in every language has the same sections, in the same order, as the English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def _section_ids(path: Path) -> list[str]:
    return re.findall(r'<h3 id="([^"]+)"', path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["kk", "ru", "zh"])
def test_a_translated_guide_has_every_section_of_the_english(language: str) -> None:
    english = _section_ids(RESOURCES / "user_guide.html")
    assert {"own-events", "collections", "figures", "citations"} <= set(english)
    assert _section_ids(RESOURCES / f"user_guide.{language}.html") == english
