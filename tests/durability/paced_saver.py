"""A stand-in for a window that adds a note every ~100 ms, timing each save, until told to stop.

Run as ``python -m tests.durability.paced_saver DB_PATH DATA_DIR READY STOP``: creates READY
once the database is open, then adds a note every 0.1 s until the file STOP appears, printing
``waited <seconds>`` (flushed) after each save returns. A save that fails prints
``failed <message>`` and the saver goes on, so the test sees every failure.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from timeline_app.domain.errors import StorageError
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

INTERVAL_S = 0.1


def main(argv: list[str]) -> int:
    """Save notes at a steady pace until the stop file appears."""
    db_path, data_dir, ready, stop = (Path(arg) for arg in argv)
    database = open_timeline_database(db_path, data_dir)
    notes = NoteService(database.session_factory, db_path)
    ready.touch()
    number = 0
    try:
        while not stop.exists():
            number += 1
            started = time.monotonic()
            try:
                notes.add_note("e2017-expo", f"paced note {number}")
            except StorageError as error:
                print(f"failed {error}", flush=True)
            else:
                print(f"waited {time.monotonic() - started:.4f}", flush=True)
            time.sleep(INTERVAL_S)
    finally:
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
