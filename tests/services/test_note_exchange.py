"""Notes export (Markdown, JSON, CSV) and JSON import: content, safety, merging and failures."""

from __future__ import annotations

import csv
import errno
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from sqlalchemy import select

from timeline_app.domain.errors import StorageError
from timeline_app.persistence.database import Database
from timeline_app.persistence.orm import NoteRow
from timeline_app.persistence.search_index import index_is_current
from timeline_app.services.note_exchange.service import (
    FORMAT_NAME,
    NoteExchangeService,
    NoteImportError,
    neutralise_cell,
)
from timeline_app.services.note_service import NoteService
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database

EXPORTED_AT = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
MULTILINGUAL = "Қазақстан мен Қытай: 中哈文化交流 🎉🐎"

NoteFacts = tuple[str, str, str, datetime, datetime]


class Clock:
    """A clock that moves a second forward each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@dataclass
class Env:
    """The services under test over one fresh database."""

    database: Database
    notes: NoteService
    exchange: NoteExchangeService
    folder: Path

    def facts(self) -> list[NoteFacts]:
        """Every stored note as (uid, event_id, text, created_at, updated_at), by uid."""
        with self.database.session_factory() as session:
            rows = session.scalars(select(NoteRow).order_by(NoteRow.uid))
            return [(r.uid, r.event_id, r.text, r.created_at, r.updated_at) for r in rows]

    def wipe(self) -> None:
        """Delete every note through the note service."""
        with self.database.session_factory() as session:
            ids = list(session.scalars(select(NoteRow.id)))
        for note_id in ids:
            self.notes.delete_note(note_id)

    def index_is_current(self) -> bool:
        """True when the search index covers exactly the stored notes."""
        with self.database.session_factory() as session:
            return index_is_current(session)


@pytest.fixture
def env(db_path: Path, sample_data_dir: Path, tmp_path: Path) -> Iterator[Env]:
    database = open_timeline_database(db_path, sample_data_dir)
    folder = tmp_path / "exports"
    folder.mkdir()
    yield Env(
        database,
        NoteService(database.session_factory, db_path, clock=Clock()),
        NoteExchangeService(database.session_factory, db_path, clock=lambda: EXPORTED_AT),
        folder,
    )
    database.dispose()


def add_sample_notes(env: Env) -> None:
    env.notes.add_note("e2007-institutes", "Institutes note")
    env.notes.add_note("e1992-agreement", "Older note on 1992")
    env.notes.add_note("e1992-agreement", "# not a heading\n\nsecond paragraph\r\nthird line")
    env.notes.add_note("gone-event", "A note that outlived its event")
    env.notes.add_note("e2017-expo", MULTILINGUAL)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def entry(**overrides: Any) -> dict[str, Any]:
    """One valid note of a notes file, with fields replaced or (value None) removed."""
    fields: dict[str, Any] = {
        "uid": uuid4().hex,
        "event_id": "e1992-agreement",
        "event_title": "Agreement on cultural cooperation",
        "text": "imported text",
        "created_at": "2025-05-01T10:00:00+00:00",
        "updated_at": "2025-05-02T10:00:00+00:00",
    }
    fields.update(overrides)
    return {key: value for key, value in fields.items() if value is not None}


def notes_file(folder: Path, *notes: object, **header: Any) -> Path:
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": 1,
        "exported_at": "2026-01-01T00:00:00+00:00",
    }
    document.update(header)
    document["notes"] = list(notes)
    path = folder / "notes.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# ---- Markdown ---------------------------------------------------------------------------------


def test_markdown_groups_notes_by_event_chronologically_with_date_title_and_sources(
    env: Env,
) -> None:
    add_sample_notes(env)
    target = env.folder / "notes.md"
    assert env.exchange.export_markdown(target) == 5
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# Notes from the Kazakhstan–China Cultural Timeline"
    h1992 = lines.index("## 10 August 1992 — Agreement on cultural cooperation")
    h2007 = lines.index("## c. 2007–2012 — Confucius institutes open in four cities")
    h2017 = lines.index("## 10 June – 10 September 2017 — EXPO 2017 in Astana")
    removed = lines.index("## Notes on removed events")
    assert h1992 < h2007 < h2017 < removed
    assert lines[h1992 + 2] == "Sources: Kazinform — Seed article A (https://example.org/a)."
    assert lines[h2007 + 2] == "Sources: CGTN — Web article B (https://example.org/b)."
    # Oldest note first, with its time as people read it: local, to the minute.
    assert text.index("Older note on 1992") < text.index("not a heading")
    created = datetime(2026, 1, 1, 12, 0, 3, tzinfo=UTC).astimezone()
    assert f"*Created {created:%Y-%m-%d %H:%M}*" in lines
    assert "humanitarian" not in text  # events without notes are left out


def test_markdown_lists_notes_on_removed_events_with_the_event_id(env: Env) -> None:
    add_sample_notes(env)
    target = env.folder / "notes.md"
    env.exchange.export_markdown(target)
    lines = target.read_text(encoding="utf-8").splitlines()
    section = lines[lines.index("## Notes on removed events") :]
    assert "### Event id: gone-event" in section
    assert "> A note that outlived its event" in section


def test_a_note_cannot_break_the_markdown_structure(env: Env) -> None:
    add_sample_notes(env)
    target = env.folder / "notes.md"
    env.exchange.export_markdown(target)
    lines = target.read_text(encoding="utf-8").splitlines()
    start = lines.index("> # not a heading")
    assert lines[start : start + 4] == [
        "> # not a heading",
        ">",
        "> second paragraph",
        "> third line",
    ]
    assert not any(line.startswith("# not") for line in lines)


# ---- JSON and CSV content ---------------------------------------------------------------------


def test_json_export_holds_format_version_time_and_every_note(env: Env) -> None:
    add_sample_notes(env)
    target = env.folder / "notes.json"
    assert env.exchange.export_json(target) == 5
    raw = target.read_bytes()
    assert MULTILINGUAL.encode("utf-8") in raw  # ensure_ascii=False
    assert b'\n  "format"' in raw  # indent=2
    document = json.loads(raw.decode("utf-8"))
    assert document["format"] == "kz-cn-timeline-notes"
    assert document["version"] == 1
    assert document["exported_at"] == "2026-02-03T04:05:06+00:00"
    by_event = {note["event_id"]: note for note in document["notes"]}
    assert set(by_event["gone-event"]) == {
        "uid",
        "event_id",
        "event_title",
        "text",
        "created_at",
        "updated_at",
    }
    assert by_event["gone-event"]["event_title"] == ""
    assert by_event["e2017-expo"]["event_title"] == "EXPO 2017 in Astana"
    # The note clock ticks twice per added note (the note, then clearing the draft).
    assert by_event["e2017-expo"]["created_at"] == "2026-01-01T12:00:09+00:00"


def test_csv_export_has_bom_header_and_readable_rows(env: Env) -> None:
    add_sample_notes(env)
    target = env.folder / "notes.csv"
    assert env.exchange.export_csv(target) == 5
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(target)
    assert rows[0] == [
        "uid",
        "event_id",
        "event_date",
        "event_title",
        "created_at",
        "updated_at",
        "text",
    ]
    assert len(rows) == 6
    by_text = {row[6]: row for row in rows[1:]}
    multiline = by_text["# not a heading\n\nsecond paragraph\r\nthird line"]
    assert multiline[1:4] == [
        "e1992-agreement",
        "10 August 1992",
        "Agreement on cultural cooperation",
    ]
    assert by_text["A note that outlived its event"][1:4] == ["gone-event", "", ""]


@pytest.mark.parametrize("text", ["=1+2", "+31 555", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR"])
def test_csv_cells_that_start_a_formula_are_neutralised(env: Env, text: str) -> None:
    env.notes.add_note("e1992-agreement", text)
    target = env.folder / "notes.csv"
    env.exchange.export_csv(target)
    assert read_csv(target)[1][6] == "'" + text


def test_csv_leaves_normal_cells_alone(env: Env) -> None:
    env.notes.add_note("e1992-agreement", "plain = not a formula")
    target = env.folder / "notes.csv"
    env.exchange.export_csv(target)
    assert read_csv(target)[1][6] == "plain = not a formula"
    assert neutralise_cell("") == ""
    assert neutralise_cell("'=x") == "'=x"


def test_kazakh_chinese_and_emoji_text_survive_every_format(env: Env) -> None:
    env.notes.add_note("e2017-expo", MULTILINGUAL)
    markdown, as_json, as_csv = (env.folder / name for name in ("n.md", "n.json", "n.csv"))
    env.exchange.export_markdown(markdown)
    env.exchange.export_json(as_json)
    env.exchange.export_csv(as_csv)
    assert f"> {MULTILINGUAL}" in markdown.read_text(encoding="utf-8").splitlines()
    assert json.loads(as_json.read_text(encoding="utf-8"))["notes"][0]["text"] == MULTILINGUAL
    assert read_csv(as_csv)[1][6] == MULTILINGUAL
    env.wipe()
    env.exchange.import_json(as_json)
    assert [fact[2] for fact in env.facts()] == [MULTILINGUAL]


def test_exporting_no_notes_writes_empty_files(env: Env) -> None:
    assert env.exchange.export_json(env.folder / "n.json") == 0
    assert env.exchange.export_csv(env.folder / "n.csv") == 0
    assert env.exchange.export_markdown(env.folder / "n.md") == 0
    assert len(read_csv(env.folder / "n.csv")) == 1


# ---- Import: round trip and merging -----------------------------------------------------------


def test_round_trip_export_wipe_import_gives_identical_notes(env: Env) -> None:
    add_sample_notes(env)
    before = env.facts()
    target = env.folder / "notes.json"
    env.exchange.export_json(target)
    env.wipe()
    assert env.facts() == []
    report = env.exchange.import_json(target)
    assert env.facts() == before
    assert (report.added, report.updated, report.unchanged, report.skipped) == (5, 0, 0, 0)
    assert any("gone-event" in warning for warning in report.warnings)
    assert "gone-event" in report.changes.notes_of_events
    assert env.index_is_current()
    search = SearchService(env.database.session_factory, env.database.path)
    assert [r.event_id for r in search.search("Institutes note")] == ["e2007-institutes"]


def test_importing_the_same_file_twice_adds_nothing(env: Env) -> None:
    add_sample_notes(env)
    target = env.folder / "notes.json"
    env.exchange.export_json(target)
    before = env.facts()
    first = env.exchange.import_json(target)
    second = env.exchange.import_json(target)
    assert (first.added, first.unchanged) == (0, 5)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 5)
    assert second.changes.notes_of_events == frozenset()
    assert env.facts() == before


def test_a_newer_copy_in_the_file_replaces_the_local_text(env: Env) -> None:
    note, _ = env.notes.add_note("e1992-agreement", "local text")
    path = notes_file(
        env.folder,
        entry(
            uid=note.uid,
            text="text edited elsewhere",
            created_at=note.created_at.isoformat(),
            updated_at="2030-01-01T00:00:00+05:00",
        ),
    )
    report = env.exchange.import_json(path)
    assert (report.added, report.updated, report.skipped) == (0, 1, 0)
    assert report.changes.notes_of_events == {"e1992-agreement"}
    [(_, _, text, created, updated)] = env.facts()
    assert text == "text edited elsewhere"
    assert created == note.created_at
    assert updated == datetime(2029, 12, 31, 19, 0, tzinfo=UTC)
    search = SearchService(env.database.session_factory, env.database.path)
    assert [r.event_id for r in search.search("elsewhere")] == ["e1992-agreement"]


def test_an_older_copy_in_the_file_keeps_the_local_text(env: Env) -> None:
    note, _ = env.notes.add_note("e1992-agreement", "local text")
    path = notes_file(
        env.folder, entry(uid=note.uid, text="stale text", updated_at="2020-01-01T00:00:00Z")
    )
    report = env.exchange.import_json(path)
    assert (report.added, report.updated, report.skipped) == (0, 0, 1)
    assert report.warnings
    assert [fact[2] for fact in env.facts()] == ["local text"]


def test_an_unknown_uid_is_added_with_its_own_uid_and_timestamps(env: Env) -> None:
    uid = uuid4().hex
    path = notes_file(env.folder, entry(uid=uid, event_id="e2015-agreement"))
    report = env.exchange.import_json(path)
    assert (report.added, report.warnings) == (1, ())
    assert env.facts() == [
        (
            uid,
            "e2015-agreement",
            "imported text",
            datetime(2025, 5, 1, 10, tzinfo=UTC),
            datetime(2025, 5, 2, 10, tzinfo=UTC),
        )
    ]


# ---- Import: invalid files --------------------------------------------------------------------


def write_bytes(folder: Path, data: bytes) -> Path:
    path = folder / "notes.json"
    path.write_bytes(data)
    return path


INVALID_NOTES: list[tuple[dict[str, Any], str]] = [
    ({"uid": None}, "note #2: field 'uid': missing"),
    ({"uid": "ABC"}, "note #2: field 'uid': expected 32 lowercase hex digits"),
    ({"event_id": 7}, "note #2: field 'event_id': expected a string, got a number"),
    ({"event_id": "a\nb"}, "note #2: field 'event_id': empty or holds control characters"),
    ({"event_title": None, "text": None}, "note #2: field 'text': missing"),
    ({"event_title": ["x"]}, "note #2: field 'event_title': expected a string, got an array"),
    ({"text": "  "}, "note #2: field 'text': The note is empty"),
    ({"text": "a\x00b"}, "note #2: field 'text': The note contains a NUL"),
    ({"text": "bad \ud800"}, "note #2: field 'text': The note contains an invalid character"),
    ({"created_at": "yesterday"}, "note #2: field 'created_at': not an ISO date-time"),
    ({"created_at": None}, "note #2: field 'created_at': missing"),
    ({"updated_at": "2025-05-01T10:00:00"}, "note #2: field 'updated_at': has no time zone"),
    ({"updated_at": 1714557600}, "note #2: field 'updated_at': expected a string"),
]


@pytest.mark.parametrize(("overrides", "message"), INVALID_NOTES)
def test_an_invalid_note_is_refused_naming_file_note_and_field(
    env: Env, overrides: dict[str, Any], message: str
) -> None:
    env.notes.add_note("e1992-agreement", "kept")
    before = env.facts()
    path = notes_file(env.folder, entry(), entry(**overrides), entry())
    with pytest.raises(NoteImportError) as caught:
        env.exchange.import_json(path)
    assert str(caught.value).startswith("notes.json: ")
    assert message in str(caught.value)
    assert env.facts() == before  # not even the valid first note


def test_a_repeated_uid_is_refused(env: Env) -> None:
    uid = uuid4().hex
    path = notes_file(env.folder, entry(uid=uid), entry(uid=uid))
    with pytest.raises(NoteImportError, match=r"notes\.json: note #2: field 'uid': .* note #1"):
        env.exchange.import_json(path)
    assert env.facts() == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda f: write_bytes(f, b'{"format": "\xff"}'), "notes.json: not UTF-8 text"),
        (
            lambda f: write_bytes(f, b'{\n  "format": "kz-cn-timeline-notes",\n  "notes": [,]\n}'),
            "notes.json: not valid JSON: Expecting value at line 3, column 13",
        ),
        (lambda f: write_bytes(f, b"[]"), "notes.json: not a notes export"),
        (lambda f: notes_file(f, entry(), format="other"), "notes.json: not a notes export"),
        (lambda f: notes_file(f, entry(), format=None), "field 'format' is None"),
        (lambda f: notes_file(f, entry(), version=2), "notes.json: field 'version': version 2"),
        (lambda f: notes_file(f, entry(), version="1"), "notes.json: field 'version': expected"),
        (lambda f: notes_file(f, entry(), version=True), "notes.json: field 'version': expected"),
        (
            lambda f: write_bytes(f, b'{"format": "kz-cn-timeline-notes", "version": 1}'),
            "notes.json: field 'notes': expected an array, got null",
        ),
        (lambda f: notes_file(f, entry(), "x"), "notes.json: note #2: expected an object"),
    ],
)
def test_an_invalid_file_is_refused_and_nothing_is_written(
    env: Env, make: Any, message: str
) -> None:
    env.notes.add_note("e1992-agreement", "kept")
    before = env.facts()
    with pytest.raises(NoteImportError) as caught:
        env.exchange.import_json(make(env.folder))
    assert message in str(caught.value)
    assert env.facts() == before


def test_a_missing_import_file_is_a_storage_error(env: Env) -> None:
    with pytest.raises(StorageError, match=r"missing\.json"):
        env.exchange.import_json(env.folder / "missing.json")


# ---- Unwritable targets -----------------------------------------------------------------------


@pytest.mark.parametrize("export", ["export_markdown", "export_json", "export_csv"])
def test_a_target_under_a_regular_file_is_a_storage_error(env: Env, export: str) -> None:
    env.notes.add_note("e1992-agreement", "x")
    blocker = env.folder / "file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageError, match=r"file\.txt/notes\.out"):
        getattr(env.exchange, export)(blocker / "notes.out")


def test_a_target_in_proc_is_a_storage_error(env: Env) -> None:
    with pytest.raises(StorageError, match=r"Could not write /proc/x\.json"):
        env.exchange.export_json(Path("/proc/x.json"))


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_file(
    env: Env, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    env.notes.add_note("e1992-agreement", "x")
    target = env.folder / "notes.json"
    target.write_text("previous export", encoding="utf-8")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(f"timeline_app.services.note_exchange.formats.os.{failing}", disk_full)
    with pytest.raises(StorageError, match=r"notes\.json: No space left on device"):
        env.exchange.export_json(target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "previous export"
    assert [path.name for path in env.folder.iterdir()] == ["notes.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"format": "kz-cn-timeline-notes", "version": ' + b"9" * 5000 + b', "notes": []}',
        (
            '{"format": "kz-cn-timeline-notes", "version": 1, "notes": [{"uid": "'
            + "a" * 32
            + '", "event_id": "e2017-expo", "text": "x", "created_at": "0001-01-01T00:00:00+01:00", '
            '"updated_at": "0001-01-01T00:00:00+01:00"}]}'
        ).encode(),
        (
            '{"format": "kz-cn-timeline-notes", "version": 1, "notes": [{"uid": "'
            + "b" * 32
            + '", "event_id": "bad\\ud800", "text": "x", "created_at": "2024-01-01T00:00:00+00:00", '
            '"updated_at": "2024-01-01T00:00:00+00:00"}]}'
        ).encode(),
    ],
    ids=["deep-nesting", "huge-number", "overflowing-date", "lone-surrogate-id"],
)
def test_pathological_files_are_refused_cleanly(tmp_path: Path, content: bytes) -> None:
    from timeline_app.services.note_exchange.import_file import parse_notes_file

    with pytest.raises(NoteImportError, match=r"notes\.json"):
        parse_notes_file(content, "notes.json")


@pytest.mark.parametrize("cell", [" =1+1", "\u3000=1", "＝1+1", "＋1", "－1", "＠SUM(A1)"])
def test_disguised_formulas_are_neutralised(cell: str) -> None:
    assert neutralise_cell(cell).startswith("'")
