"""A damaged database: it is set aside untouched, and a backup or a fresh start takes its place."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from timeline_app import app
from timeline_app.persistence.migrations import backups_of
from timeline_app.services.note_service import NoteService
from timeline_app.services.recovery import latest_backup, restore_backup, set_aside
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.dialogs import recovery as recovery_dialog
from timeline_app.ui.dialogs.recovery import Recovery

FIXTURE_V1 = Path(__file__).parent / "fixtures" / "schema_v1.sqlite3"


def damaged(path: Path) -> bytes:
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    return path.read_bytes()


def test_set_aside_renames_and_keeps_every_byte(tmp_path: Path) -> None:
    path = tmp_path / "timeline.sqlite3"
    content = damaged(path)
    path.with_name(path.name + "-wal").write_bytes(b"wal")
    aside = set_aside(path)
    assert not path.exists() and aside.read_bytes() == content
    assert aside.name.startswith("timeline.sqlite3.damaged-")
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"wal"


def test_restore_puts_a_copy_of_the_latest_backup_in_place(tmp_path: Path) -> None:
    path = tmp_path / "timeline.sqlite3"
    shutil.copy(FIXTURE_V1, path)
    open_timeline_database(path, SAMPLE_DATA).dispose()  # migrating writes a backup
    backup = latest_backup(path)
    assert backup is not None and backup in backups_of(path)
    content = damaged(path)
    aside = restore_backup(path, backup)
    assert aside.read_bytes() == content
    assert backup.exists()
    database = open_timeline_database(path, SAMPLE_DATA)
    assert len(NoteService(database.session_factory, path).notes_for("e1992-agreement")) == 2
    database.dispose()


@pytest.mark.parametrize("choice", [Recovery.START_FRESH, Recovery.QUIT])
def test_the_app_offers_recovery_for_a_damaged_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: Recovery
) -> None:
    path = tmp_path / "timeline.sqlite3"
    content = damaged(path)
    asked: list[str] = []

    def answer(message: str, *_args: object) -> Recovery:
        asked.append(message)
        return choice

    monkeypatch.setattr(recovery_dialog, "ask_recovery", answer)
    database = app.open_database_interactively(path, argparse.Namespace(read_only=False))
    assert str(path) in asked[0] and "damaged" in asked[0]
    if choice is Recovery.QUIT:
        assert database is None
        assert path.read_bytes() == content
        return
    assert database is not None
    aside = next(tmp_path.glob("timeline.sqlite3.damaged-*"))
    assert aside.read_bytes() == content
    assert path.exists() and path.read_bytes() != content
    database.dispose()


@pytest.mark.parametrize("choice", [Recovery.START_FRESH, Recovery.QUIT])
def test_a_file_missing_a_table_gets_the_recovery_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: Recovery
) -> None:
    path = tmp_path / "timeline.sqlite3"
    open_timeline_database(path, SAMPLE_DATA).dispose()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE drafts")
    connection.commit()
    connection.close()
    content = path.read_bytes()
    asked: list[str] = []

    def answer(message: str, *_args: object) -> Recovery:
        asked.append(message)
        return choice

    monkeypatch.setattr(recovery_dialog, "ask_recovery", answer)
    database = app.open_database_interactively(path, argparse.Namespace(read_only=False))
    assert str(path) in asked[0] and "missing table: drafts" in asked[0]
    if choice is Recovery.QUIT:
        assert database is None
        assert path.read_bytes() == content
        return
    assert database is not None
    assert next(tmp_path.glob("timeline.sqlite3.damaged-*")).read_bytes() == content
    notes = NoteService(database.session_factory, path)
    notes.save_draft("e2017-expo", "typed after the fresh start")
    database.dispose()
