"""Reading events: markers in order, full detail, categories and sources with counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.domain.models import Confidence, DatePrecision
from timeline_app.persistence.database import Database
from timeline_app.services.startup import open_timeline_database
from timeline_app.services.timeline_service import TimelineService


@pytest.fixture
def timeline(store: Database) -> TimelineService:
    """The timeline of each backend's store (tests/services/conftest.py)."""
    return TimelineService(store.session_factory, store.name)


def test_markers_are_chronological(timeline: TimelineService) -> None:
    markers = timeline.markers()
    assert [m.start for m in markers] == sorted(m.start for m in markers)
    expo = next(m for m in markers if m.id == "e2017-expo")
    assert expo.is_span and expo.end == date(2017, 9, 10)


def test_detail_has_everything_the_pane_shows(timeline: TimelineService) -> None:
    detail = timeline.event_detail("e1992-agreement")
    assert detail is not None
    assert detail.precision is DatePrecision.DAY and detail.confidence is Confidence.HIGH
    assert detail.category.name == "Agreements"
    assert detail.places[0].name == "Beijing"
    assert detail.people[0].name == "Бибігүл Жексенбай"
    assert detail.citations[0].source.seed_document == "000_test.txt"
    assert detail.citations[0].quote == "one of the first legal acts"
    assert [(link.other_id, link.kind, link.outgoing) for link in detail.links] == [
        ("e2015-agreement", "leads-to", True)
    ]
    back = timeline.event_detail("e2015-agreement")
    assert back is not None and back.links[0].outgoing is False


def test_place_name_follows_the_event_date(timeline: TimelineService) -> None:
    during = timeline.event_detail("e2020-nur-sultan")
    before = timeline.event_detail("e2017-expo")
    assert during is not None and before is not None
    assert during.places[0].name_on(during.start) == "Nur-Sultan"
    assert before.places[0].name_on(before.start) == "Astana"


def test_unknown_event_has_no_detail(timeline: TimelineService) -> None:
    assert timeline.event_detail("nope") is None


def test_sources_are_counted(timeline: TimelineService) -> None:
    counts = {source.id: count for source, count in timeline.sources_with_counts()}
    assert counts == {"seed-a": 3, "web-b": 3}


def test_a_pair_linked_both_ways_is_listed_once(tmp_path: Path, sample_data_dir: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(sample_data_dir, data)
    sample = data / "sample.toml"
    text = sample.read_text(encoding="utf-8").replace(
        'summary = "A broader agreement."',
        'summary = "A broader agreement."\nrelated = [{ event = "e1992-agreement", kind = "see-also" }]',
    )
    sample.write_text(text, encoding="utf-8")
    database = open_timeline_database(tmp_path / "db.sqlite3", data)
    detail = TimelineService(database.session_factory, tmp_path / "db.sqlite3").event_detail(
        "e2015-agreement"
    )
    database.dispose()
    assert detail is not None
    assert [(link.other_id, link.kind, link.outgoing) for link in detail.links] == [
        ("e1992-agreement", "see-also", True)
    ]
