"""--export-notes and --import-notes: the real command, its one output line and exit status."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from tests.conftest import SAMPLE_DATA
from tests.persistence.read_only_helpers import unprivileged_prefix
from tests.test_cli import run_app
from timeline_app.persistence.database import open_database
from timeline_app.persistence.note_repository import NoteRepository
from timeline_app.services.note_service import NoteService
from timeline_app.services.startup import open_timeline_database


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database with two notes on the sample data."""
    path = tmp_path / "timeline.sqlite3"
    database = open_timeline_database(path, SAMPLE_DATA)
    notes = NoteService(database.session_factory, path)
    notes.add_note("e2017-expo", "first note")
    notes.add_note("e1992-agreement", "second note")
    database.dispose()
    return path


def texts(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.session_factory() as session:
            return sorted(note.text for note in NoteRepository(session).by_uid().values())
    finally:
        database.dispose()


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("timeline-app: ")
    return lines[0]


@pytest.mark.parametrize("suffix", ["json", "md", "csv"])
def test_export_writes_the_format_of_the_extension(db: Path, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"out.{suffix}"
    result = run_app("--db", str(db), "--export-notes", str(target))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"2 notes exported to {target}\n"
    content = target.read_text(encoding="utf-8-sig")
    assert "first note" in content and "second note" in content
    if suffix == "json":
        assert len(json.loads(content)["notes"]) == 2


def test_export_prints_the_path_as_given_and_one_note_in_the_singular(tmp_path: Path) -> None:
    path = tmp_path / "one.sqlite3"
    database = open_timeline_database(path, SAMPLE_DATA)
    NoteService(database.session_factory, path).add_note("e2017-expo", "alone")
    database.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--db", "one.sqlite3", "--export-notes", "./o.md"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1])),
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "1 note exported to ./o.md\n"


def test_export_replaces_an_existing_file_atomically(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "exports" / "notes.json"
    target.parent.mkdir()
    target.write_text("the old export", encoding="utf-8")
    old_inode = target.stat().st_ino
    result = run_app("--db", str(db), "--export-notes", str(target))
    assert result.returncode == 0
    assert "first note" in target.read_text(encoding="utf-8")
    assert target.stat().st_ino != old_inode  # a new file renamed over the old, not rewritten
    assert os.listdir(target.parent) == ["notes.json"]  # no temporary file left


def test_export_works_read_only_and_changes_nothing(db: Path, tmp_path: Path) -> None:
    before = {path.name: path.read_bytes() for path in db.parent.iterdir() if path.is_file()}
    result = run_app("--db", str(db), "--read-only", "--export-notes", str(tmp_path / "n.csv"))
    assert result.stdout == f"2 notes exported to {tmp_path / 'n.csv'}\n"
    after = {
        path.name: path.read_bytes()
        for path in db.parent.iterdir()
        if path.is_file() and path.name != "n.csv"
    }
    assert after == before  # the same files with the same bytes, and no new side files


def test_export_from_a_file_nobody_may_write(db: Path) -> None:
    """As the unprivileged user nobody (root ignores file modes), on a copy in a folder that
    only allows reading."""
    runuser = unprivileged_prefix()
    if runuser is None:
        pytest.skip("needs root, and a way to run without the rights that ignore file modes")
    top = Path(tempfile.mkdtemp(prefix="timeline-nobody-"))
    try:
        top.chmod(0o755)
        folder, out = top / "shared", top / "out"
        folder.mkdir()
        out.mkdir()
        shutil.copy(db, folder / "t.sqlite3")
        (folder / "t.sqlite3").chmod(0o444)
        folder.chmod(0o555)
        out.chmod(0o777)
        before = (folder / "t.sqlite3").read_bytes()
        command = [sys.executable, "-m", "timeline_app", "--db", str(folder / "t.sqlite3")]
        result = subprocess.run(
            [*runuser, *command, "--export-notes", str(out / "n.json")],
            capture_output=True,
            text=True,
            timeout=120,
            env=dict(os.environ, HOME=str(out), XDG_DATA_HOME=str(out)),
            check=False,
        )
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout == f"2 notes exported to {out / 'n.json'}\n"
        assert (folder / "t.sqlite3").read_bytes() == before
    finally:
        shutil.rmtree(top)


def test_export_opens_a_file_it_cannot_write_read_only(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same in-process, for runs where nobody cannot run Python: the path is chosen by
    ``cannot_write``, which root's file access would otherwise always pass."""
    from timeline_app import headless

    opened: list[bool | None] = []
    real_open = open_timeline_database

    def spy(path: Path, data_dir: object = None, *, read_only: bool | None = None) -> object:
        opened.append(read_only)
        return real_open(path, read_only=read_only)

    monkeypatch.setattr(headless, "cannot_write", lambda _path: True)
    monkeypatch.setattr(headless, "open_timeline_store", spy)
    before = db.read_bytes()
    assert headless.export_notes(db, str(tmp_path / "n.md"), read_only=False) == 0
    assert opened == [True]
    assert capsys.readouterr().out == f"2 notes exported to {tmp_path / 'n.md'}\n"
    assert db.read_bytes() == before


def test_an_unknown_extension_names_the_supported_ones(db: Path, tmp_path: Path) -> None:
    line = one_error(run_app("--db", str(db), "--export-notes", str(tmp_path / "n.txt")))
    assert line == (
        f"timeline-app: cannot export notes to {tmp_path / 'n.txt'}: extension '.txt' is not "
        "one of .json, .md, .csv (the extension chooses the format)."
    )
    assert not (tmp_path / "n.txt").exists()


@pytest.mark.parametrize("option", ["--export-notes", "--import-notes"])
def test_a_missing_database_is_an_error_and_nothing_is_created(tmp_path: Path, option: str) -> None:
    missing = tmp_path / "missing.sqlite3"
    notes = tmp_path / "notes.json"
    notes.write_text('{"format": "kz-cn-timeline-notes", "version": 1, "notes": []}')
    line = one_error(run_app("--db", str(missing), option, str(notes)))
    assert str(missing) in line and "does not exist" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json", "settings"]


def test_a_damaged_database_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    line = one_error(run_app("--db", str(bad), "--export-notes", str(tmp_path / "n.md")))
    assert str(bad) in line and "damaged" in line


def notes_file(path: Path, *notes: dict[str, str]) -> Path:
    document = {"format": "kz-cn-timeline-notes", "version": 1, "notes": list(notes)}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def note(**fields: str) -> dict[str, str]:
    return {
        "uid": uuid4().hex,
        "event_id": "e2017-expo",
        "text": "imported",
        "created_at": "2025-05-01T10:00:00+00:00",
        "updated_at": "2025-05-01T10:00:00+00:00",
        **fields,
    }


def test_import_merges_as_the_window_does(db: Path, tmp_path: Path) -> None:
    exported = tmp_path / "all.json"
    assert run_app("--db", str(db), "--export-notes", str(exported)).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    first = next(n for n in document["notes"] if n["text"] == "first note")
    later = datetime.fromisoformat(first["updated_at"]) + timedelta(seconds=1)
    first.update(text="first note, edited elsewhere", updated_at=later.isoformat())
    source = notes_file(tmp_path / "in.json", *document["notes"], note(text="brand new"))
    result = run_app("--db", str(db), "--import-notes", str(source))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "added 1, updated 1, unchanged 1\n"
    again = run_app("--db", str(db), "--import-notes", str(source))
    assert again.stdout == "added 0, updated 0, unchanged 3\n"
    assert texts(db) == ["brand new", "first note, edited elsewhere", "second note"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not json at all", "in.json: not valid JSON: Expecting value at line 1, column 1"),
        (
            json.dumps(
                {
                    "format": "kz-cn-timeline-notes",
                    "version": 1,
                    "notes": [note(), note(uid="XYZ")],
                }
            ),
            "in.json: note #2: field 'uid': expected 32 lowercase hex digits",
        ),
        (
            json.dumps(
                {
                    "format": "kz-cn-timeline-notes",
                    "version": 1,
                    "notes": [note(), note(text="later", updated_at="2999-01-01T00:00:00+00:00")],
                }
            ),
            "in.json: note #2 (on event 'e2017-expo', “later”): field 'updated_at': 2999-01-01 "
            "is after today",
        ),
    ],
)
def test_an_invalid_import_file_is_refused_whole(
    db: Path, tmp_path: Path, content: str, expected: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    before = db.read_bytes()
    line = one_error(run_app("--db", str(db), "--import-notes", str(source)))
    assert line.startswith(f"timeline-app: {tmp_path / expected}")
    assert line.endswith("; nothing was imported.")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("timeline.sqlite3*")) == ["timeline.sqlite3"]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            ["--export-notes", "a.json", "--import-notes", "b.json"],
            "timeline-app: error: --export-notes cannot be combined with --import-notes.",
        ),
        (
            ["--export-notes", "a.json", "--screenshot", "x.png"],
            "timeline-app: error: --export-notes cannot be combined with --screenshot.",
        ),
        (
            ["--import-notes", "b.json", "--read-only"],
            "timeline-app: error: --import-notes cannot be combined with --read-only "
            "(an import writes notes).",
        ),
    ],
)
def test_options_that_cannot_go_together(
    db: Path, tmp_path: Path, arguments: list[str], expected: str
) -> None:
    before = db.read_bytes()
    assert one_error(run_app("--db", str(db), *arguments)) == expected
    assert db.read_bytes() == before
    assert not (tmp_path / "x.png").exists()


def test_imported_notes_are_authored_by_the_importing_user(db: Path, tmp_path: Path) -> None:
    """Every imported note is the OS user's running --import-notes, whatever the file names
    (issue 17: imported notes are authored by the importing role)."""
    signed = note(text="signed", author="amina")
    source = notes_file(tmp_path / "in.json", signed, note(text="unsigned"))
    result = subprocess.run(
        [sys.executable, "-m", "timeline_app", "--db", str(db), "--import-notes", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", LOGNAME="importer"),
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    database = open_database(db)
    try:
        with database.session_factory() as session:
            authors = {n.text: n.author for n in NoteRepository(session).all_notes()}
    finally:
        database.dispose()
    assert (authors["signed"], authors["unsigned"]) == ("importer", "importer")
