"""Coverage of the bundled chronology (issue 12): every year 1992–2024, at least 130 events, required additions."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.schema import Dataset, EventSpec

FIRST_YEAR, LAST_YEAR = 1992, 2024

#: Events that issue 12 requires, with the start (and end, if any) their sources support.
REQUIRED_EVENTS: dict[str, tuple[date, date | None]] = {
    "1993-10-21-nazarbayev-visit-joint-statement": (date(1993, 10, 21), None),
    "1994-04-26-border-agreement-li-peng": (date(1994, 4, 26), None),
    "2000-07-05-shanghai-five-dushanbe-summit": (date(2000, 7, 5), None),
    "2019-04-13-composer-opens-bjiff": (date(2019, 4, 13), date(2019, 4, 20)),
    "2018-06-07-composer-trailer-presidents": (date(2018, 6, 7), None),
    "2023-02-09-ablai-khan-confucius-institute": (date(2023, 2, 9), None),
    "2024-07-03-cultural-centres-plaques-unveiled": (date(2024, 7, 3), None),
    "2024-07-03-china-tourism-year-2025-announced": (date(2024, 7, 3), None),
    "2024-11-27-tourism-year-2024-closes-almaty": (date(2024, 11, 27), None),
    "2020-12-10-abai-chinese-translation-beijing": (date(2020, 12, 10), None),
    "1999-xian-xinghai-monument-almaty": (date(1999, 1, 1), None),
    "2018-11-02-xian-baikadamov-memorial-concert": (date(2018, 11, 2), None),
    "2021-05-baikadamov-street-guangzhou": (date(2021, 5, 28), None),
    "2017-06-02-sco-culture-ministers-astana": (date(2017, 6, 2), None),
    "2023-04-03-almaty-sco-cultural-tourist-capital": (date(2023, 4, 3), None),
    "2023-09-13-kazakh-culture-day-sco": (date(2023, 9, 13), None),
    "2019-04-28-order-of-friendship-nazarbayev": (date(2019, 4, 28), None),
    "2022-09-14-golden-eagle-order-xi": (date(2022, 9, 14), None),
}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_data_dir())


@pytest.fixture(scope="module")
def events(dataset: Dataset) -> dict[str, EventSpec]:
    return {event.id: event for event in dataset.events}


def test_the_chronology_has_at_least_130_events(dataset: Dataset) -> None:
    assert len(dataset.events) >= 130


def test_every_year_from_1992_to_2024_has_an_event_starting_in_it(dataset: Dataset) -> None:
    years = {event.start.year for event in dataset.events}
    missing = [year for year in range(FIRST_YEAR, LAST_YEAR + 1) if year not in years]
    assert missing == []


@pytest.mark.parametrize(("event_id", "dates"), REQUIRED_EVENTS.items())
def test_a_required_event_exists_with_its_dates(
    events: dict[str, EventSpec], event_id: str, dates: tuple[date, date | None]
) -> None:
    start, end = dates
    event = events[event_id]
    assert (event.start, event.end) == (start, end)
    assert event.citations, f"{event_id} cites no source"


def test_year_and_month_precision_are_kept_where_the_sources_give_no_day(
    events: dict[str, EventSpec],
) -> None:
    assert events["1999-xian-xinghai-monument-almaty"].precision == "year"
    assert events["2021-05-baikadamov-street-guangzhou"].precision == "month"


def test_the_ablai_khan_event_is_dated_by_the_contest_not_by_a_founding(
    events: dict[str, EventSpec],
) -> None:
    event = events["2023-02-09-ablai-khan-confucius-institute"]
    assert "Chinese Bridge" in event.title
    assert "fifth" in event.body
    assert "founding date is not documented" in event.body


def test_the_composer_festival_opening_precedes_the_may_screenings(
    events: dict[str, EventSpec],
) -> None:
    opening = events["2019-04-13-composer-opens-bjiff"]
    assert opening.end is not None
    assert opening.end < events["2019-05-09-composer-wuhan-preview"].start
    assert opening.end < events["2019-05-13-composer-beijing-premiere"].start
