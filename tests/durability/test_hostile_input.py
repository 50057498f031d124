"""Hostile input: any text, huge notes, many notes, SQL syntax, and broken data files."""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLE_DATA
from timeline_app.data.loader import load_dataset
from timeline_app.data.problems import DataValidationError
from timeline_app.domain.note_text import MAX_NOTE_LENGTH, NoteTextError, check_note_text
from timeline_app.persistence.database import Database
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database

EVENT_IDS = (
    "e1992-agreement",
    "e2007-institutes",
    "e2015-agreement",
    "e2017-expo",
    "e2020-nur-sultan",
    "e2024-students",
)
#: Every character Python can hold, lone surrogates, NUL and other controls included.
ANY_TEXT = st.text(st.characters(exclude_categories=[]), max_size=300)
SQL_PIECES = (
    "'",
    '"',
    "''",
    ";",
    "--",
    "/*",
    "*/",
    "%",
    "_",
    "\\",
    "*",
    "^",
    ":",
    "(",
    ")",
    "NEAR",
    "NEAR(",
    "AND",
    "OR",
    "NOT",
    "MATCH",
    "content:",
    "{title}",
    "'; DROP TABLE notes; --",
    '" OR 1=1 --',
    "Робер'т",
    '北京"',
    "x*",
    "+",
    "-",
    " ",
)
SQL_TEXT = st.lists(st.sampled_from(SQL_PIECES) | st.text(max_size=3), max_size=12).map("".join)
FAST = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _storable(text: str) -> bool:
    try:
        check_note_text(text)
    except NoteTextError:
        return False
    return True


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for the many examples of this module (a fresh file each would be slow)."""
    opened = open_timeline_database(
        tmp_path_factory.mktemp("hostile") / "hostile.sqlite3", SAMPLE_DATA
    )
    yield opened
    opened.dispose()


@pytest.fixture(scope="module")
def notes(database: Database) -> NoteService:
    """The note service over the module's database."""
    return NoteService(database.session_factory, database.path)


@pytest.fixture(scope="module")
def search(database: Database) -> SearchService:
    """The search service over the module's database."""
    return SearchService(database.session_factory, database.path)


@FAST
@given(text=ANY_TEXT, event_id=st.sampled_from(EVENT_IDS))
def test_any_text_is_stored_exactly_or_refused_as_check_note_text_says(
    notes: NoteService, text: str, event_id: str
) -> None:
    """add_note stores text byte-identically, or raises NoteTextError exactly when it should."""
    storable = _storable(text)
    try:
        note, _ = notes.add_note(event_id, text)
    except NoteTextError:
        assert not storable
        return
    assert storable
    stored = {n.id: n.text for n in notes.notes_for(event_id)}[note.id]
    assert stored.encode("utf-8") == text.encode("utf-8")


@FAST
@given(text=ANY_TEXT)
def test_any_text_edits_and_drafts_are_kept_exactly_or_refused(
    notes: NoteService, text: str
) -> None:
    """update_note and save_draft follow the same rule as add_note."""
    note, _ = notes.add_note("e2017-expo", "to be edited")
    storable = _storable(text)
    try:
        notes.update_note(note.id, text)
    except NoteTextError:
        assert not storable
    else:
        assert storable
        assert {n.id: n.text for n in notes.notes_for("e2017-expo")}[note.id] == text
    try:
        notes.save_draft("e2020-nur-sultan", text)
    except NoteTextError:
        assert not storable
    else:
        expected = text if text.strip() else ""
        assert notes.draft_for("e2020-nur-sultan") == expected


def test_refusals_name_their_reason(notes: NoteService) -> None:
    """Empty, NUL, lone surrogate and too long are each refused, and nothing is written."""
    before = notes.notes_for("e2007-institutes")
    for text, reason in [
        (" \u3000\n\t", "empty"),
        ("a\x00", "NUL"),
        ("\udfff tail", "surrogate"),
        ("x" * (MAX_NOTE_LENGTH + 1), "up to"),
    ]:
        with pytest.raises(NoteTextError, match=reason):
            notes.add_note("e2007-institutes", text)
    assert notes.notes_for("e2007-institutes") == before


def test_a_one_megabyte_note_round_trips(notes: NoteService) -> None:
    """A note of a million characters (about 2.5 MB of UTF-8) comes back unchanged."""
    text = ("Қазақстан 中国 🐎 e\u0301 " * 60_000)[:1_000_000]
    note, _ = notes.add_note("e2024-students", text)
    edited = text[::-1].replace("\u0301e", "e\u0301")
    notes.update_note(note.id, edited)
    assert {n.id: n.text for n in notes.notes_for("e2024-students")}[note.id] == edited


def test_two_thousand_notes_on_one_event_come_back_newest_first(
    db_path: Path, sample_data_dir: Path
) -> None:
    """2,000 notes added one by one with the real clock list newest first, within seconds."""
    database = open_timeline_database(db_path, sample_data_dir)
    try:
        notes = NoteService(database.session_factory, db_path)
        started = time.perf_counter()
        added = [notes.add_note("e2015-agreement", f"заметка {i} 笔记")[0] for i in range(2000)]
        add_seconds = time.perf_counter() - started
        started = time.perf_counter()
        listed = notes.notes_for("e2015-agreement")
        list_seconds = time.perf_counter() - started
    finally:
        database.dispose()
    assert [(n.id, n.text) for n in listed] == [(n.id, n.text) for n in reversed(added)]
    assert add_seconds < 30, f"2,000 adds took {add_seconds:.1f} s"
    assert list_seconds < 1, f"listing 2,000 notes took {list_seconds:.2f} s"


