"""Synthetic benchmark databases: events spread over the period, written in the app's own schema.

The recipe is shared with tests/benchmarks/vis_timeline/run.mjs: events uniform over 1992–2024
(day numbers count from 1992-01-01), titles of 30–70 characters from a fixed word list, eight
categories; the same seed gives the same events.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIRST_DAY = date(1992, 1, 1).toordinal()
FULL_DAYS = date(2025, 1, 1).toordinal() - FIRST_DAY  # 12,054
CATEGORIES = (
    ("diplomacy", "Diplomacy", "#0072B2"),
    ("culture", "Culture", "#CC79A7"),
    ("education", "Education", "#009E73"),
    ("language", "Language", "#E69F00"),
    ("media", "Media", "#999999"),
    ("tourism", "Tourism", "#56B4E9"),
    ("agreement", "Agreement", "#D55E00"),
    ("people", "People", "#882255"),
)
WORDS = [
    "Astana",
    "Almaty",
    "Beijing",
    "Urumqi",
    "Shanghai",
    "Khorgos",
    "cultural",
    "centre",
    "festival",
    "exhibition",
    "delegation",
    "forum",
    "university",
    "scholarship",
    "Confucius",
    "institute",
    "language",
    "week",
    "film",
    "concert",
    "museum",
    "heritage",
    "Silk",
    "Road",
    "agreement",
    "memorandum",
    "youth",
    "exchange",
    "tourism",
    "visa",
    "opera",
    "ballet",
    "translation",
    "Abai",
    "poetry",
    "archive",
    "library",
    "broadcast",
    "documentary",
    "sports",
    "students",
    "teachers",
    "ministers",
    "opening",
    "anniversary",
    "joint",
    "research",
    "pavilion",
    "expo",
    "book",
    "fair",
]


def _title(rng: random.Random) -> str:
    """A title of 30–70 characters."""
    target = rng.randint(30, 70)
    words: list[str] = []
    while len(" ".join(words)) < target:
        words.append(rng.choice(WORDS))
    text = " ".join(words)  # at least ``target`` long, so at least 30
    if len(text) > 70:
        text = text[:70].rstrip()
    return text[0].upper() + text[1:]


def synthetic_events(count: int, seed: int) -> Iterator[dict[str, Any]]:
    """Events uniform over 1992–2024: 40 % instants, 20 % one-day, 20 % month, 20 % year spans."""
    rng = random.Random(seed)
    last_day = date(2024, 12, 31)
    for number in range(count):
        start = date.fromordinal(FIRST_DAY + rng.randrange(FULL_DAYS))
        kind = rng.random()
        end: date | None
        if kind < 0.4:
            end = None
        elif kind < 0.6:
            end = start
        elif kind < 0.8:
            end = min(start + timedelta(days=30), last_day)
        else:
            end = min(start + timedelta(days=364), last_day)
        precision = rng.choices(("day", "month", "year"), (8, 1, 1))[0]
        yield {
            "id": f"bench-{number:07d}",
            "title": _title(rng),
            "start_date": start,
            "end_date": end,
            "precision": precision,
            "approximate": rng.random() < 0.05,
            "qualifier": "",
            "category_id": CATEGORIES[rng.randrange(len(CATEGORIES))][0],
            "importance": rng.choices((5, 4, 3, 2, 1), (5, 10, 25, 30, 30))[0],
            "confidence": rng.choices(("high", "medium", "low"), (6, 3, 1))[0],
            "summary": f"Synthetic benchmark event number {number}.",
            "body": "",
        }


def make_db(count: int, out: Path, seed: int = 42) -> None:
    """Write a benchmark database with ``count`` events at ``out`` (replacing it)."""
    from sqlalchemy import insert

    from timeline_app.persistence.data_sync import set_dataset_origin
    from timeline_app.persistence.database import open_database
    from timeline_app.persistence.event_snapshot import refresh_event_snapshot
    from timeline_app.persistence.orm import CategoryRow, EventRow
    from timeline_app.persistence.search_index import rebuild_event_index

    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    database = open_database(out)
    try:
        with database.session_factory.begin() as session:
            set_dataset_origin(session, "benchmark")
            for position, (category_id, name, colour) in enumerate(CATEGORIES):
                session.add(
                    CategoryRow(id=category_id, name=name, colour=colour, position=position)
                )
            session.flush()
            batch: list[dict[str, Any]] = []
            for key, row in enumerate(synthetic_events(count, seed), start=1):
                # Keys given here: the insert trigger would otherwise look each one up.
                batch.append({**row, "key": key})
                if len(batch) == 20_000:
                    session.execute(insert(EventRow), batch)
                    batch = []
            if batch:
                session.execute(insert(EventRow), batch)
            rebuild_event_index(session)
            refresh_event_snapshot(session)
    finally:
        database.dispose()
    size = out.stat().st_size / 2**20
    print(f"{out}: {count:,} events, {size:.0f} MiB, {time.perf_counter() - started:.1f} s")
