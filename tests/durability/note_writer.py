"""A stand-in for the app that saves notes until killed, reporting each save on stdout.

Run as ``python -m tests.durability.note_writer DB_PATH DATA_DIR [--count N] [--seed S]``;
with ``--ready FILE --go FILE`` it creates the first file once the database is open and waits
for the second before saving, so several writers can be started at the same moment.
Each line ``saved <id> <sha256>`` or ``edited <id> <sha256>`` is printed (and flushed) only
after the app's NoteService call has returned, i.e. after the app considers the note saved.
Before each call the writer announces it, ``adding <sha256>`` or ``editing <id> <sha256>``:
a kill between the commit and the report leaves a note saved but never reported, and the
announcement tells the harness which one it may find.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import math
import random
import signal
import sys
import time
from pathlib import Path

from timeline_app.data.loader import load_dataset
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

#: Words the notes are made of: Kazakh Cyrillic, Chinese, emoji, Latin and awkward characters.
WORDS = (
    "Қазақстан",
    "мен",
    "Қытай",
    "арасындағы",
    "мәдени",
    "ынтымақтастық",
    "Әйгерім",
    "үңгір",
    "ғылым",
    "中哈",
    "文化",
    "交流",
    "阿斯塔纳",
    "北京",
    "孔子学院",
    "😀",
    "🐎",
    "🇰🇿",
    "👩‍👩‍👧",
    "e\u0301",
    "note",
    "O'Brien",
    "50%_off",
    '"quoted"',
    "--",
    ";",
    "\t",
    "\n",
    "\r\n",
    "\u200b",
    "\U0010fffd",
)
MAX_CHARS = 20_000


def sha256_text(text: str) -> str:
    """The hash the writer reports for a note's text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def note_text(rng: random.Random) -> str:
    """A note of 1 to ~20,000 characters, mostly short (log-uniform length)."""
    target = int(math.exp(rng.uniform(0.0, math.log(MAX_CHARS))))
    parts: list[str] = [rng.choice(WORDS[:15])]
    length = len(parts[0])
    while length < target:
        word = rng.choice(WORDS)
        parts.append(word)
        parts.append(" ")
        length += len(word) + 1
    return "".join(parts)[:MAX_CHARS]


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db_path", type=Path)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--count", type=int, default=0, help="stop after N saves (0: never)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--edit-existing",
        action="store_true",
        help="also edit notes written by earlier runs (only safe with one writer at a time)",
    )
    parser.add_argument("--ready", type=Path, help="create this file once the database is open")
    parser.add_argument("--go", type=Path, help="wait for this file before the first save")
    return parser.parse_args(argv)


def _wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear")
        time.sleep(0.005)


def _announce(line: str) -> None:
    # One write of a short line to a pipe is atomic: a kill leaves it whole or absent.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    """Save and edit notes, printing one line per completed save."""
    arguments = _arguments(argv)
    # SIGUSR1 prints every thread's stack to stderr: the harness asks for it when a writer
    # stays silent, so a hang is reported with where it hung.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    rng = random.Random(arguments.seed)
    event_ids = [event.id for event in load_dataset(arguments.data_dir).events]
    database = open_timeline_database(arguments.db_path, arguments.data_dir)
    notes = NoteService(database.session_factory, arguments.db_path)
    editable: list[int] = []
    if arguments.edit_existing:
        editable = [note.id for event_id in event_ids for note in notes.notes_for(event_id)]
    done = 0
    try:
        if arguments.ready is not None:
            arguments.ready.touch()
        if arguments.go is not None:
            _wait_for(arguments.go)
        while arguments.count == 0 or done < arguments.count:
            text = note_text(rng)
            digest = sha256_text(text)
            if editable and rng.random() < 0.2:
                note_id = rng.choice(editable)
                _announce(f"editing {note_id} {digest}")
                note, _ = notes.update_note(note_id, text)
                verb = "edited"
            else:
                _announce(f"adding {digest}")
                note, _ = notes.add_note(rng.choice(event_ids), text)
                editable.append(note.id)
                verb = "saved"
            _announce(f"{verb} {note.id} {digest}")
            done += 1
    finally:
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
