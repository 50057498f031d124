"""The curated dataset that ships with the app: valid, complete for the seed facts, honest."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date

import pytest

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.schema import Dataset, EventSpec

#: Every dated or numeric fact of the two seed articles (facts.md §1) -> its event.
SEED_FACT_EVENTS = {
    "S1 Senate ratifies the cultural-centres agreement": "2024-06-20-senate-ratifies-cultural-centres",
    "S2 1992 agreement on cultural cooperation": "1992-08-10-cultural-cooperation-agreement",
    "S3 2015 cultural and humanitarian agreement": "2015-08-31-cultural-humanitarian-agreement",
    "S4 five Confucius Institutes in four cities": "2024-06-20-five-confucius-institutes-reported",
    "S5 3,449 students in China": "2024-06-20-kazakh-students-in-china-3449",
    "S6 six Centres of Kazakhstan": "2024-06-20-six-centres-of-kazakhstan",
    "S7 heads of state agree on cultural centres": "2022-09-14-heads-of-state-agree-cultural-centres",
    "S10 CGTN report": "2017-09-17-cgtn-report-cultural-ties",
    "S11 Confucius centres in four cities": "2007-confucius-institutes-four-cities",
    "S12 over 7,000 enrolled since 2006": "2017-09-17-astana-confucius-7000-enrolled",
    "S13 about half do business with China": "2017-09-17-astana-confucius-learner-profile",
    "S14 China Friendly programme": "2016-09-china-friendly-programme",
    "S15 EXPO 2017": "2017-06-10-expo-2017",
    "S16 Astana talks on Syria": "2017-01-23-astana-talks-syria",
}

CULTURAL_CENTRES_CHAIN = [
    ("2017-01-10-china-proposes-cultural-centres", date(2017, 1, 10)),
    ("2022-09-14-heads-of-state-agree-cultural-centres", date(2022, 9, 14)),
    ("2023-05-17-cultural-centres-pledge", date(2023, 5, 17)),
    ("2023-11-27-cultural-centres-agreement-signed", date(2023, 11, 27)),
    ("2024-06-05-mazhilis-ratifies", date(2024, 6, 5)),
    ("2024-06-20-senate-ratifies-cultural-centres", date(2024, 6, 20)),
    ("2024-06-27-president-signs-ratification", date(2024, 6, 27)),
]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_data_dir())


@pytest.fixture(scope="module")
def events(dataset: Dataset) -> dict[str, EventSpec]:
    return {event.id: event for event in dataset.events}


def test_the_bundled_data_is_valid_and_broad(dataset: Dataset) -> None:
    assert len(dataset.events) >= 80
    assert set(Counter(e.category_id for e in dataset.events)) == {c.id for c in dataset.categories}
    assert all(event.citations for event in dataset.events)


@pytest.mark.parametrize(("fact", "event_id"), SEED_FACT_EVENTS.items())
def test_every_seed_fact_has_its_event_citing_its_seed(
    events: dict[str, EventSpec], dataset: Dataset, fact: str, event_id: str
) -> None:
    assert event_id in events, fact
    seed_sources = {s.id for s in dataset.sources if s.seed_document}
    assert {c.source_id for c in events[event_id].citations} & seed_sources, fact


def test_seed_dates_use_the_best_dating(events: dict[str, EventSpec]) -> None:
    assert events["1992-08-10-cultural-cooperation-agreement"].start == date(1992, 8, 10)
    assert events["2015-08-31-cultural-humanitarian-agreement"].start == date(2015, 8, 31)
    expo = events["2017-06-10-expo-2017"]
    assert (expo.start, expo.end) == (date(2017, 6, 10), date(2017, 9, 10))
    four_cities = events["2007-confucius-institutes-four-cities"]
    assert four_cities.approximate and four_cities.end is not None and four_cities.end.year == 2012


def test_seed_figures_are_dated_and_sourced(events: dict[str, EventSpec]) -> None:
    figures = {f.value: f for e in events.values() for f in e.figures}
    for value in (3449, 7000, 655000):
        assert value in figures, value
        assert figures[value].as_of is not None and figures[value].source_id


def test_the_cultural_centres_story_is_linked_step_by_step(events: dict[str, EventSpec]) -> None:
    for (event_id, day), (next_id, _) in itertools.pairwise(CULTURAL_CENTRES_CHAIN):
        assert events[event_id].start == day
        assert any(
            link.event_id == next_id and link.kind == "leads-to" for link in events[event_id].links
        )
    assert events[CULTURAL_CENTRES_CHAIN[-1][0]].start == CULTURAL_CENTRES_CHAIN[-1][1]


def test_the_capital_is_named_as_on_the_day(dataset: Dataset) -> None:
    astana = next(place for place in dataset.places if place.id == "astana")
    assert astana.name_on(date(2017, 6, 10)) == "Astana"
    assert astana.name_on(date(2019, 9, 11)) == "Nur-Sultan"
    assert astana.name_on(date(2022, 9, 14)) == "Nur-Sultan"
    assert astana.name_on(date(2022, 9, 20)) == "Astana"
    assert astana.name_on(date(1997, 12, 10)) == "Akmola"
    almaty = next(place for place in dataset.places if place.id == "almaty")
    assert almaty.name_on(date(1992, 1, 3)) == "Alma-Ata"
    assert almaty.name_on(date(2009, 2, 23)) == "Almaty"


def test_quotes_are_short(dataset: Dataset) -> None:
    for event in dataset.events:
        for citation in event.citations:
            assert len(citation.quote.split()) <= 20, event.id


def test_yearly_figures_are_not_given_a_false_day(events: dict[str, EventSpec]) -> None:
    from timeline_app.domain.models import DatePrecision

    figures = {f.value: f for e in events.values() for f in e.figures}
    assert figures[655000].precision is DatePrecision.YEAR
    assert figures[3449].precision is DatePrecision.DAY


def test_every_source_has_an_access_date_no_later_than_today(dataset: Dataset) -> None:
    """The day each source was checked for the dataset (its entry's first commit): every one,
    the seeds' too, and none in the future."""
    assert dataset.sources
    assert all(source.accessed is not None for source in dataset.sources)
    assert all(
        source.accessed is not None and source.accessed <= date.today()
        for source in dataset.sources
    )
    seeds = [source for source in dataset.sources if source.seed_document]
    assert seeds and all(source.accessed == date(2026, 11, 22) for source in seeds)
