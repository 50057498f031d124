"""Killing the app (SIGKILL) while it saves notes loses no note it reported saved.

Set ``TIMELINE_APP_KILLS`` for more kills than the quick default, e.g.
``TIMELINE_APP_KILLS=60 .venv/bin/python -m pytest tests/durability``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
from pathlib import Path

import pytest

from tests.durability.helpers import (
    ROOT,
    LineReader,
    Reported,
    integrity,
    missing_or_changed,
    stop,
    stored_hashes,
    writer_command,
    writer_env,
)

KILLS = int(os.environ.get("TIMELINE_APP_KILLS", "12"))
SEED = int(os.environ.get("TIMELINE_APP_KILL_SEED", "20240605"))


def _run_until_killed(db_path: Path, lines_before_kill: int, seed: int, reported: Reported) -> int:
    """Start a writer, kill it once it has reported ``lines_before_kill`` saves; lines read."""
    stderr_path = db_path.with_name(f"writer-{seed}.stderr")
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            writer_command(db_path, "--seed", str(seed), "--edit-existing"),
            cwd=ROOT,
            env=writer_env(),
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        try:
            assert process.stdout is not None
            reader = LineReader(process.stdout)
            seen: list[bytes] = []
            while len(seen) < lines_before_kill:
                line = reader.next_line()
                if line is None:
                    break
                seen.append(line)
            ended_early = len(seen) < lines_before_kill
            process.send_signal(signal.SIGKILL)
            process.wait()
            seen += reader.rest()
        finally:
            stop(process)
    if ended_early:
        pytest.fail(
            f"the writer stopped by itself after {len(seen)} saves (exit {process.returncode}):\n"
            + stderr_path.read_text(errors="replace")
        )
    for line in seen:
        reported.record(line)
    return len(seen)


def test_notes_reported_saved_survive_sigkill(tmp_path: Path) -> None:
    """After each kill the file is intact and holds every reported note with its last text."""
    db_path = tmp_path / "crash.sqlite3"
    rng = random.Random(SEED)
    reported = Reported()
    for kill in range(KILLS):
        _run_until_killed(db_path, rng.randint(1, 40), rng.randrange(2**32), reported)
        # The app's own open comes first: it must accept the file exactly as the kill left it.
        stored = stored_hashes(db_path)
        assert integrity(db_path) == "ok", f"after kill {kill + 1}"
        problems = missing_or_changed(reported, stored)
        assert not problems, f"after kill {kill + 1} of {KILLS}: " + "; ".join(problems[:20])
    print(
        f"\n{KILLS} kills, {reported.lines} reported saves, "
        f"{len(reported.hashes)} notes verified after every kill"
    )
