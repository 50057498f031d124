"""Many clients saving notes on one server store at once: latency, and not one note lost.

    python tests/benchmarks/server_load.py [--clients 20] [--saves 100] [--think-ms 0]
                                           [--edits 0.2] [--url URL] [--seed 1]

Starts a throwaway PostgreSQL server (tests/postgres_server.py; or uses the empty database at
``--url``) and makes a store as ``--init-store`` would (schema, the curated chronology). Then
``--clients`` separate processes (multiprocessing, spawn), each opening the store and building
its NoteService as the app does, wait for one another and save ``--saves`` notes each as fast
as they can (or ``--think-ms`` apart): new notes on random curated events, and a share
(``--edits``) of edits of a note the client added earlier, saved with the version check
(NoteService.save_edit).

Every save's latency is recorded. At the end each client's account of what it saved (note
uid, id and final text) is compared with the notes the store holds: a note a client saved
that the store lacks is lost; a note the store holds twice, or that no client saved, is
duplicated; a note whose stored text is not the last one saved is stale. Prints saves,
errors, lost/duplicated/stale notes, p50/p95/p99/max latency and throughput; exits 1 when
any note is lost, duplicated or stale or any save failed.

tests/services/test_note_load.py runs the same clients at a smaller size.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Seconds a client waits for the others to be ready before it gives up.
READY_TIMEOUT_S = 120


class _Barrier(Protocol):
    """threading.Barrier or a multiprocessing one."""

    def wait(self, timeout: float | None = None) -> int: ...

    def abort(self) -> None: ...


@dataclass(frozen=True, slots=True)
class ClientPlan:
    """What one client does: its number, how many saves, how often an edit, the pause."""

    client: int
    saves: int
    edit_share: float
    think_ms: float
    seed: int


@dataclass
class ClientReport:
    """What one client saw: each save's latency, its errors, and the notes it saved
    (uid → (id, last text saved))."""

    client: int
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: dict[str, tuple[int, str]] = field(default_factory=dict)
    adds: int = 0
    edits: int = 0
    started: float = 0.0
    finished: float = 0.0


def author_of(client: int) -> str:
    """The author a client asks for (a server records the role instead: the load's notes are
    told apart by their text, see LOAD_TEXT)."""
    return f"load-client-{client:03d}"


#: How every note of the load begins (tells its notes apart from others in the store).
LOAD_TEXT = "Load note "


def run_client(
    url: str, event_ids: Sequence[str], plan: ClientPlan, ready: _Barrier
) -> ClientReport:
    """One client: open the store as the app does, wait for the others, save, report."""
    from timeline_app.domain.models import Note
    from timeline_app.persistence.server_database import open_server_database, shown_url
    from timeline_app.services.note_service import NoteService

    report = ClientReport(plan.client)
    rng = random.Random(plan.seed * 1_000 + plan.client)
    database = open_server_database(url)
    try:
        notes = NoteService(database.session_factory, shown_url(url), author=author_of(plan.client))
        notes.notes_for(event_ids[0])  # connected before the start, as an open window is
        ready.wait(READY_TIMEOUT_S)
        report.started = time.time()
        mine: list[Note] = []
        for number in range(plan.saves):
            text = f"{LOAD_TEXT}{plan.client}-{number}: ещё 中文 ({rng.random():.6f})"
            began = time.perf_counter()
            try:
                if mine and rng.random() < plan.edit_share:
                    index = rng.randrange(len(mine))
                    saved = notes.save_edit(mine[index].id, text, mine[index].updated_at)
                    note = saved.note
                    if saved.kept_as_new:
                        mine.append(note)
                    else:
                        mine[index] = note
                    report.edits += 1
                else:
                    note, _changes = notes.add_note(rng.choice(event_ids), text)
                    mine.append(note)
                    report.adds += 1
            except Exception as error:  # every failure is counted and reported, in one line
                report.errors.append(f"client {plan.client} save {number}: {error}")
            else:
                report.notes[note.uid] = (note.id, note.text)
            report.latencies_ms.append((time.perf_counter() - began) * 1000)
            if plan.think_ms:
                time.sleep(plan.think_ms / 1000)
        report.finished = time.time()
    finally:
        database.dispose()
    return report


def _client_process(
    url: str, event_ids: Sequence[str], plan: ClientPlan, ready: _Barrier, results: Any
) -> None:
    try:
        report = run_client(url, event_ids, plan, ready)
    except Exception as error:
        ready.abort()  # the others stop waiting for this one
        report = ClientReport(plan.client, errors=[f"client {plan.client}: {error}"])
    # A plain dict: a class defined in a script is not the same class in the parent.
    results.put(asdict(report))


def make_store(url: str, data_dir: Path | None = None) -> list[str]:
    """Make the store at ``url`` (schema and curated chronology); the curated event ids."""
    from timeline_app.persistence.server_database import create_server_schema, open_server_database
    from timeline_app.services.startup import bring_up_to_date
    from timeline_app.services.timeline_service import TimelineService

    database = open_server_database(url)
    try:
        create_server_schema(database.engine)
        bring_up_to_date(database, data_dir)
        timeline = TimelineService(database.session_factory, url)
        keys = timeline.columns().keys.tolist()
        return sorted(timeline.ids(keys).values())
    finally:
        database.dispose()


def run_clients(
    url: str, event_ids: Sequence[str], plans: Sequence[ClientPlan], *, processes: bool = True
) -> list[ClientReport]:
    """Run every plan at once, in separate processes (spawned) or threads; their reports."""
    if not processes:
        barrier = threading.Barrier(len(plans))
        reports: list[ClientReport] = []
        lock = threading.Lock()

        def client(plan: ClientPlan) -> None:
            try:
                report = run_client(url, event_ids, plan, barrier)
            except Exception as error:
                barrier.abort()
                report = ClientReport(plan.client, errors=[f"client {plan.client}: {error}"])
            with lock:
                reports.append(report)

        threads = [threading.Thread(target=client, args=(plan,)) for plan in plans]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return sorted(reports, key=lambda report: report.client)
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(len(plans))
    results = context.Queue()
    workers = [
        context.Process(target=_client_process, args=(url, list(event_ids), plan, ready, results))
        for plan in plans
    ]
    for worker in workers:
        worker.start()
    collected = [ClientReport(**results.get(timeout=READY_TIMEOUT_S + 600)) for _plan in plans]
    for worker in workers:
        worker.join()
    return sorted(collected, key=lambda report: report.client)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The store's notes against what the clients say they saved."""

    saved: int
    stored: int
    lost: list[str]
    duplicated: list[str]
    stale: list[str]
    errors: list[str]

    @property
    def ok(self) -> bool:
        """True when nothing was lost, duplicated or stale and no save failed."""
        return not (self.lost or self.duplicated or self.stale or self.errors)


