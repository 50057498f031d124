"""How fast the import writer stores neutral events, and its peak memory.

    python tests/benchmarks/import_store_speed.py [N] [--db PATH]

Writes N (default 1,000,000) generated events into a new collection of a fresh database with
the sample data, through EventImportWriter (batches under a hidden collection, published at
the end, then the column snapshot rebuilt), and prints rows per second and peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.services.collection_helpers import neutral_events
from timeline_app.services.event_import import EventImportWriter, ImportTarget
from timeline_app.services.startup import open_timeline_database

SAMPLE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "sample_data"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    arguments = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = arguments.db or Path(folder.name) / "bench.sqlite3"
    database = open_timeline_database(path, SAMPLE_DATA)
    writer = EventImportWriter(database.session_factory, path)
    last_report = [time.perf_counter()]
    batches_done = [0.0, 0.0]  # time and peak RSS (MB) when the last batch was written

    def progress(written: int) -> None:
        now = time.perf_counter()
        batches_done[:] = [now, _peak_mb()]
        if now - last_report[0] > 5:
            print(f"  {written:,} written", flush=True)
            last_report[0] = now

    started = time.perf_counter()
    written = writer.write(
        ImportTarget("Benchmark"), neutral_events(arguments.count), progress=progress
    )
    elapsed = time.perf_counter() - started
    database.dispose()
    size_mb = path.stat().st_size / 2**20
    batches = batches_done[0] - started
    print(
        f"{written.count:,} events in {elapsed:.1f} s: {written.count / elapsed:,.0f} rows/s "
        f"(batches {batches:.1f} s, {written.count / batches:,.0f} rows/s; publishing and the "
        f"snapshot rebuild {elapsed - batches:.1f} s); peak RSS {_peak_mb():.0f} MB "
        f"({batches_done[1]:.0f} MB when the batches were written); database {size_mb:.0f} MB"
    )
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
