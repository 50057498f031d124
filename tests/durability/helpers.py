"""Running the note writer as a child process and checking what it reported against the file."""

from __future__ import annotations

import os
import queue
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tests.conftest import SAMPLE_DATA
from tests.durability.note_writer import sha256_text
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

#: The repository root: the writer runs from here so ``tests.durability`` is importable.
ROOT = Path(__file__).parents[2]
#: Longest wait for one line from a writer, or for a writer to finish, in seconds.
LINE_TIMEOUT = 60.0


def writer_command(db_path: Path, *options: str) -> list[str]:
    """The command line that starts the note writer on ``db_path`` with the sample data."""
    return [
        sys.executable,
        "-m",
        "tests.durability.note_writer",
        str(db_path),
        str(SAMPLE_DATA),
        *options,
    ]


def writer_env() -> dict[str, str]:
    """The environment for a writer: offscreen Qt, and this repository importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


#: The first word of a line announcing a save that has not returned yet.
ANNOUNCEMENTS = (b"adding ", b"editing ")


def is_report(line: bytes) -> bool:
    """True for a line reporting a finished save, False for an announcement."""
    return not line.startswith(ANNOUNCEMENTS)


@dataclass(frozen=True)
class Announced:
    """A save a writer started but did not report: a new note (id None) or an edit."""

    note_id: int | None
    digest: str


@dataclass
class Reported:
    """What writers reported: the last text hash of every note known to exist, and how many
    lines; and the save announced but not reported when a writer was killed, if any.

    A kill can fall between the commit and the report: that note may or may not be in the
    file. ``reconcile`` accepts exactly that one announced change, and adopts it when it is
    found, so that the next writer (which lists the notes it finds in the file) may edit it.
    """

    hashes: dict[int, str] = field(default_factory=dict)
    lines: int = 0
    announced: Announced | None = None
    #: saves found in the file after a kill although never reported
    adopted: int = 0

    def record(self, line: bytes) -> None:
        """Take one complete line (``adding <sha256>``, ``editing|saved|edited <id> <sha256>``)."""
        verb, *rest = line.decode("ascii").split()
        if verb == "adding":
            self.announced = Announced(None, rest[0])
            return
        note_id, digest = int(rest[0]), rest[1]
        assert verb in {"editing", "saved", "edited"}, line
        assert verb == "saved" or note_id in self.hashes, f"edit of an unknown note: {line!r}"
        if verb == "editing":
            self.announced = Announced(note_id, digest)
            return
        self.hashes[note_id] = digest
        self.lines += 1
        self.announced = None

    def reconcile(self, stored: dict[int, str]) -> list[str]:
        """Check the file after a kill: every reported note present with its last text, no
        note nobody wrote; the one announced save may be there or not (it is adopted if so)."""
        announced, self.announced = self.announced, None
        problems: list[str] = []
        for note_id, digest in sorted(self.hashes.items()):
            found = stored.get(note_id)
            if found is None:
                problems.append(f"note {note_id} is missing")
            elif found != digest and announced == Announced(note_id, found):
                self.hashes[note_id] = found
                self.adopted += 1
            elif found != digest:
                problems.append(f"note {note_id} has other text than last reported")
        for note_id in sorted(set(stored) - set(self.hashes)):
            if announced == Announced(None, stored[note_id]):
                self.hashes[note_id] = stored[note_id]
                self.adopted += 1
                announced = None  # one announced note; a second copy would be a phantom
                continue
            problems.append(f"note {note_id} is in the file but no writer announced it")
        return problems


class LineReader:
    """Reads a child's stdout on a thread; complete lines arrive on a queue, then None at EOF."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.lines: queue.Queue[bytes | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for line in self._stream:
            # A line without its newline was cut by the kill: the writer never finished it.
            if line.endswith(b"\n"):
                self.lines.put(line)
        self.lines.put(None)

    def next_line(self, timeout: float = LINE_TIMEOUT) -> bytes | None:
        """The next complete line, or None once the stream has ended."""
        return self.lines.get(timeout=timeout)

    def rest(self, timeout: float = LINE_TIMEOUT) -> list[bytes]:
        """Every remaining complete line, up to the end of the stream."""
        remaining: list[bytes] = []
        while (line := self.next_line(timeout)) is not None:
            remaining.append(line)
        self._thread.join(timeout)
        return remaining


def integrity(db_path: Path) -> str:
    """SQLite's full integrity check of the file (``ok`` when healthy)."""
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    return "\n".join(str(row[0]) for row in rows)


def stored_hashes(db_path: Path) -> dict[int, str]:
    """Every note in the file, id -> text hash, read the way the app reads it."""
    database = open_timeline_database(db_path, SAMPLE_DATA)
    try:
        notes = NoteService(database.session_factory, db_path)
        with database.engine.connect() as connection:
            event_ids = [
                row[0] for row in connection.exec_driver_sql("SELECT DISTINCT event_id FROM notes")
            ]
        return {
            note.id: sha256_text(note.text)
            for event_id in event_ids
            for note in notes.notes_for(event_id)
        }
    finally:
        database.dispose()


def missing_or_changed(reported: Reported, stored: dict[int, str]) -> list[str]:
    """Reported notes that are absent, or whose text is not the last one reported."""
    problems: list[str] = []
    for note_id, digest in sorted(reported.hashes.items()):
        if note_id not in stored:
            problems.append(f"note {note_id} is missing")
        elif stored[note_id] != digest:
            problems.append(f"note {note_id} has other text than last reported")
    return problems


def stop(process: subprocess.Popen[bytes]) -> None:
    """Kill a writer that is still running, reap it and close its pipes."""
    if process.poll() is None:
        process.kill()
    process.wait(LINE_TIMEOUT)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
