"""The import benchmark keeps working: a small run of each format reads every generated row
(timings are printed by tests/benchmarks/import_speed.py, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "benchmarks" / "import_speed.py"


@pytest.mark.parametrize("kind", ["timelinejs-csv", "csv", "json"])
def test_a_small_run_reads_every_row(kind: str) -> None:
    run = subprocess.run(
        [sys.executable, str(HARNESS), "--rows", "3000", "--format", kind],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"generated 3,000 rows ({kind}, ")
    assert lines[2].startswith("read 2,997 events, 3 refused, in ")
    assert "rows/s" in lines[2]
    assert lines[3].startswith("peak memory after reading: ")
