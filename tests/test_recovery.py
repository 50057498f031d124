"""A damaged database: it is set aside untouched, and a backup or a fresh start takes its place."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.conftest import SAMPLE_DATA
from timeline_app import app
from timeline_app.domain.models import Note
from timeline_app.persistence.database import SCHEMA_VERSION, Database
from timeline_app.persistence.migrations import backup_before_migrating, backups_of
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services import recovery
from timeline_app.services.note_service import NoteService
from timeline_app.services.recovery import BackupCopy, latest_backup, restore_backup, set_aside
from timeline_app.services.startup import open_timeline_database
from timeline_app.ui.dialogs import recovery as recovery_dialog
from timeline_app.ui.dialogs.recovery import Recovery, RecoveryChoice, RecoveryDialog

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

    def answer(message: str, *_args: object) -> RecoveryChoice:
        asked.append(message)
        return RecoveryChoice(choice)

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

    def answer(message: str, *_args: object) -> RecoveryChoice:
        asked.append(message)
        return RecoveryChoice(choice)

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


# ---- Salvage: the notes still readable in a damaged file are kept ------------------------------


def add_notes(path: Path, texts: list[str], data_dir: Path | None = None) -> list[Note]:
    database = open_timeline_database(path, data_dir)
    service = NoteService(database.session_factory, path)
    notes = [service.add_note("e2017-expo", text)[0] for text in texts]
    database.dispose()
    return notes


def stored_notes(database: Database) -> dict[str, Note]:
    with database.session_factory() as session:
        return NoteRepository(session).by_uid()


def damage_page(path: Path, page: int) -> None:
    """Overwrite one page of the file with garbage (the page after the header stays a page)."""
    size = int.from_bytes(path.read_bytes()[16:18], "big")  # the header's page size
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xa5" * size)


def root_page(path: Path, table: str) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(
            connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()[0]
        )
    finally:
        connection.close()


def test_restoring_an_old_backup_keeps_every_note_still_readable_in_the_damaged_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.sqlite3"
    first = add_notes(path, [f"early note {n}" for n in range(5)])
    backup = backup_before_migrating(path, SCHEMA_VERSION)  # as before an upgrade: 5 notes
    add_notes(path, [f"later note {n}" for n in range(20)])
    database = open_timeline_database(path)
    NoteService(database.session_factory, path).update_note(first[0].id, "early note, edited")
    database.dispose()
    damage_page(path, root_page(path, "events"))  # the events are lost, the notes are not
    content = path.read_bytes()
    offered: list[tuple[list[BackupCopy], int]] = []

    def restore(_message: str, _path: Path, backups: list[BackupCopy], salvaged: int) -> object:
        offered.append((backups, salvaged))
        return RecoveryChoice(Recovery.RESTORE_BACKUP, backups[0].path)

    monkeypatch.setattr(recovery_dialog, "ask_recovery", restore)
    restored = app.open_database_interactively(path, argparse.Namespace(read_only=False))
    assert restored is not None
    backups, salvaged = offered[0]
    assert [(b.path, b.note_count) for b in backups] == [(backup, 5)]
    assert salvaged == 25
    notes = stored_notes(restored)
    restored.dispose()
    assert len(notes) == 25
    assert sorted(note.text for note in notes.values()) == sorted(
        ["early note, edited", *(f"early note {n}" for n in range(1, 5))]
        + [f"later note {n}" for n in range(20)]
    )
    names = sorted(p.name for p in tmp_path.glob("timeline.sqlite3*"))
    assert names == ["timeline.sqlite3", f"timeline.sqlite3.damaged-{names[1][-15:]}", backup.name]
    assert (tmp_path / names[1]).read_bytes() == content


def test_salvage_steps_over_a_damaged_page_of_the_notes_table(tmp_path: Path) -> None:
    path = tmp_path / "timeline.sqlite3"
    add_notes(path, [f"note {n:03d} " + "x" * 400 for n in range(300)], SAMPLE_DATA)
    connection = sqlite3.connect(path)
    leaves = [
        row[0]
        for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    connection.close()
    assert len(leaves) > 10
    damage_page(path, leaves[len(leaves) // 2])
    content = path.read_bytes()
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT text FROM notes").fetchall()  # a plain read loses them all
    connection.close()
    salvaged = recovery.salvage(path)
    assert 250 < len(salvaged.notes) < 300
    assert salvaged.damaged_stretches == 1
    assert all(note.text.startswith("note ") for note in salvaged.notes)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.glob("timeline*")) == ["timeline.sqlite3"]


def test_the_dialog_lists_each_usable_backup_with_its_date_and_notes(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "timeline.sqlite3"
    add_notes(path, ["one", "two"], SAMPLE_DATA)
    good = backup_before_migrating(path, SCHEMA_VERSION)
    os.utime(good, (1_700_000_000, 1_700_000_000))
    empty = path.with_name(path.name + ".v3-backup-20990101-000000")
    empty.write_bytes(b"")  # what a backup that failed on a full disk used to leave
    garbage = path.with_name(path.name + ".v3-backup-20990102-000000")
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    with caplog.at_level(logging.WARNING):
        backups = recovery.backups_to_offer(path)
    assert [b.path for b in backups] == [good]
    assert f"{empty} is not offered: it is empty (0 bytes)" in caplog.text
    assert f"{garbage} is not offered" in caplog.text
    dialog = RecoveryDialog("damaged", path, backups, 7)
    qtbot.addWidget(dialog)
    taken = datetime.fromtimestamp(1_700_000_000).strftime(
        "%-d %b %Y %H:%M"
    )  # as the reader writes it
    assert dialog.backup_list.count() == 1
    assert dialog.backup_list.item(0).text() == f"{taken} — 2 notes — {good.name}"
    assert "7 notes can still be read" in dialog.details_label.text()
    dialog.show()
    QTest.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == RecoveryChoice(Recovery.RESTORE_BACKUP, good)


def test_without_a_usable_backup_restore_is_not_offered(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RecoveryDialog("damaged", tmp_path / "t.sqlite3", [], 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    assert "1 note can still be read" in dialog.details_label.text()
    QTest.mouseClick(dialog.fresh_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == RecoveryChoice(Recovery.START_FRESH)


def test_a_backup_that_fails_half_way_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.sqlite3"
    add_notes(path, ["one"], SAMPLE_DATA)

    connect = sqlite3.connect

    class FullDisk:
        def __init__(self, target: Path) -> None:
            self._real = connect(target)

        def backup(self, copy: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        def close(self) -> None:
            self._real.close()

    monkeypatch.setattr(sqlite3, "connect", FullDisk)
    with pytest.raises(sqlite3.OperationalError):
        backup_before_migrating(path, SCHEMA_VERSION)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.glob("timeline*")) == ["timeline.sqlite3"]
