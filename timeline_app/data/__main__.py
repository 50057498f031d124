"""``python -m timeline_app.data check [FOLDER]``: validate a data folder and print counts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.problems import DataValidationError
from timeline_app.data.schema import Dataset
from timeline_app.data.validation import summary_counts


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
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the data command line; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m timeline_app.data")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate a data folder and print counts")
    check.add_argument(
        "folder", nargs="?", type=Path, help="data folder (default: the bundled data)"
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
