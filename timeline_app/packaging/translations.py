"""The interface catalogues: extract strings into ``resources/translations/*.ts`` and compile
them to ``.qm`` with Qt's own tools (``pyside6-lupdate``, ``pyside6-lrelease``).

``python -m timeline_app.packaging.translations update`` after changing user-visible strings,
then translate the new entries (Qt Linguist: ``pyside6-linguist resources/translations/*.ts``),
then ``… release``. The compiled ``.qm`` files are committed so an installed app needs no Qt
tools; ``tests/packaging/test_translations.py`` fails when either is out of date.

Source locations are left out of the catalogues (``-locations none``) so moving code does not
change them: a catalogue changes only when a string does.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

#: The languages the interface is translated into (English is the source).
TRANSLATED_LANGUAGES = ("kk", "ru", "zh")
#: Every catalogue: English holds only the counted texts ("%n notes"), whose singular only a
#: catalogue can give; the others hold every string.
CATALOGUE_LANGUAGES = ("en", *TRANSLATED_LANGUAGES)
#: Qt language code each catalogue declares (it decides the plural rules).
CATALOGUE_LOCALES = {"en": "en", "kk": "kk_KZ", "ru": "ru_RU", "zh": "zh_CN"}


def source_root() -> Path:
    """The checkout holding ``timeline_app/`` and ``resources/``."""
    return Path(__file__).resolve().parents[2]


def catalogue_dir(root: Path | None = None) -> Path:
    return (root or source_root()) / "resources" / "translations"


def catalogue_path(code: str, root: Path | None = None) -> Path:
    return catalogue_dir(root) / f"timeline_app_{code}.ts"


def compiled_path(code: str, root: Path | None = None) -> Path:
    return catalogue_dir(root) / f"timeline_app_{code}.qm"


def _tool(name: str) -> str:
    """A Qt tool installed beside this Python (the venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6)")
    return found


def python_sources(root: Path | None = None) -> list[Path]:
    """Every module whose strings may be user-visible (the build tooling is not)."""
    package = (root or source_root()) / "timeline_app"
    return sorted(
        path for path in package.rglob("*.py") if "packaging" not in path.relative_to(package).parts
    )


def update(
    catalogues: Sequence[Path], root: Path | None = None, *, plurals_only: bool = False
) -> str:
    """Bring ``catalogues`` in step with the sources (new strings unfinished, gone ones dropped);
    returns lupdate's report."""
    sources = [str(path) for path in python_sources(root)]
    options = ["-locations", "none", "-no-obsolete", *(["-pluralonly"] if plurals_only else [])]
    result = subprocess.run(
        [_tool("pyside6-lupdate"), *options, *sources, "-ts", *map(str, catalogues)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def empty_catalogue(code: str) -> str:
    """A catalogue with no messages yet, declaring its language."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{CATALOGUE_LOCALES[code]}">\n</TS>\n'
    )


def release(catalogue: Path, compiled: Path) -> None:
    """Compile one catalogue (unfinished entries are left out, so they show in English)."""
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(compiled)],
        capture_output=True,
        text=True,
        check=True,
    )


@dataclass(frozen=True, slots=True)
class Message:
    """One entry of a catalogue."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_catalogue(path: Path) -> list[Message]:
    """The messages of a ``.ts`` file."""
    messages: list[Message] = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                forms = translation.findall("numerusform")
                texts = (
                    tuple(form.text or "" for form in forms)
                    if numerus
                    else (translation.text or "",)
                )
            messages.append(
                Message(
                    context=context_name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    translations=texts,
                    finished=kind == "" and all(texts) and bool(texts),
                )
            )
    return messages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m timeline_app.packaging.translations",
        description="Update the interface catalogues from the sources, or compile them.",
    )
    parser.add_argument("command", choices=("update", "release"))
    options = parser.parse_args(argv)
    codes = CATALOGUE_LANGUAGES
    if options.command == "update":
        for code in codes:
            path = catalogue_path(code)
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(empty_catalogue(code), encoding="utf-8")
        print(update([catalogue_path("en")], plurals_only=True), end="")
        print(update([catalogue_path(code) for code in TRANSLATED_LANGUAGES]), end="")
    else:
        for code in codes:
            release(catalogue_path(code), compiled_path(code))
            print(f"{compiled_path(code).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
