"""Sources for citing: all, one event's, many events' (keys), own events' URLs, data version."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.domain.collections import OwnEventInput
from timeline_app.persistence.database import Database
from timeline_app.services.citation_service import CitationService
from timeline_app.services.own_events import OwnEventsService
from timeline_app.services.timeline_service import TimelineService


@pytest.fixture
def services(store: Database) -> tuple[CitationService, TimelineService, OwnEventsService]:
    """The services on each backend's store (tests/services/conftest.py)."""
    return (
        CitationService(store.session_factory, store.name),
        TimelineService(store.session_factory, store.name),
        OwnEventsService(store.session_factory, store.name),
    )


def test_all_sources_are_listed_by_publisher(
    services: tuple[CitationService, TimelineService, OwnEventsService],
) -> None:
    citations, _, _ = services
    sources = citations.all_sources()
    assert {source.id for source in sources} == {"seed-a", "web-b"}
    publishers = [source.publisher.casefold() for source in sources]
    assert publishers == sorted(publishers)


def test_one_events_sources_and_an_unknown_event(
    services: tuple[CitationService, TimelineService, OwnEventsService],
) -> None:
    citations, _, _ = services
    sources = citations.event_sources("e1992-agreement")
    assert sources is not None and [source.id for source in sources] == ["seed-a"]
    assert citations.event_sources("no-such-event") is None


def test_sources_of_keys_are_distinct(
    services: tuple[CitationService, TimelineService, OwnEventsService],
) -> None:
    citations, timeline, _ = services
    keys = timeline.keys_of(["e1992-agreement", "e2015-agreement", "e2017-expo"])
    assert [source.id for source in citations.sources_of_keys(list(keys.values()))] == sorted(
        ["seed-a", "web-b"],
        key=lambda i: next(s.publisher.casefold() for s in citations.all_sources() if s.id == i),
    )
    only_seed = citations.sources_of_keys([keys["e1992-agreement"], keys["e2015-agreement"]])
    assert [source.id for source in only_seed] == ["seed-a"]
    assert citations.sources_of_keys([]) == []


def test_an_own_events_url_is_a_source(
    services: tuple[CitationService, TimelineService, OwnEventsService],
) -> None:
    citations, timeline, own = services
    change = own.create(
        OwnEventInput(
            "Caravan reaches Otrar",
            date(1218, 6, 1),
            category_id="agreement",
            source_url="https://example.org/otrar",
        )
    )
    sources = citations.event_sources(change.event_id)
    assert sources is not None and [s.url for s in sources] == ["https://example.org/otrar"]
    assert "https://example.org/otrar" in {s.url for s in citations.all_sources()}
    key = timeline.keys_of([change.event_id])[change.event_id]
    assert [s.url for s in citations.sources_of_keys([key])] == ["https://example.org/otrar"]


def test_data_version_is_the_loaded_ones(
    services: tuple[CitationService, TimelineService, OwnEventsService], sample_data_dir: Path
) -> None:
    citations, _, _ = services
    manifest = (sample_data_dir / "manifest.toml").read_text(encoding="utf-8")
    version = int(
        next(line for line in manifest.splitlines() if line.startswith("data_version")).split("=")[
            1
        ]
    )
    assert citations.data_version() == version
