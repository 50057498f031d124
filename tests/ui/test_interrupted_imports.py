"""A window's start clears what an import interrupted by a crash left, and only that."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.services.collection_helpers import neutral_events
from timeline_app.persistence.import_store import begin_staging, write_batch
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.main_window import MainWindow


def _stage(db_path: Path, data_dir: Path, name: str, *, hours_ago: int) -> None:
    database = open_timeline_database(db_path, data_dir)
    with database.session_factory.begin() as session:
        staging = begin_staging(session, replaces=None)
        write_batch(session, staging, list(neutral_events(4)), name)
    database.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "UPDATE collections SET created_at = datetime(created_at, ?) WHERE id = ?",
            (f"-{hours_ago} hours", staging.collection_id),
        )


def _staged(db_path: Path) -> int:
    with sqlite3.connect(db_path) as connection:
        return int(
            connection.execute(
                "SELECT count(*) FROM collections WHERE state = 'staging'"
            ).fetchone()[0]
        )


def test_the_window_clears_an_import_a_crash_left_days_ago(
    make_window: Callable[..., MainWindow], db_path: Path, sample_data_dir: Path
) -> None:
    _stage(db_path, sample_data_dir, "Crashed yesterday", hours_ago=30)
    _stage(db_path, sample_data_dir, "Running now", hours_ago=0)
    assert _staged(db_path) == 2
    window = make_window()
    assert window.timeline_view.eventCount() == 6  # staged events were never shown
    assert _staged(db_path) == 1  # the recent one may be an import running elsewhere
