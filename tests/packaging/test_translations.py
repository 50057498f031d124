"""The interface catalogues are complete, current and well-formed in every language."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from timeline_app.packaging.translations import (
    CATALOGUE_LANGUAGES,
    TRANSLATED_LANGUAGES,
    Message,
    catalogue_path,
    compiled_path,
    read_catalogue,
    release,
    update,
)

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")
#: Names that stay as they are in every language.
FORMAT_NAMES = ("PDF", "CSV", "JSON", "Markdown", "SQLite", "PNG", "SVG", "TOML", "HTML")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _catalogue(code: str) -> list[Message]:
    return read_catalogue(catalogue_path(code))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """The catalogues as lupdate makes them from today's sources."""
    folder = tmp_path_factory.mktemp("catalogues")
    copies = {}
    for code in CATALOGUE_LANGUAGES:
        copies[code] = folder / catalogue_path(code).name
        shutil.copy(catalogue_path(code), copies[code])
    update([copies["en"]], plurals_only=True)
    update([copies[code] for code in TRANSLATED_LANGUAGES])
    return {code: read_catalogue(path) for code, path in copies.items()}


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_the_catalogue_holds_exactly_the_strings_of_the_sources(
    code: str, extracted: dict[str, list[Message]]
) -> None:
    committed = {message.key for message in _catalogue(code)}
    current = {message.key for message in extracted[code]}
    assert not current - committed, (
        f"strings new in the sources: run `python -m timeline_app.packaging.translations update`, "
        f"translate them and `… release`: {sorted(current - committed)[:20]}"
    )
    assert not committed - current, (
        f"strings gone from the sources: {sorted(committed - current)[:20]}"
    )


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_every_string_is_translated(code: str) -> None:
    messages = _catalogue(code)
    assert messages, f"{code}: empty catalogue"
    missing = [message.source for message in messages if not message.finished]
    assert not missing, f"{code}: {len(missing)} untranslated, e.g. {missing[:15]}"


def test_the_english_catalogue_gives_each_count_its_singular() -> None:
    for message in _catalogue("en"):
        assert message.numerus, message.source
        singular, plural = message.translations
        assert plural == message.source
        assert singular and ("%n" in singular or "%Ln" in singular or "%n" not in plural)


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_format_names(code: str) -> None:
    problems = []
    for message in _catalogue(code):
        wanted = sorted(set(PLACEHOLDER.findall(message.source)))
        for text in message.translations:
            found = sorted(set(PLACEHOLDER.findall(text)))
            if message.numerus and "%n" in wanted and "%Ln" in found:
                found = sorted({*found} - {"%Ln"} | {"%n"})
            if found != wanted:
                problems.append(f"{message.source!r} → {text!r}: placeholders {found} ≠ {wanted}")
            if "&" in message.source.replace("&&", "") and "&" not in text.replace("&&", ""):
                problems.append(f"{message.source!r} → {text!r}: lost its keyboard accelerator")
            for name in FORMAT_NAMES:
                if re.search(rf"\b{name}\b", message.source) and name not in text:
                    problems.append(f"{message.source!r} → {text!r}: {name} must stay {name}")
    assert not problems, "\n".join(problems[:30])


def test_kazakh_is_kazakh_not_russian() -> None:
    russian = {message.key: message.translations for message in _catalogue("ru")}
    kazakh = _catalogue("kk")
    worded = [m for m in kazakh if len(re.findall(r"(?<![{\w])[A-Za-z]{2,}", m.source)) >= 3]
    same = [m.source for m in worded if m.translations == russian.get(m.key)]
    assert len(same) <= len(worded) // 50, f"Kazakh identical to Russian: {same[:20]}"
    with_own_letters = [m for m in worded if KAZAKH_LETTERS & set("".join(m.translations))]
    assert len(with_own_letters) >= len(worded) // 2, (
        "Kazakh lacks its own letters (ә ғ қ ң ө ұ ү һ і)"
    )


def test_chinese_has_no_cyrillic() -> None:
    bad = [m.source for m in _catalogue("zh") if any(CYRILLIC.search(t) for t in m.translations)]
    assert not bad, bad[:20]


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_the_compiled_catalogue_is_current(code: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{code}.qm"
    release(catalogue_path(code), fresh)
    assert compiled_path(code).read_bytes() == fresh.read_bytes(), (
        f"{compiled_path(code).name} is out of date: run `python -m timeline_app.packaging.translations release`"
    )
