"""Benchmark: --export-image of a big timeline to PDF (seconds and peak memory of the process).

    python tests/benchmarks/figure_speed.py [--events 1000000] [--range 1992:2024]
        [--format pdf|png|svg] [--work DIR]

Builds a database of ``--events`` synthetic events with bench.py's generator (kept in
``--work`` for the next run), then runs ``timeline-app --db DB --export-image FILE --range …``
in a child process, as a user would, and prints its wall time, its peak resident memory
(ru_maxrss of the child, from wait4) and the command's own summary line. Numbers are printed,
never asserted. Target (issue 16): 1992–2024 of 1,000,000 events to PDF in under 30 s and
500 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.synthetic_data import make_db  # noqa: E402


def export_in_child(
    db: Path, target: Path, range_text: str, work: Path
) -> tuple[float, float, str, int]:
    """(seconds, peak RSS in MB, stdout + stderr, exit status) of one --export-image run."""
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
    )
    command = [
        sys.executable,
        "-m",
        "timeline_app",
        "--db",
        str(db),
        "--export-image",
        str(target),
        "--range",
        range_text,
    ]
    output = work / "output.txt"
    began = time.perf_counter()
    with output.open("w", encoding="utf-8") as sink:
        child = subprocess.Popen(command, env=environment, stdout=sink, stderr=sink)
        _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux.
    return seconds, usage.ru_maxrss / 1024, output.read_text(encoding="utf-8"), child.returncode


def main(argv: Sequence[str] | None = None) -> int:
    """Make (or reuse) the database, export, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--range", default="1992:2024")
    parser.add_argument("--format", choices=("pdf", "png", "svg"), default="pdf")
    parser.add_argument("--work", type=Path, help="keep the database here (default: temporary)")
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="figure-speed-") as scratch:
        work = arguments.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        db = work / f"bench-{arguments.events}.sqlite3"
        if not db.exists():
            began = time.perf_counter()
            make_db(arguments.events, db)
            print(f"made {db} in {time.perf_counter() - began:.1f} s")
        target = work / f"figure.{arguments.format}"
        seconds, peak_mb, output, status = export_in_child(db, target, arguments.range, work)
        print(output.strip())
        size = target.stat().st_size if target.exists() else 0
        print(
            f"{arguments.events:,} events, {arguments.range}, {arguments.format.upper()}: "
            f"{seconds:.2f} s, peak RSS {peak_mb:.0f} MB, {size / 1e6:.1f} MB file, "
            f"exit status {status}"
        )
        return status


if __name__ == "__main__":
    sys.exit(main())
