"""A read-only open shows every committed note, and leaves the folder exactly as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DATA
from tests.persistence.read_only_helpers import (
    NAME,
    ROOT,
    assert_left_as_it_was,
    child_env,
    folder_state,
    shared_folder,
    unprivileged_prefix,
    write_uncheckpointed,
)
from tests.persistence.read_only_probe import EVENT
from timeline_app.domain.read_only import PrivateCopy
from timeline_app.persistence.database import SCHEMA_VERSION, open_database
from timeline_app.services.note_exchange.service import NoteExchangeService
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database

FIXTURE_V1 = Path(__file__).parents[1] / "fixtures" / "schema_v1.sqlite3"
EXPECTED = [f"note {number}" for number in range(1, 21)]


def numbered(texts: object) -> list[str]:
    """The note texts ("note 7") in the order of their numbers."""
    assert isinstance(texts, list)
    return sorted((str(text) for text in texts), key=lambda text: int(text.split()[-1]))


def shown_and_exported(path: Path, out: Path) -> tuple[list[str], int, PrivateCopy | None]:
    """Open read-only as the app does: the notes of EVENT, the notes exported, the copy reason."""
    database = open_timeline_database(path, SAMPLE_DATA, read_only=True)
    try:
        assert database.read_only
        texts = [note.text for note in NoteService(database.session_factory, path).notes_for(EVENT)]
        exported = NoteExchangeService(database.session_factory, path).export_json(out)
        return numbered(texts), exported, database.private_copy
    finally:
        database.dispose()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The folder the database lives in (exports go elsewhere, so it holds only the database)."""
    (tmp_path / "db").mkdir()
    return tmp_path / "db"


def test_notes_still_in_the_wal_are_shown_and_exported(folder: Path, tmp_path: Path) -> None:
    path = write_uncheckpointed(folder)
    before = folder_state(folder)
    shown, exported, private_copy = shown_and_exported(path, tmp_path / "notes.json")
    assert shown == EXPECTED and exported == 20
    assert private_copy is None  # read in place, through the existing -shm
    assert_left_as_it_was(folder, before)


def test_without_its_shm_the_wal_is_read_from_a_private_copy(folder: Path, tmp_path: Path) -> None:
    path = write_uncheckpointed(folder)
    (folder / f"{NAME}-shm").unlink()  # reading in place would create one
    before = folder_state(folder)
    shown, exported, private_copy = shown_and_exported(path, tmp_path / "notes.json")
    assert shown == EXPECTED and exported == 20
    assert private_copy is PrivateCopy.UNCHECKPOINTED
    assert_left_as_it_was(folder, before)


def test_a_clean_file_is_read_in_place_and_left_as_it_was(folder: Path, tmp_path: Path) -> None:
    path = folder / NAME
    database = open_timeline_database(path, SAMPLE_DATA)
    NoteService(database.session_factory, path).add_note(EVENT, "note 1")
    database.dispose()
    before = folder_state(folder)
    assert sorted(before) == [NAME]
    shown, exported, private_copy = shown_and_exported(path, tmp_path / "notes.json")
    assert (shown, exported, private_copy) == (["note 1"], 1, None)
    assert folder_state(folder) == before


def test_an_older_schema_is_shown_from_an_upgraded_copy(folder: Path, tmp_path: Path) -> None:
    path = folder / NAME
    shutil.copy(FIXTURE_V1, path)
    before = folder_state(folder)
    database = open_database(path, read_only=True)
    try:
        assert database.private_copy is PrivateCopy.OLDER_SCHEMA
        notes = NoteService(database.session_factory, path)
        assert [note.text for note in notes.notes_for("e1992-agreement")] != []
        assert NoteExchangeService(database.session_factory, path).export_json(
            tmp_path / "notes.json"
        ) == len(json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))["notes"])
        # The upgraded copy has its search index, dropped and rebuilt by the migrations.
        assert SearchService(database.session_factory, path).search("Expo") != []
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
    finally:
        database.dispose()
    assert folder_state(folder) == before  # no migration, no backup beside it
    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    assert raw.execute("PRAGMA user_version").fetchone() == (1,)
    raw.close()


def test_a_private_copy_is_never_written(folder: Path) -> None:
    path = write_uncheckpointed(folder)
    (folder / f"{NAME}-shm").unlink()
    database = open_database(path, read_only=True)
    try:
        with database.engine.connect() as connection, pytest.raises(Exception, match="readonly"):
            connection.exec_driver_sql("DELETE FROM notes")
    finally:
        database.dispose()


# A folder the process truly cannot write to (root ignores file modes, so as another user).


@pytest.fixture
def locked_folder() -> Iterator[Path]:
    """A folder outside pytest's private tree; the test sets its modes."""
    folder = shared_folder(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def run_unprivileged(prefix: list[str], path: Path, *options: str) -> dict[str, object]:
    out = shared_folder(0o777)
    probe = [sys.executable, "-m", "tests.persistence.read_only_probe"]
    try:
        result = subprocess.run(
            [*prefix, *probe, str(path), str(out), *options],
            cwd=ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        shutil.rmtree(out)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return report


def _prefix_or_skip() -> list[str]:
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip(
            "needs root with runuser (nobody able to run this Python) or setpriv, to open the "
            "file as a process that file modes bind"
        )
    return prefix


@pytest.mark.parametrize("keep_shm", [True, False], ids=["with-shm", "without-shm"])
def test_a_folder_that_cannot_be_written_shows_every_note(
    locked_folder: Path, keep_shm: bool
) -> None:
    prefix = _prefix_or_skip()
    path = write_uncheckpointed(locked_folder)
    if not keep_shm:
        (locked_folder / f"{NAME}-shm").unlink()
    for entry in locked_folder.iterdir():
        entry.chmod(0o444)
    locked_folder.chmod(0o555)
    before = folder_state(locked_folder)
    report = run_unprivileged(prefix, path)
    assert report["read_only"] is True, report
    assert numbered(report["notes"]) == EXPECTED
    assert report["exported"] == 20
    assert report["private_copy"] == (None if keep_shm else PrivateCopy.UNCHECKPOINTED.value)
    assert folder_state(locked_folder) == before  # the -shm could not even be written


def test_a_read_only_file_leaves_no_side_file_that_breaks_later_saves(locked_folder: Path) -> None:
    prefix = _prefix_or_skip()
    path = locked_folder / NAME
    open_timeline_database(path, SAMPLE_DATA).dispose()
    path.chmod(0o444)
    locked_folder.chmod(0o777)  # the folder can be written, the file cannot
    before = folder_state(locked_folder)
    report = run_unprivileged(prefix, path)
    assert report["read_only"] is True and report["private_copy"] is None, report
    assert folder_state(locked_folder) == before
    path.chmod(0o666)  # writable again: saving must work
    report = run_unprivileged(prefix, path, "--save", "after the read-only open")
    assert report["read_only"] is False and report["saved"] is True, report


def test_side_files_an_older_version_left_read_only_make_the_open_read_only(
    locked_folder: Path,
) -> None:
    prefix = _prefix_or_skip()
    path = write_uncheckpointed(locked_folder)
    for suffix in ("-wal", "-shm"):  # as an earlier read-only open left them
        (locked_folder / f"{NAME}{suffix}").chmod(0o444)
    path.chmod(0o666)
    locked_folder.chmod(0o777)
    report = run_unprivileged(prefix, path, "--save", "lost?")
    # Read-only, saying so, rather than a window where every save fails.
    assert report["read_only"] is True and "saved" not in report, report
    assert numbered(report["notes"]) == EXPECTED
