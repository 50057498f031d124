"""Moving the database file: the copy is checked before it counts, and a failure leaves the
old file untouched with nothing half-written at the new place."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.persistence import database_copy
from timeline_app.persistence.database import open_database
from timeline_app.services import database_move
from timeline_app.services.database_move import DatabaseMoveError, copy_database
from timeline_app.services.note_service import NoteService


@pytest.fixture
def source(db_path: Path) -> Path:
    database = open_database(db_path)
    NoteService(database.session_factory, db_path).add_note("e1", "a note")
    database.dispose()
    return db_path


def test_the_copy_holds_the_notes_and_the_source_stays(source: Path, tmp_path: Path) -> None:
    target = tmp_path / "new" / "copy.sqlite3"
    target.parent.mkdir()
    assert copy_database(source, target) == target
    assert database_copy.note_count(target) == 1
    assert database_copy.check_copy(target) is None
    assert source.exists()  # removed only after the window switched (app.py)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]


def test_a_copy_that_does_not_check_out_is_discarded(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_move, "check_copy", lambda _path: "page 3 is never used")
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(DatabaseMoveError) as raised:
        copy_database(source, target)
    assert str(raised.value) == (
        f"The copy at {target} did not check out (page 3 is never used); the database stays "
        f"at {source}."
    )
    assert not target.exists()
    assert database_copy.note_count(source) == 1


def test_a_copy_missing_notes_is_discarded(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = iter([1, 0])
    monkeypatch.setattr(database_move, "note_count", lambda _path: next(counts))
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(DatabaseMoveError, match="does not hold the same number of notes"):
        copy_database(source, target)
    assert not target.exists()


def test_moving_onto_itself_is_refused(source: Path) -> None:
    with pytest.raises(DatabaseMoveError, match="already at"):
        copy_database(source, source)
    assert database_copy.note_count(source) == 1
