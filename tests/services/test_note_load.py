"""Twenty clients saving notes on one server store at once lose, duplicate and fail none.

The same clients as tests/benchmarks/server_load.py (which runs 20 processes × 100 saves and
prints the latencies), at 20 × 10 here, as threads (twenty spawned processes would take half
a minute of the run to import the app): each with its own store and NoteService. A few
processes check that the benchmark's way of running them works too.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.benchmarks.server_load import (
    ClientReport,
    make_store,
    plans_for,
    run_clients,
    summary_lines,
    verify,
)

pytestmark = pytest.mark.postgres

CLIENTS = 20
SAVES = 10


def test_twenty_clients_saving_at_once_lose_and_duplicate_no_note(
    postgres_url: str, sample_data_dir: Path
) -> None:
    event_ids = make_store(postgres_url, sample_data_dir)
    plans = plans_for(CLIENTS, SAVES, edit_share=0.3, think_ms=0, seed=7)

    reports = run_clients(postgres_url, event_ids, plans, processes=False)
    verdict = verify(postgres_url, reports)

    assert verdict.ok, "\n".join(summary_lines(reports, verdict))
    assert [len(report.latencies_ms) for report in reports] == [SAVES] * CLIENTS
    assert sum(report.edits for report in reports) > 0
    assert verdict.saved == verdict.stored == sum(report.adds for report in reports)


def test_clients_in_separate_processes_report_back(
    postgres_url: str, sample_data_dir: Path
) -> None:
    event_ids = make_store(postgres_url, sample_data_dir)
    plans = plans_for(2, 5, edit_share=0.3, think_ms=1, seed=3)

    reports = run_clients(postgres_url, event_ids, plans)
    verdict = verify(postgres_url, reports)

    assert verdict.ok, "\n".join(summary_lines(reports, verdict))
    assert [report.client for report in reports] == [0, 1]
    assert verdict.saved == sum(report.adds for report in reports) > 0


def test_the_check_finds_a_lost_a_duplicated_and_a_stale_note(
    postgres_url: str, sample_data_dir: Path
) -> None:
    """The verdict above would be worthless if it could not see a note go missing."""
    event_ids = make_store(postgres_url, sample_data_dir)
    [report] = run_clients(
        postgres_url, event_ids, plans_for(1, 3, edit_share=0, think_ms=0, seed=1), processes=False
    )
    assert verify(postgres_url, [report]).ok
    (first_uid, (first_id, _text)), *rest = report.notes.items()

    claims_more = replace(report, notes={**report.notes, "not-stored": (0, "x")})
    claims_less = replace(report, notes=dict(rest))
    claims_other_text = replace(report, notes={**report.notes, first_uid: (first_id, "other")})
    failed = ClientReport(0, errors=["client 0 save 1: the server went away"])

    assert verify(postgres_url, [claims_more]).lost == ["not-stored"]
    assert verify(postgres_url, [claims_less]).duplicated == [first_uid]
    assert verify(postgres_url, [claims_other_text]).stale == [first_uid]
    assert not verify(postgres_url, [report, failed]).ok
