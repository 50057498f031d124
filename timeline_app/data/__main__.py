"""``python -m timeline_app.data check [FOLDER]``: validate a data folder and print counts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.problems import DataValidationError
from timeline_app.data.schema import Dataset, EventSpec
from timeline_app.data.translations import (
    missing_translations,
    untranslated_categories,
    untranslated_roles,
)
from timeline_app.data.validation import summary_counts
from timeline_app.domain.translations import TRANSLATION_LANGUAGES

#: Whether an event without a title and summary in every language fails the check: on, so
#: no translation goes missing when an event is added or changed.
#: ``--require-translations`` / ``--allow-missing-translations`` decide for one run.
TRANSLATIONS_REQUIRED = True


def _report(dataset: Dataset) -> str:
    counts = summary_counts(dataset.events)
    years = sorted(counts["year"])
    lines = [
        f"data_version {dataset.data_version}: OK",
        f"events: {len(dataset.events)}",
        f"sources: {len(dataset.sources)}",
        f"places: {len(dataset.places)}",
        f"people and organisations: {len(dataset.people)}",
        f"glossary terms: {len(dataset.glossary)}",
        f"years covered: {len(years)} ({years[0]}–{years[-1]})" if years else "years covered: 0",
        "events by category: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts["category"].items())),
        "events by confidence: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts["confidence"].items())),
        "events by year: " + ", ".join(f"{k}:{v}" for k, v in sorted(counts["year"].items())),
        "translated (title and summary): "
        + ", ".join(
            f"{language} {sum(1 for e in dataset.events if language in _languages(e))}"
            f"/{len(dataset.events)}"
            for language in TRANSLATION_LANGUAGES
        ),
    ]
    return "\n".join(lines)


def _languages(event: EventSpec) -> set[str]:
    return {translation.language for translation in event.translations}


def _check_names(dataset: Dataset) -> bool:
    """Print categories lacking a name and roles lacking a translation; False when a category
    lacks one (that always fails the check: there are few, and the legend shows them)."""
    for role in untranslated_roles(dataset.people):
        print(f"info: {role} (the English role is shown)")
    categories = untranslated_categories(dataset.categories)
    for item in categories:
        print(f"error: {item}", file=sys.stderr)
    if categories:
        print(
            f"{len(categories)} missing category name(s); add them to the [[category]] tables.",
            file=sys.stderr,
        )
    return not categories


def _check_translations(dataset: Dataset, required: bool) -> bool:
    """Print what is untranslated; False when that fails the check."""
    missing, bodies = missing_translations([(event.file, event) for event in dataset.events])
    for item in bodies:
        print(f"info: {item} (the English body is shown)")
    if missing and not required:
        print(
            f"warning: {len(missing)} missing translation(s) (title and summary); "
            "--require-translations lists them and fails",
            file=sys.stderr,
        )
        return True
    for item in missing:
        print(f"error: {item}", file=sys.stderr)
    if missing:
        print(
            f"{len(missing)} missing translation(s); add them and run the check again.",
            file=sys.stderr,
        )
        return False
    return True


def _check_access_dates(dataset: Dataset) -> None:
    """Warn about sources without an access date (optional in the format; citations then
    give none)."""
    lacking = [source.id for source in dataset.sources if source.accessed is None]
    for source_id in lacking:
        print(f"warning: source {source_id!r} has no access date (accessed)", file=sys.stderr)
    if lacking:
        print(
            f"warning: {len(lacking)} source(s) without an access date; their citations give none",
            file=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the data command line; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m timeline_app.data")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate a data folder and print counts")
    check.add_argument(
        "folder", nargs="?", type=Path, help="data folder (default: the bundled data)"
    )
    strictness = check.add_mutually_exclusive_group()
    strictness.add_argument(
        "--require-translations",
        dest="require_translations",
        action="store_true",
        default=TRANSLATIONS_REQUIRED,
        help="fail when an event lacks a title or summary in kk, ru or zh",
    )
    strictness.add_argument(
        "--allow-missing-translations",
        dest="require_translations",
        action="store_false",
        help="list missing translations as warnings only",
    )
    arguments = parser.parse_args(argv)
    folder = arguments.folder if arguments.folder is not None else bundled_data_dir()
    try:
        dataset = load_dataset(folder)
    except DataValidationError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(
            f"{len(error.problems)} problem(s) in {folder}; fix them and run the check again.",
            file=sys.stderr,
        )
        return 1
    print(_report(dataset))
    _check_access_dates(dataset)
    names_complete = _check_names(dataset)
    translated = _check_translations(dataset, arguments.require_translations)
    return 0 if names_complete and translated else 1


if __name__ == "__main__":
    sys.exit(main())
