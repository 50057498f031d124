"""Run as a child process: opens a database the way the app does and prints what it saw.

``python -m tests.persistence.read_only_probe DB OUT_FOLDER`` prints one JSON object: whether
the database opened read-only, why from a private copy, the notes of the test event, and how
many notes an export wrote. ``--save TEXT`` first adds a note, unless read-only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from timeline_app.domain.errors import StorageError
from timeline_app.persistence.errors import DatabaseOpenError
from timeline_app.services.note_exchange.service import NoteExchangeService
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database

SAMPLE_DATA = Path(__file__).parents[1] / "fixtures" / "sample_data"
#: The event the test notes belong to.
EVENT = "e2017-expo"


def main() -> int:
    """Open, read (or save), report as JSON on stdout."""
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--save")
    arguments = parser.parse_args()
    report: dict[str, object] = {}
    try:
        database = open_timeline_database(arguments.db, SAMPLE_DATA)
    except DatabaseOpenError as error:
        print(json.dumps({"error": str(error)}))
        return 0
    try:
        notes = NoteService(database.session_factory, arguments.db)
        report["read_only"] = database.read_only
        report["private_copy"] = database.private_copy and database.private_copy.value
        if arguments.save is not None and not database.read_only:  # as the window does
            try:
                notes.add_note(EVENT, arguments.save)
                report["saved"] = True
            except StorageError as error:
                report["saved"] = str(error)
        report["notes"] = [note.text for note in notes.notes_for(EVENT)]
        exchange = NoteExchangeService(database.session_factory, arguments.db)
        report["exported"] = exchange.export_json(arguments.out / "notes.json")
    finally:
        database.dispose()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