@FAST
@given(note_text=SQL_TEXT, query=SQL_TEXT | ANY_TEXT)
def test_sql_syntax_in_notes_and_queries_never_breaks_search(
    notes: NoteService, search: SearchService, note_text: str, query: str
) -> None:
    """Quotes, FTS5 operators and SQL comments are just text to the note store and search."""
    if _storable(note_text):
        note, _ = notes.add_note("e1992-agreement", note_text)
        assert {n.id: n.text for n in notes.notes_for("e1992-agreement")}[note.id] == note_text
    results = search.search(query)
    assert isinstance(results, list)
    assert search.search(note_text) is not None


def test_a_word_in_a_note_full_of_sql_is_found(notes: NoteService, search: SearchService) -> None:
    """Search still finds the words around SQL-looking text."""
    notes.add_note("e2007-institutes", 'x\'); DROP TABLE notes; -- zzyzzyva NEAR("a" b)')
    assert "e2007-institutes" in [r.event_id for r in search.search("zzyzzyva")]
    assert notes.notes_for("e2007-institutes")


# --- the bundled-data loader -------------------------------------------------------------

DATA_FILES = sorted(path.name for path in SAMPLE_DATA.glob("*.toml"))
#: TOML values of every type, to put where the loader expects another.
TOML_VALUES = (
    '""',
    '"x"',
    "0",
    "-1",
    "99999999999999999999",
    "1.5",
    "1e308",
    "inf",
    "nan",
    "true",
    "[]",
    "[1, 2]",
    '["a", 1]',
    "{}",
    '{ id = "x" }',
    "[{}]",
    '[{ id = "nope" }]',
    "1992-08-10",
    "0001-01-01",
    "9999-12-31",
    "1992-08-10T10:00:00",
    "1992-08-10T10:00:00+05:00",
    "10:00:00",
    '"1992-02-30"',
    '"e1992-agreement"',
)
_ASSIGNMENT = re.compile(rb"^(\s*[A-Za-z_]+\s*=\s*).*$", re.MULTILINE)


def _loads_or_refuses(folder: Path) -> None:
    """Load the folder; a refusal must be a DataValidationError that lists its problems."""
    problems: tuple[object, ...] = ("loaded",)
    try:
        load_dataset(folder)
    except DataValidationError as error:
        problems = error.problems
    assert problems


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample data folder that examples overwrite (restored by each example)."""
    folder = tmp_path_factory.mktemp("data") / "sample_data"
    shutil.copytree(SAMPLE_DATA, folder)
    return folder


def _write(folder: Path, name: str, raw: bytes) -> None:
    for original in DATA_FILES:
        shutil.copyfile(SAMPLE_DATA / original, folder / original)
    (folder / name).write_bytes(raw)


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(DATA_FILES), cut=st.floats(0, 1))
def test_a_truncated_data_file_is_loaded_or_refused_cleanly(
    data_copy: Path, name: str, cut: float
) -> None:
    """A data file cut at any byte (even inside a UTF-8 sequence) loads or raises the data error."""
    raw = (SAMPLE_DATA / name).read_bytes()
    _write(data_copy, name, raw[: int(len(raw) * cut)])
    _loads_or_refuses(data_copy)


@settings(max_examples=100, deadline=None)
@given(name=st.sampled_from(DATA_FILES), raw=st.binary(max_size=2000))
def test_random_bytes_as_a_data_file_are_refused_cleanly(
    data_copy: Path, name: str, raw: bytes
) -> None:
    """Random bytes in place of a data file raise DataValidationError, nothing else."""
    _write(data_copy, name, raw)
    _loads_or_refuses(data_copy)


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(DATA_FILES),
    line=st.integers(min_value=0),
    value=st.sampled_from(TOML_VALUES),
)
def test_a_value_of_the_wrong_type_is_refused_cleanly(
    data_copy: Path, name: str, line: int, value: str
) -> None:
    """Any field given a value of another type or range loads or raises DataValidationError."""
    raw = (SAMPLE_DATA / name).read_bytes()
    assignments = list(_ASSIGNMENT.finditer(raw))
    assume(assignments)
    match = assignments[line % len(assignments)]
    mutated = raw[: match.start()] + match.group(1) + value.encode() + raw[match.end() :]
    _write(data_copy, name, mutated)
    _loads_or_refuses(data_copy)


@settings(max_examples=40, deadline=None)
@given(names=st.lists(st.sampled_from(DATA_FILES), min_size=1, unique=True))
def test_missing_data_files_are_refused_cleanly(data_copy: Path, names: list[str]) -> None:
    """A folder missing some or all data files raises DataValidationError, nothing else."""
    _write(data_copy, DATA_FILES[0], (SAMPLE_DATA / DATA_FILES[0]).read_bytes())
    for name in names:
        os.remove(data_copy / name)
    _loads_or_refuses(data_copy)


@pytest.mark.parametrize("field", ["confidence", "precision"])
def test_an_event_without_confidence_or_precision_is_refused_cleanly(
    data_copy: Path, field: str
) -> None:
    """An event missing a required choice field is a DataValidationError naming the field."""
    raw = (SAMPLE_DATA / "sample.toml").read_bytes()
    without = re.sub(rb"^" + field.encode() + rb" = .*\n", b"", raw, count=1, flags=re.MULTILINE)
    assert without != raw
    _write(data_copy, "sample.toml", without)
    with pytest.raises(DataValidationError, match=field):
        load_dataset(data_copy)
