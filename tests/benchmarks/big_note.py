"""Benchmark: the cost of one very long note (selecting its event, searching it, peak memory).

    python tests/benchmarks/big_note.py [--chars 5000000]

Builds a database from the test sample data with one note of ``--chars`` characters on
one event, opens the real main window (offscreen), and prints: the time to select that
event until its notes are listed and painted, the time for a search that matches a word
deep inside the note and for one that matches nothing, and the process's peak memory
before and after. Timings are printed, never asserted (tests check the work done instead).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EVENT_ID = "e2017-expo"
DEEP_WORD = "zebracorn"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _note(chars: int) -> str:
    # Mixed scripts, so folding does real work; the searched word sits near the end.
    block = "Қазақстан мен Қытай 文化交流 Ёлка café note "
    text = (block * (chars // len(block) + 1))[: chars - len(DEEP_WORD) - 200]
    return text + " " + DEEP_WORD + " " + "x" * 198


def main() -> int:
    """Build the database, open the window, print the timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=5_000_000)
    arguments = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from tests.conftest import SAMPLE_DATA
    from timeline_app.app import create_main_window
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.search_service import SearchService
    from timeline_app.services.startup import open_timeline_database
    from timeline_app.ui.main_window import MainWindow

    application = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "big-note.sqlite3"
        database = open_timeline_database(db_path, SAMPLE_DATA)
        note = _note(arguments.chars)
        print(f"peak memory with the note built: {_peak_mb():.0f} MB")
        started = time.perf_counter()
        NoteService(database.session_factory, db_path).add_note(EVENT_ID, note)
        print(f"save a {arguments.chars:,}-character note: {time.perf_counter() - started:.3f} s")
        print(f"peak memory after saving it: {_peak_mb():.0f} MB")
        del note
        search = SearchService(database.session_factory, db_path)
        for query in (DEEP_WORD, "nosuchwordanywhere", "Қытай"):
            started = time.perf_counter()
            results = search.search(query)
            print(
                f"search {query!r}: {time.perf_counter() - started:.3f} s, "
                f"{len(results)} results, snippet {results[0].snippet[:40]!r}"
                if results
                else f"search {query!r}: {time.perf_counter() - started:.3f} s, no results"
            )
        database.dispose()
        print(f"peak memory after the searches: {_peak_mb():.0f} MB")
        before = _peak_mb()
        window = create_main_window(db_path, data_dir=SAMPLE_DATA)
        window.resize(1280, 800)
        window.show()
        application.processEvents()
        assert isinstance(window, MainWindow)
        notes_list = window.notes_panel.notes_list
        started = time.perf_counter()
        window.timeline_view.selectEvent(EVENT_ID)
        while notes_list.count() == 0:
            application.processEvents()
        notes_list.repaint()
        application.processEvents()
        print(f"select the event and paint its notes: {time.perf_counter() - started:.3f} s")
        print(f"peak memory: {before:.0f} MB before the window, {_peak_mb():.0f} MB after")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
