"""What a figure draws: the events as the timeline gets them, their texts, legend and sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline_app.domain.event_columns import EventColumns
from timeline_app.domain.event_lookup import EventLookup
from timeline_app.domain.models import Category, Source
from timeline_app.ui.timeline.era_bands import EraBand


def no_sources(_keys: Sequence[int]) -> list[Source]:
    """No sources are known (the default of ``FigureContent.sources_of``)."""
    return []


@dataclass(frozen=True, slots=True)
class FigureContent:
    """The events to draw (already filtered) and everything around them."""

    #: the events to draw, as the timeline gets them
    columns: EventColumns
    #: titles (reader's language) and ids by key
    lookup: EventLookup
    #: colours by the columns' category index, and the legend (names as given)
    categories: Sequence[Category]
    #: eras drawn as bands behind the events
    eras: Sequence[EraBand] = ()
    #: the sources of events by key (``CitationService.sources_of_keys``)
    sources_of: Callable[[Sequence[int]], list[Source]] = no_sources
    #: the data version named in the source line (None: not known)
    data_version: int | None = None
