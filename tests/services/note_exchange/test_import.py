"""Notes import from JSON: round trip, merging by uid, and files refused before any write."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from tests.services.note_exchange.helpers import (
    Env,
    add_sample_notes,
    entry,
    notes_file,
    write_bytes,
)
from timeline_app.domain.errors import StorageError
from timeline_app.services.note_exchange.service import NoteImportError
from timeline_app.services.search_service import SearchService

# ---- Round trip and merging ------------------------------------------------------------------


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
            updated_at="2026-02-01T00:00:00+05:00",
        ),
    )
    report = env.exchange.import_json(path)
    assert (report.added, report.updated, report.skipped) == (0, 1, 0)
    assert report.changes.notes_of_events == {"e1992-agreement"}
    [(_, _, text, created, updated)] = env.facts()
    assert text == "text edited elsewhere"
    assert created == note.created_at
    assert updated == datetime(2026, 1, 31, 19, 0, tzinfo=UTC)
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


# ---- Invalid files ----------------------------------------------------------------------------


INVALID_NOTES: list[tuple[dict[str, Any], str]] = [
    ({"uid": None}, "note #2: field 'uid': missing"),
    ({"uid": "ABC"}, "note #2: field 'uid': expected 32 lowercase hex digits"),
    ({"event_id": 7}, "note #2: field 'event_id': expected a string, got the whole number 7"),
    ({"event_id": "a\nb"}, "note #2: field 'event_id': empty or holds control characters"),
    ({"event_title": None, "text": None}, "note #2: field 'text': missing"),
    (
        {"event_title": ["x"]},
        "note #2: field 'event_title': expected a string, got an array of 1 item",
    ),
    ({"event_title": False}, "note #2: field 'event_title': expected a string, got false"),
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
        # Was "expected a number, got a number".
        (
            lambda f: notes_file(f, entry(), version=1.0),
            "notes.json: field 'version': expected a whole number, got the decimal number 1.0",
        ),
        (
            lambda f: notes_file(f, entry(), version="1"),
            "notes.json: field 'version': expected a whole number, got the string \"1\"",
        ),
        (
            lambda f: notes_file(f, entry(), version=True),
            "notes.json: field 'version': expected a whole number, got true",
        ),
        (
            lambda f: write_bytes(f, b'{"format": "kz-cn-timeline-notes", "version": 1}'),
            "notes.json: field 'notes': expected an array, got null",
        ),
        (
            lambda f: notes_file(f, entry(), "x" * 50),
            'notes.json: note #2: expected an object, got the string "' + "x" * 40 + '…"',
        ),
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
