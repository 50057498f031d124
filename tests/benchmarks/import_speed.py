"""Benchmark: reading a big timeline file with timeline_app.interchange (rows/s, peak memory).

    python tests/benchmarks/import_speed.py [--rows 1000000] [--format timelinejs-csv|csv|json]

Generates a file of ``--rows`` rows in a temporary folder (a TimelineJS spreadsheet by default:
years, months, days and times, HTML text with a link, groups, media; one row in a thousand with
a bad month, refused), reads it through ``open_timeline`` the way an import does (counting,
keeping nothing) and prints the rows per second and the process's peak resident memory before
and after reading. Timings are printed, never asserted (tests check the work done instead).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from timeline_app.interchange import (  # noqa: E402
    ColumnMapping,
    Field,
    ImportedEvent,
    open_timeline,
)
from timeline_app.interchange.timelinejs_csv import COLUMNS  # noqa: E402

GROUPS = ("Politics", "Culture", "Trade", "Education", "Science", "Sport", "Media", "Art")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _slides(rows: int) -> Iterator[dict[str, str]]:
    for number in range(rows):
        year = str(1 + (number * 7919) % 9999)
        kind = number % 4
        bad = number % 1000 == 999
        yield {
            "Year": year,
            "Month": "13" if bad else (str(1 + number % 12) if kind else ""),
            "Day": str(1 + number % 28) if kind >= 2 else "",
            "Time": f"{number % 24}:{number % 60:02d}" if kind == 3 else "",
            "End Year": str(int(year) + 1) if number % 5 == 0 and int(year) < 9999 else "",
            "Headline": f"Event number {number}" if number % 10 else "",
            "Text": f"<p>What happened in {year}, see <a href='https://example.org/{number}'>"
            f"the source</a> and more words about it.</p>",
            "Media": f"https://example.org/media/{number}.jpg" if number % 3 == 0 else "",
            "Media Credit": "Archive" if number % 3 == 0 else "",
            "Group": GROUPS[number % len(GROUPS)],
        }


def generate(path: Path, rows: int, kind: str) -> None:
    """Write ``rows`` rows to ``path`` in the format ``kind``."""
    with path.open("w", encoding="utf-8", newline="") as out:
        if kind == "json":
            out.write('{"title": {"text": {"headline": "Benchmark"}}, "events": [\n')
            for number, slide in enumerate(_slides(rows)):
                parts = {"year": slide["Year"], "month": slide["Month"], "day": slide["Day"]}
                event = {"start_date": parts, "group": slide["Group"],
                         "text": {"headline": slide["Headline"], "text": slide["Text"]},
                         "media": {"url": slide["Media"], "credit": slide["Media Credit"]}}  # fmt: skip
                out.write(("," if number else "") + json.dumps(event) + "\n")
            out.write("]}\n")
            return
        writer = csv.writer(out)
        if kind == "csv":
            writer.writerow(("Date", "Title", "Description", "Category"))
            for slide in _slides(rows):
                written = "-".join(part.zfill(2) for part in (slide["Year"], slide["Month"],
                                                              slide["Day"]) if part)  # fmt: skip
                writer.writerow((written, slide["Headline"], slide["Text"], slide["Group"]))
            return
        writer.writerow(COLUMNS)
        for slide in _slides(rows):
            writer.writerow([slide.get(column, "") for column in COLUMNS])


def main() -> int:
    """Generate the file, read it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--format", choices=("timelinejs-csv", "csv", "json"),
                        default="timelinejs-csv")  # fmt: skip
    arguments = parser.parse_args()
    suffix = ".json" if arguments.format == "json" else ".csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"big{suffix}"
        started = time.perf_counter()
        generate(path, arguments.rows, arguments.format)
        size = path.stat().st_size / 1024 / 1024
        print(f"generated {arguments.rows:,} rows ({arguments.format}, {size:.1f} MB) "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        print(f"peak memory before reading: {_peak_mb():.0f} MB")
        mapping = None
        if arguments.format == "csv":
            mapping = ColumnMapping.of({"Date": Field.START, "Title": Field.TITLE,
                                        "Description": Field.TEXT, "Category": Field.CATEGORY})  # fmt: skip
        reader = open_timeline(path, mapping=mapping)
        events = refused = 0
        started = time.perf_counter()
        for item in reader:
            if isinstance(item, ImportedEvent):
                events += 1
            else:
                refused += 1
        elapsed = time.perf_counter() - started
        print(f"read {events:,} events, {refused:,} refused, in {elapsed:.1f} s: "
              f"{arguments.rows / elapsed:,.0f} rows/s ({size / elapsed:.1f} MB/s)")  # fmt: skip
        print(f"peak memory after reading: {_peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
