"""How fast a client gets a server store's 1,000,000 events into its columns (issue 17: < 5 s).

    python tests/benchmarks/server_columns.py [--events 1000000] [--url URL] [--keep] [--runs 3]

Starts a throwaway PostgreSQL server (tests/postgres_server.py; or uses the empty database at
``--url``), makes a store as ``--init-store`` would (schema, the bundled curated chronology)
and imports ``events - curated`` generated events into a collection through the app's own
import writer (EventImportWriter: batches under a hidden collection, published at the end,
then the column snapshot rebuilt), printing the fill's rows per second.

Then, each in a FRESH process (no warm imports, no warm caches of ours), it times what a
window does before it can paint: open the store, bring it up to date (bundled data, search
index, snapshot), and ``TimelineService.columns()``. Twice per run:

- ``snapshot``: the stored column snapshot is current (the usual start);
- ``table``: the snapshot is stale (a teammate added an event since it was built), so the
  columns are read from the events table.

Prints seconds and peak RSS for each; timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The import writer's batches are reported every this many seconds.
_REPORT_EVERY_S = 10


def _peak_mb() -> float:
    """This process's peak RSS (VmHWM: ru_maxrss would carry the parent's over exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fill(url: str, events: int) -> None:
    """Make the store: schema, curated chronology, then an imported collection up to ``events``."""
    from tests.services.collection_helpers import neutral_events
    from timeline_app.persistence.server_database import (
        create_server_schema,
        open_server_database,
    )
    from timeline_app.services.event_import import EventImportWriter, ImportTarget
    from timeline_app.services.startup import bring_up_to_date
    from timeline_app.services.timeline_service import TimelineService

    database = open_server_database(url)
    try:
        started = time.perf_counter()
        create_server_schema(database.engine)
        bring_up_to_date(database)
        curated = len(TimelineService(database.session_factory, url).columns())
        print(f"schema and {curated} curated events in {time.perf_counter() - started:.1f} s")
        count = events - curated
        writer = EventImportWriter(database.session_factory, url)
        last = [time.perf_counter(), 0.0]

        def progress(written: int) -> None:
            now = time.perf_counter()
            last[1] = now
            if now - last[0] > _REPORT_EVERY_S:
                print(f"  {written:,} written", flush=True)
                last[0] = now

        started = time.perf_counter()
        written = writer.write(ImportTarget("Benchmark"), neutral_events(count), progress=progress)
        elapsed = time.perf_counter() - started
        batches = last[1] - started
        print(
            f"imported {written.count:,} events in {elapsed:.1f} s: "
            f"{written.count / elapsed:,.0f} rows/s (batches {batches:.1f} s, "
            f"{written.count / batches:,.0f} rows/s; publishing and the snapshot rebuild "
            f"{elapsed - batches:.1f} s); peak RSS {_peak_mb():.0f} MB",
            flush=True,
        )
    finally:
        database.dispose()


def _make_stale(url: str) -> None:
    """Move the events generation on (as a teammate's new event does), leaving the snapshot
    as it was: the next start reads the columns from the table."""
    from timeline_app.persistence.collection_repository import bump_events_generation
    from timeline_app.persistence.server_database import open_server_database

    database = open_server_database(url)
    try:
        with database.session_factory.begin() as session:
            bump_events_generation(session)
    finally:
        database.dispose()


def child_open(url: str, refresh: str) -> dict[str, Any]:
    """In a fresh process: open → up to date → columns, as the window does; the seconds.

    ``refresh``: "startup" runs bring_up_to_date as ``--init-store`` does (it rebuilds the
    stale search index and snapshot, writing them back; a client never does since clients
    write nothing at open); "none" opens and asks for the columns only (what every client
    does: a stale snapshot is read from the table).
    """
    began = time.perf_counter()
    from timeline_app.persistence.server_database import open_server_database
    from timeline_app.services.startup import bring_up_to_date
    from timeline_app.services.timeline_service import TimelineService

    imported = time.perf_counter()
    database = open_server_database(url)
    try:
        if refresh == "startup":
            bring_up_to_date(database)
        up_to_date = time.perf_counter()
        columns = TimelineService(database.session_factory, url).columns()
        done = time.perf_counter()
    finally:
        database.dispose()
    return {
        "events": len(columns),
        "imports_s": round(imported - began, 3),
        "up_to_date_s": round(up_to_date - imported, 3),
        "columns_s": round(done - up_to_date, 3),
        "total_s": round(done - began, 3),
        "rss_mb": round(_peak_mb(), 1),
    }


def _in_child(url: str, refresh: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, __file__, "--child", refresh, "--url", url],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the measuring process failed:\n{completed.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def _server_url(stack: ExitStack, url: str | None) -> str:
    if url is not None:
        return url
    from tests.postgres_server import find_bindir, fresh_database, start_server

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("no PostgreSQL server binary (install Debian's postgresql), or --url")
    server = start_server(bindir)
    stack.callback(server.stop)
    return str(stack.enter_context(fresh_database(server)))


def _print(label: str, results: Sequence[dict[str, Any]]) -> None:
    totals = [result["total_s"] for result in results]
    last = results[-1]
    print(
        f"{label}: {last['events']:,} events; open → columns median "
        f"{statistics.median(totals):.2f} s, max {max(totals):.2f} s "
        f"(last run: imports {last['imports_s']:.2f} s, up to date {last['up_to_date_s']:.2f} s, "
        f"columns {last['columns_s']:.2f} s); peak RSS {max(r['rss_mb'] for r in results):.0f} MB",
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--url", help="an empty database to fill (default: a throwaway server)")
    parser.add_argument("--filled", action="store_true", help="--url is already filled")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per case")
    parser.add_argument("--child", choices=("startup", "none"), help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child is not None:
        print(json.dumps(child_open(arguments.url, arguments.child)))
        return 0
    with ExitStack() as stack:
        url = _server_url(stack, arguments.url)
        if not arguments.filled:
            _fill(url, arguments.events)
        _in_child(url, "startup")  # the snapshot current, whatever state --url was left in
        current = [_in_child(url, "startup") for _run in range(arguments.runs)]
        _print("snapshot current", current)
        table = []
        for _run in range(arguments.runs):
            _make_stale(url)
            table.append(_in_child(url, "none"))
        _print("snapshot stale, read from the table (no rebuild)", table)
        rebuilt = []
        for _run in range(arguments.runs):
            _make_stale(url)
            rebuilt.append(_in_child(url, "startup"))
        _print("snapshot and search index stale, rebuilt as --init-store does", rebuilt)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
