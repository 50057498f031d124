"""What a search returns; importable without the database layer (widgets show it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One matching event: its date and title, with highlight ranges and where it matched."""

    event_id: str
    title: str
    date_text: str
    title_spans: tuple[tuple[int, int], ...]
    snippet: str = ""
    snippet_spans: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    in_notes: bool = False


@dataclass(frozen=True, slots=True)
class SearchOutcome:
    """Results of one search; ``ranked`` False means there were too many matches to rank,
    and ``results`` are the first ones found, by date."""

    results: list[SearchResult]
    ranked: bool = True
