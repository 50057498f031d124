"""A large import in one window while another saves: every save gets in, each within 1 s."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from tests.conftest import SAMPLE_DATA
from tests.durability.helpers import LINE_TIMEOUT, ROOT, integrity, writer_env
from timeline_app.services.note_exchange.import_file import FORMAT_NAME, FORMAT_VERSION
from timeline_app.services.note_exchange.service import NoteExchangeService
from timeline_app.services.startup import open_timeline_database

NOTES_IN_FILE = 100_000
#: The longest a save may wait for the import's write lock.
MAX_WAIT_S = 1.0


def _notes_file(path: Path, count: int) -> Path:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    notes = [
        {
            "uid": uuid4().hex,
            "event_id": "e1992-agreement",
            "text": f"imported note {number} — Қазақстан 中哈",
            "created_at": (start + timedelta(seconds=number)).isoformat(),
            "updated_at": (start + timedelta(seconds=number)).isoformat(),
        }
        for number in range(count)
    ]
    path.write_text(
        json.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION, "notes": notes}),
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_saves_in_another_window_wait_under_a_second_during_a_large_import(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "shared.sqlite3"
    source = _notes_file(tmp_path / "many.json", NOTES_IN_FILE)
    database = open_timeline_database(db_path, SAMPLE_DATA)
    ready, stop = tmp_path / "ready", tmp_path / "stop"
    saver = subprocess.Popen(
        [sys.executable, "-m", "tests.durability.paced_saver"]
        + [str(path) for path in (db_path, SAMPLE_DATA, ready, stop)],
        cwd=ROOT,
        env=writer_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + LINE_TIMEOUT
        while not ready.exists():
            assert saver.poll() is None, saver.communicate()
            assert time.monotonic() < deadline, "the saver did not open the database"
            time.sleep(0.01)
        started = time.monotonic()
        report = NoteExchangeService(database.session_factory, db_path).import_json(source)
        import_seconds = time.monotonic() - started
        stop.touch()
        out, err = saver.communicate(timeout=LINE_TIMEOUT)
    finally:
        if saver.poll() is None:
            saver.kill()
            saver.communicate()
        database.dispose()
    lines = out.decode().splitlines()
    failures = [line for line in lines if not line.startswith("waited ")]
    waits = [float(line.split()[1]) for line in lines if line.startswith("waited ")]
    longest = max(waits)
    print(
        f"\nimport of {NOTES_IN_FILE:,} notes took {import_seconds:.1f} s; "
        f"{len(waits)} saves beside it, the longest waited {longest:.3f} s"
    )
    assert saver.returncode == 0, err.decode()
    assert report.added == NOTES_IN_FILE
    assert not failures, failures[:3]
    # The saves really ran while the import did: about one per 0.1 s of it.
    assert len(waits) >= import_seconds / 0.3, (len(waits), import_seconds)
    assert longest < MAX_WAIT_S, f"a save waited {longest:.3f} s"
    assert integrity(db_path) == "ok"
