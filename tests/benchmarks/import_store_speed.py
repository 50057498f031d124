"""How fast the import writer stores neutral events, and its peak memory.

    python tests/benchmarks/import_store_speed.py [N] [--db PATH | --url URL | --postgres]

Writes N (default 1,000,000) generated events into a new collection of a fresh database with
the sample data, through EventImportWriter (batches under a hidden collection, published at
the end, then the column snapshot rebuilt), and prints rows per second and peak RSS.
``--url`` imports into an empty PostgreSQL database at that URL (its schema made first);
``--postgres`` starts a throwaway server as the tests do (tests/postgres_server.py) and
imports into a fresh database there.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.services.collection_helpers import neutral_events
from timeline_app.persistence.database import Database
from timeline_app.persistence.server_database import create_server_schema, open_server_database
from timeline_app.services.event_import import EventImportWriter, ImportTarget
from timeline_app.services.startup import bring_up_to_date, open_timeline_database

SAMPLE_DATA = Path(__file__).resolve().parents[1] / "fixtures" / "sample_data"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def _server_url() -> Iterator[str]:
    """A fresh database on a throwaway server, as the tests make one."""
    from tests.postgres_server import fresh_database, running_server

    with running_server() as server, fresh_database(server) as url:
        yield url


def _server_store(url: str) -> Database:
    database = open_server_database(url)
    create_server_schema(database.engine)
    bring_up_to_date(database, SAMPLE_DATA)
    return database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    parser.add_argument("--url", help="an empty PostgreSQL database to import into instead")
    parser.add_argument(
        "--postgres", action="store_true", help="import into a throwaway PostgreSQL server"
    )
    arguments = parser.parse_args()
    with ExitStack() as stack:
        url = stack.enter_context(_server_url()) if arguments.postgres else arguments.url
        return _measure(arguments.count, arguments.db, url)


def _measure(count: int, db: Path | None, url: str | None) -> int:
    folder = tempfile.TemporaryDirectory()
    path = db or Path(folder.name) / "bench.sqlite3"
    database = _server_store(url) if url else open_timeline_database(path, SAMPLE_DATA)
    writer = EventImportWriter(database.session_factory, database.name)
    last_report = [time.perf_counter()]
    batches_done = [0.0, 0.0]  # time and peak RSS (MB) when the last batch was written

    def progress(written: int) -> None:
        now = time.perf_counter()
        batches_done[:] = [now, _peak_mb()]
        if now - last_report[0] > 5:
            print(f"  {written:,} written", flush=True)
            last_report[0] = now

    started = time.perf_counter()
    written = writer.write(ImportTarget("Benchmark"), neutral_events(count), progress=progress)
    elapsed = time.perf_counter() - started
    if url:
        with database.engine.connect() as connection:
            size = connection.exec_driver_sql("SELECT pg_database_size(current_database())")
            size_mb = int(size.scalar_one()) / 2**20
    else:
        size_mb = path.stat().st_size / 2**20
    database.dispose()
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
