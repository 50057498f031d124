"""Killing the app (SIGKILL) while it saves notes loses no note it reported saved.

A kill between a commit and its report leaves a note that may or may not be in the file;
the harness accepts exactly that one announced save (see ``Reported.reconcile``).

Set ``TIMELINE_APP_KILLS`` for more kills than the quick default, e.g.
``TIMELINE_APP_KILLS=60 .venv/bin/python -m pytest tests/durability``.
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import subprocess
from pathlib import Path

import pytest

from tests.durability.helpers import (
    LINE_TIMEOUT,
    ROOT,
    LineReader,
    Reported,
    integrity,
    is_report,
    stop,
    stored_hashes,
    writer_command,
    writer_env,
)

KILLS = int(os.environ.get("TIMELINE_APP_KILLS", "12"))
SEED = int(os.environ.get("TIMELINE_APP_KILL_SEED", "20240605"))


def _fail_silent_writer(process: subprocess.Popen[bytes], stderr_path: Path, saves: int) -> None:
    """Fail with where a writer that printed nothing for LINE_TIMEOUT seconds is stuck."""
    process.send_signal(signal.SIGUSR1)  # the writer's faulthandler prints its stacks
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(2)  # a pause for the stacks to be written (the writer does not exit)
    pytest.fail(
        f"the writer printed nothing for {LINE_TIMEOUT:.0f} s after {saves} saves; its stacks:\n"
        + stderr_path.read_text(errors="replace")
    )


def _run_until_killed(db_path: Path, lines_before_kill: int, seed: int, reported: Reported) -> int:
    """Start a writer, kill it once it has reported ``lines_before_kill`` saves; saves read."""
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
            saves = 0
            try:
                while saves < lines_before_kill:
                    line = reader.next_line()
                    if line is None:
                        break
                    seen.append(line)
                    saves += is_report(line)
            except queue.Empty:
                _fail_silent_writer(process, stderr_path, saves)
            ended_early = saves < lines_before_kill
            process.send_signal(signal.SIGKILL)
            process.wait()
            seen += reader.rest()
        finally:
            stop(process)
    if ended_early:
        pytest.fail(
            f"the writer stopped by itself after {saves} saves (exit {process.returncode}):\n"
            + stderr_path.read_text(errors="replace")
        )
    for line in seen:
        reported.record(line)
    return sum(map(is_report, seen))


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
        problems = reported.reconcile(stored)
        assert not problems, f"after kill {kill + 1} of {KILLS}: " + "; ".join(problems[:20])
    print(
        f"\n{KILLS} kills, {reported.lines} reported saves, "
        f"{len(reported.hashes)} notes verified after every kill, "
        f"{reported.adopted} saves found although the kill came before their report"
    )