def verify(url: str, reports: Sequence[ClientReport]) -> Verdict:
    """Compare the clients' notes with the store's, by uid and id, exactly."""
    from timeline_app.persistence.note_repository import NoteRepository
    from timeline_app.persistence.server_database import open_server_database

    database = open_server_database(url)
    try:
        with database.session_factory() as session:
            stored = NoteRepository(session).all_notes()
    finally:
        database.dispose()
    stored = [note for note in stored if note.text.startswith(LOAD_TEXT)]
    counts = Counter(note.uid for note in stored)
    by_uid = {note.uid: note for note in stored}
    expected: dict[str, tuple[int, str]] = {}
    for report in reports:
        expected.update(report.notes)
    lost = [uid for uid in expected if uid not in by_uid]
    duplicated = [uid for uid, count in counts.items() if count > 1 or uid not in expected]
    duplicated += [
        f"id {note_id}" for note_id, count in Counter(n.id for n in stored).items() if count > 1
    ]
    stale = [
        uid
        for uid, (note_id, text) in expected.items()
        if uid in by_uid and (by_uid[uid].id != note_id or by_uid[uid].text != text)
    ]
    errors = [error for report in reports for error in report.errors]
    return Verdict(len(expected), len(stored), lost, duplicated, stale, errors)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share 0.95 → p95)."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


def summary_lines(reports: Sequence[ClientReport], verdict: Verdict) -> list[str]:
    """What the run did, in a few printable lines."""
    latencies = [latency for report in reports for latency in report.latencies_ms]
    started = [report.started for report in reports if report.started]
    finished = [report.finished for report in reports if report.finished]
    wall = max(finished) - min(started) if started and finished else float("nan")
    adds = sum(report.adds for report in reports)
    edits = sum(report.edits for report in reports)
    lines = [
        f"clients {len(reports)}: {len(latencies)} saves ({adds} new notes, {edits} edits) in "
        f"{wall:.2f} s: {len(latencies) / wall:,.0f} saves/s",
        f"errors {len(verdict.errors)}; notes saved {verdict.saved}, in the store "
        f"{verdict.stored}: lost {len(verdict.lost)}, duplicated {len(verdict.duplicated)}, "
        f"stale {len(verdict.stale)}",
    ]
    if latencies:
        lines.append(
            "save latency ms: "
            + ", ".join(
                f"{name} {percentile(latencies, share):.1f}"
                for name, share in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0))
            )
        )
    lines += [f"  {problem}" for problem in (verdict.errors + verdict.lost)[:10]]
    lines += [f"  duplicated: {uid}" for uid in verdict.duplicated[:10]]
    lines += [f"  stale: {uid}" for uid in verdict.stale[:10]]
    return lines


def plans_for(
    clients: int, saves: int, edit_share: float, think_ms: float, seed: int
) -> list[ClientPlan]:
    """One plan per client."""
    return [ClientPlan(client, saves, edit_share, think_ms, seed) for client in range(clients)]


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


def main(argv: Sequence[str] | None = None, output: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--saves", type=int, default=100, help="saves per client")
    parser.add_argument("--think-ms", type=float, default=0.0, help="pause between saves")
    parser.add_argument("--edits", type=float, default=0.2, help="share of saves that edit")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--url", help="an empty database to use (default: a throwaway server)")
    arguments = parser.parse_args(argv)
    with ExitStack() as stack:
        url = _server_url(stack, arguments.url)
        event_ids = make_store(url)
        plans = plans_for(
            arguments.clients, arguments.saves, arguments.edits, arguments.think_ms, arguments.seed
        )
        reports = run_clients(url, event_ids, plans)
        verdict = verify(url, reports)
    for line in summary_lines(reports, verdict):
        output(line)
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
