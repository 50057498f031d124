"""Two copies of the app on one database: both save without "database is locked", nothing lost."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.conftest import SAMPLE_DATA
from tests.durability.helpers import (
    LINE_TIMEOUT,
    ROOT,
    Reported,
    integrity,
    missing_or_changed,
    stop,
    stored_hashes,
    writer_command,
    writer_env,
)
from timeline_app.persistence import database as database_module
from timeline_app.persistence.database import Database
from timeline_app.persistence.migrations import SchemaState
from timeline_app.persistence.orm import Base
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

SAVES_EACH = 150


def _wait_for_all(paths: list[Path], processes: list[subprocess.Popen[bytes]]) -> None:
    deadline = time.monotonic() + LINE_TIMEOUT
    while not all(path.exists() for path in paths):
        assert time.monotonic() < deadline, "the writers did not open the database"
        assert all(process.poll() is None for process in processes), "a writer stopped early"
        time.sleep(0.005)


def _run_two_writers(db_path: Path) -> tuple[Reported, list[list[int]], list[str]]:
    """Run two writers of ``SAVES_EACH`` saves at once: what they reported, the ids of the
    notes each added, and failures. Both open the database first and start saving together."""
    go = db_path.with_name(f"{db_path.stem}-go")
    ready = [db_path.with_name(f"{db_path.stem}-ready-{seed}") for seed in (1, 2)]
    processes = [
        subprocess.Popen(
            writer_command(
                db_path,
                *("--count", str(SAVES_EACH), "--seed", str(seed)),
                *("--ready", str(ready_file), "--go", str(go)),
            ),
            cwd=ROOT,
            env=writer_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for seed, ready_file in zip((1, 2), ready, strict=True)
    ]
    reported = Reported()
    added: list[list[int]] = []
    failures: list[str] = []
    try:
        _wait_for_all(ready, processes)
        go.touch()
        for number, process in enumerate(processes, start=1):
            out, err = process.communicate(timeout=LINE_TIMEOUT * 2)
            added.append(
                [int(line.split()[1]) for line in out.splitlines() if line.startswith(b"saved ")]
            )
            for line in out.splitlines(keepends=True):
                reported.record(line)
            if process.returncode != 0 or b"locked" in err:
                failures.append(
                    f"writer {number} exit {process.returncode}:\n{err.decode(errors='replace')}"
                )
    finally:
        for process in processes:
            stop(process)
    return reported, added, failures


def test_two_writers_on_an_existing_database_both_succeed(tmp_path: Path) -> None:
    """Two processes adding and editing notes at once both finish and keep every note."""
    # SQLite's busy handler backs off for up to 100 ms at a time, so now and then one writer
    # makes all its saves before the other gets the lock: no race was tested then (every run
    # is still checked for loss), and the pair runs again on a fresh file, at most three times.
    for attempt in range(3):
        db_path = tmp_path / f"shared-{attempt}.sqlite3"
        open_timeline_database(db_path, SAMPLE_DATA).dispose()
        reported, (first, second), failures = _run_two_writers(db_path)
        assert not failures, "\n".join(failures)
        assert reported.lines == 2 * SAVES_EACH
        assert integrity(db_path) == "ok"
        assert not missing_or_changed(reported, stored_hashes(db_path))
        assert first and second
        # Note ids are handed out in commit order: the race happened when each writer
        # committed notes while the other was between its first and its last commit.
        if min(first) < max(second) and min(second) < max(first):
            return
    pytest.fail(f"the two writers never overlapped in 3 runs: {first}, {second}")


def test_a_note_added_in_one_instance_is_seen_by_another(tmp_path: Path) -> None:
    """Two open databases on one file: adds, edits and deletes show up in the other at once."""
    db_path = tmp_path / "two-instances.sqlite3"
    first = open_timeline_database(db_path, SAMPLE_DATA)
    second = open_timeline_database(db_path, SAMPLE_DATA)
    try:
        notes_a = NoteService(first.session_factory, db_path)
        notes_b = NoteService(second.session_factory, db_path)
        assert notes_b.notes_for("e2017-expo") == []
        note, _ = notes_a.add_note("e2017-expo", "Көрме 世博会 🎡")
        assert [(n.id, n.text) for n in notes_b.notes_for("e2017-expo")] == [(note.id, note.text)]
        notes_b.update_note(note.id, "edited in the second window")
        assert [n.text for n in notes_a.notes_for("e2017-expo")] == ["edited in the second window"]
        notes_a.delete_note(note.id)
        assert notes_b.notes_for("e2017-expo") == []
    finally:
        first.dispose()
        second.dispose()


def test_two_instances_starting_on_a_new_file_both_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second instance that creates the tables while the first is about to does not break it."""
    db_path = tmp_path / "fresh.sqlite3"
    others: list[Database] = []
    started: list[bool] = []
    opened_as_new: list[bool] = []
    open_writable = database_module._open_writable

    def recording_open(path: Path, schema: SchemaState | None) -> Database:
        opened_as_new.append(schema is None)
        return open_writable(path, schema)

    monkeypatch.setattr(database_module, "_open_writable", recording_open)

    def second_instance_starts(*_args: object, **_kwargs: object) -> None:
        # Runs once the first instance has decided which tables to create, before it creates
        # them; the second instance's own create_all comes through here too, hence the flag.
        if not started:
            started.append(True)
            others.append(open_timeline_database(db_path, SAMPLE_DATA))

    event.listen(Base.metadata, "before_create", second_instance_starts)
    try:
        open_timeline_database(db_path, SAMPLE_DATA).dispose()
    finally:
        event.remove(Base.metadata, "before_create", second_instance_starts)
        for other in others:
            other.dispose()
    # The race happened: the second instance opened inside the first one's creation, and the
    # first, finding the tables made, opened the file again as an existing database.
    assert started == [True] and len(others) == 1
    assert opened_as_new == [True, True, False]
