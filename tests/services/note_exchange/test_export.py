"""Notes export content: Markdown grouped by event, JSON and CSV with every note, safe cells."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.services.note_exchange.helpers import MULTILINGUAL, Env, add_sample_notes, read_csv
from timeline_app.services.note_exchange.service import neutralise_cell

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
    assert f"*Created {created:%Y-%m-%d %H:%M} · by {env.notes.author}*" in lines
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
        "author",
        "private",
    }
    assert by_event["gone-event"]["private"] is False
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
        "author",
        "private",
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
    assert multiline[7:] == [env.notes.author, ""]  # shared: no private mark


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


@pytest.mark.parametrize("cell", [" =1+1", "\u3000=1", "＝1+1", "＋1", "－1", "＠SUM(A1)"])
def test_disguised_formulas_are_neutralised(cell: str) -> None:
    assert neutralise_cell(cell).startswith("'")
