"""The benchmark harness keeps working: a small database, a small run, the JSON it promises.

Timings are printed by the harness and never asserted here (see tests/benchmarks/bench.py).
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.benchmarks.synthetic_data import synthetic_events

BENCH = Path(__file__).parent / "benchmarks" / "bench.py"


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_zoom_sequence_goes_from_the_whole_period_to_a_day_and_a_half_and_back() -> None:
    bench = load_bench()
    windows = bench.zoom_windows()
    spans = [end - start for start, end in windows]
    assert len(windows) == 26
    assert spans[12] == pytest.approx(1.5)
    assert spans[-1] == pytest.approx(12054)
    assert all(b < a for a, b in itertools.pairwise(spans[:13]))
    first, last = bench.FIRST_DAY, bench.FIRST_DAY + bench.FULL_DAYS
    assert all(first - 1e-6 <= start and end <= last + 1e-6 for start, end in windows)


def test_synthetic_events_mix_instants_and_spans_deterministically() -> None:
    events = list(synthetic_events(2000, seed=3))
    assert events == list(synthetic_events(2000, seed=3))
    kinds = {
        "instant" if e["end_date"] is None else (e["end_date"] - e["start_date"]).days
        for e in events
    }
    assert {"instant", 0, 30} <= kinds and any(isinstance(k, int) and k > 300 for k in kinds)
    assert all(30 <= len(e["title"]) <= 70 for e in events)
    assert len({e["category_id"] for e in events}) == 8


def test_a_small_run_writes_every_figure(tmp_path: Path) -> None:
    database = tmp_path / "bench-300.sqlite3"
    made = subprocess.run(
        [sys.executable, str(BENCH), "make-db", "--events", "300", "--out", str(database)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    output = tmp_path / "results.json"
    ran = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "run",
            "--sizes",
            "300",
            "--startup-runs",
            "2",
            "--repeats",
            "2",
            "--work",
            str(tmp_path),
            "--json",
            str(output),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stderr
    assert "300 events" in ran.stdout
    results = json.loads(output.read_text(encoding="utf-8"))
    assert set(results["startup_s"]) == {"median", "p95", "max"}
    assert results["startup_s"]["median"] < results["startup_data_s"]["median"]
    assert set(results["note_save_ms"]) == {"median", "p95", "max"}
    (size,) = results["sizes"]
    assert size["events"] == 300  # the database written by make-db, opened as it is
    for name in ("zoom_ms", "pan_ms", "query_ms"):
        assert set(size[name]) == {"median", "p95", "max"}
        assert 0 < size[name]["median"] <= size[name]["p95"] <= size[name]["max"]
    assert [len(steps) for steps in size["zoom_steps_ms"]] == [26, 26]
    assert size["rss_mb"] > 0 and size["first_data_paint_s"] > 0
