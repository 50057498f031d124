"""The core use cases on both backends: what the other service tests leave out (restoring a
note, titles by key in another language, a TimelineJS file imported, renamed, removed and
purged). The store is each backend's, with the sample data (tests/services/conftest.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from timeline_app.persistence.database import Database
from timeline_app.services.collections_service import CollectionsService
from timeline_app.services.event_exchange import EventExchangeService, preview_file
from timeline_app.services.note_service import NoteService
from timeline_app.services.timeline_service import TimelineService

TIMELINEJS = {
    "title": {"text": {"headline": "Silk Road stops", "text": "Three stops"}},
    "events": [
        {
            "start_date": {"year": 1218, "month": 6, "day": 1},
            "text": {"headline": "Otrar", "text": "A caravan reaches Otrar."},
            "group": "Trade",
        },
        {
            "start_date": {"year": 1220},
            "end_date": {"year": 1221},
            "text": {"headline": "Samarkand", "text": "Siege."},
            "group": "War",
        },
        {"start_date": {"year": 1222, "month": 3}, "text": {"headline": "Almaliq", "text": ""}},
    ],
    "eras": [
        {
            "start_date": {"year": 1218},
            "end_date": {"year": 1222},
            "text": {"headline": "Campaign"},
        }
    ],
}


def test_a_note_is_added_edited_deleted_restored_and_counted(store: Database) -> None:
    notes = NoteService(store.session_factory, store.name)
    note, _ = notes.add_note("e1992-agreement", "first")
    edited, _ = notes.update_note(note.id, "first, edited")
    assert edited.text == "first, edited" and edited.updated_at >= note.updated_at
    assert notes.event_ids_with_notes() == {"e1992-agreement"}
    gone, _ = notes.delete_note(note.id)
    assert gone is not None and notes.notes_for("e1992-agreement") == []
    notes.restore_note(gone)
    [back] = notes.notes_for("e1992-agreement")
    assert (back.id, back.uid, back.text) == (note.id, note.uid, "first, edited")
    later, _ = notes.add_note("e1992-agreement", "second")
    assert later.id > note.id
    assert [n.text for n in notes.notes_for("e1992-agreement")] == ["second", "first, edited"]
    notes.add_note("no-such-event", "orphan")
    assert [n.text for n in notes.notes_on_removed_events()] == ["orphan"]
    notes.save_draft("e2017-expo", "typing")
    assert notes.draft_for("e2017-expo") == "typing"


def test_columns_titles_ids_and_keys_agree(store: Database) -> None:
    timeline = TimelineService(store.session_factory, store.name)
    markers = timeline.markers()
    columns = timeline.columns()
    assert len(columns) == len(markers)
    keys = [int(key) for key in columns.columns["key"]]
    ids = timeline.ids(keys)
    assert sorted(ids.values()) == sorted(m.id for m in markers)
    assert timeline.keys_of(ids.values()) == {event_id: key for key, event_id in ids.items()}
    titles = timeline.titles(keys)
    assert {ids[key]: title for key, title in titles.items()} == {m.id: m.title for m in markers}
    by_key = timeline.markers_by_key(keys[:2])
    assert {marker.id for marker in by_key.values()} == {ids[key] for key in keys[:2]}
    starts = [date.fromordinal(int(day)) for day in columns.columns["start"]]
    assert starts == sorted(m.start for m in markers)
    timeline.set_text_language("kk")
    kk_titles = timeline.titles(keys)
    assert {ids[key]: title for key, title in kk_titles.items()} == {
        m.id: m.title for m in timeline.markers()
    }
    assert [c.id for c in timeline.categories()][:2] == ["diplomacy", "agreement"]


def test_a_timelinejs_file_is_imported_renamed_removed_and_purged(
    store: Database, tmp_path: Path
) -> None:
    file = tmp_path / "stops.json"
    file.write_text(json.dumps(TIMELINEJS), encoding="utf-8")
    exchange = EventExchangeService(store.session_factory, store.name)
    preview = preview_file(file)
    assert preview.event_count == 3
    written = exchange.import_file(preview, preview.name)
    assert written.count == 3
    collections = CollectionsService(store.session_factory, store.name)
    [info] = collections.collections()
    assert (info.name, info.event_count, len(info.eras)) == ("Silk Road stops", 3, 1)
    timeline = TimelineService(store.session_factory, store.name)
    assert {"Otrar", "Samarkand", "Almaliq"} <= {m.title for m in timeline.markers()}
    assert collections.rename(info.id, "Stops") == "Silk Road stops"
    removed = collections.remove(info.id)
    assert collections.collections() == []
    assert "Otrar" not in {m.title for m in timeline.markers()}
    collections.restore(removed)
    assert [c.name for c in collections.collections()] == ["Stops"]
    collections.remove(info.id)
    assert collections.purge_removed() == 3
    assert len(timeline.columns()) == len(timeline.markers())
