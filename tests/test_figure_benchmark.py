"""tests/benchmarks/figure_speed.py keeps working: a small database, exported through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks import figure_speed


def test_the_figure_benchmark_runs_and_prints_its_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = figure_speed.main(
        ["--events", "2000", "--range", "1992:1995", "--work", str(tmp_path)]
    )
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert "Wrote " in printed
    assert "2,000 events, 1992:1995, PDF: " in printed
    assert "peak RSS" in printed
    assert (tmp_path / "figure.pdf").read_bytes().startswith(b"%PDF")
