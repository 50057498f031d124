"""The corrections of the chronology audit (issue 12, C1–C7 and the smaller ones) hold in the bundled data."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.schema import Dataset, EventSpec

OLD_IDS = (
    "2023-10-17-tourism-year-2024-declared",
    "2017-01-22-dimash-singer-debut",
    "2016-07-first-chinese-tour-groups",
    "2023-05-18-luban-agreement-xian-summit",
)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_data_dir())


@pytest.fixture(scope="module")
def events(dataset: Dataset) -> dict[str, EventSpec]:
    return {event.id: event for event in dataset.events}


@pytest.fixture(scope="module")
def source_urls(dataset: Dataset) -> dict[str, str]:
    return {source.id: source.url for source in dataset.sources}


def _text(event: EventSpec) -> str:
    return f"{event.title}\n{event.summary}\n{event.body}"


def _cites(event: EventSpec, urls: dict[str, str], fragment: str) -> bool:
    return any(fragment in urls[c.source_id] for c in event.citations)


def test_renamed_events_leave_no_trace(events: dict[str, EventSpec]) -> None:
    for old in OLD_IDS:
        assert old not in events
    for event in events.values():
        for link in event.links:
            assert link.event_id not in OLD_IDS, event.id


def test_c1_tourism_year_2024_announced_in_xian_on_17_may_2023(
    events: dict[str, EventSpec], source_urls: dict[str, str]
) -> None:
    event = events["2023-05-17-tourism-year-2024-announced"]
    assert event.start == date(2023, 5, 17)
    assert event.place_ids == ("xian",)
    assert _cites(event, source_urls, "news.china.com/zw/news/13000776/20230518/44982794_3")
    assert "October 2023" in event.body  # the earlier reading is named as such, not asserted
    for other in events.values():
        if other.id != event.id:
            assert "declared in October 2023" not in _text(other), other.id
    closing = events["2017-11-17-tourism-year-closes"]
    assert any(link.event_id == event.id for link in closing.links)


def test_c2_composer_opened_the_april_2019_festival(
    events: dict[str, EventSpec], source_urls: dict[str, str]
) -> None:
    for event in events.values():
        assert "premiere came only in May 2019" not in _text(event), event.id
    beijing = events["2019-05-13-composer-beijing-premiere"]
    assert beijing.start == date(2019, 5, 13)
    assert "13 to 20 April 2019" in beijing.body
    assert "Beijing International Film Festival" not in beijing.title
    assert _cites(
        beijing, source_urls, "hollywoodreporter.com/news/beijing-film-festival-2019-lineup"
    )
    wuhan = events["2019-05-09-composer-wuhan-preview"]
    assert "13 April 2019" in wuhan.body
    assert _cites(wuhan, source_urls, "hollywoodreporter.com")


def test_c3_luban_agreement_signed_in_tianjin_on_18_may_2023(
    events: dict[str, EventSpec], source_urls: dict[str, str]
) -> None:
    event = events["2023-05-18-luban-agreement-tianjin"]
    assert (event.start, event.end, event.approximate) == (date(2023, 5, 18), None, False)
    assert event.place_ids == ("tianjin",)
    assert "in Tianjin on 18 May 2023" in event.body
    assert _cites(
        event, source_urls, "regional.chinadaily.com.cn/tianjin/lubanws/2023-05/19/c_902879"
    )
    memo = events["2023-03-02-luban-workshop-mou"]
    assert any(link.event_id == event.id for link in memo.links)


def test_c4_shanghai_five_date_conflict_is_shown(
    events: dict[str, EventSpec], source_urls: dict[str, str]
) -> None:
    event = events["1996-04-shanghai-five-agreement"]
    assert event.start == date(1996, 4, 26)
    assert event.confidence.value == "medium"
    assert "25 April 1996" in event.body and "26 April" in event.body
    assert _cites(event, source_urls, "rferl.org/a/1080434")
    assert _cites(event, source_urls, "china.org.cn/english/MATERIAL/5605")
    assert _cites(event, source_urls, "fmprc.gov.cn")


def test_c5_dimash_debut_aired_on_21_january_2017(
    events: dict[str, EventSpec], source_urls: dict[str, str]
) -> None:
    event = events["2017-01-21-dimash-singer-debut"]
    assert event.start == date(2017, 1, 21)
    assert event.start.weekday() == 5  # a Saturday, as the weekly schedule requires
    assert _cites(event, source_urls, "sazalem.com")


def test_c6_first_tour_group_left_on_6_august_2016(
    events: dict[str, EventSpec], source_urls: dict[str, str]
) -> None:
    event = events["2016-08-06-first-chinese-tour-group"]
    assert event.start == date(2016, 8, 6)
    assert event.precision.value == "day"
    assert {"urumqi", "astana"} <= set(event.place_ids)
    assert "July 2016" in event.body  # the conflict with the earlier reading is stated
    assert _cites(event, source_urls, "en.inform.kz/news/china-launches-kazakhstan-tour_a2934291")
    assert any(f.value == 55 for f in event.figures)
    memo = events["2015-12-group-tourism-mou"]
    assert any(link.event_id == event.id for link in memo.links)


def test_c7_five_confucius_institutes_are_documented(
    events: dict[str, EventSpec], source_urls: dict[str, str]
) -> None:
    event = events["2024-06-20-five-confucius-institutes-reported"]
    assert "Only four institutes are documented" not in event.body
    assert "no source naming a fifth" not in event.body
    assert "Ablai Khan" in event.body
    assert all(link.kind != "conflicts-with" for link in event.links)
    for fragment in ("tengrinews.kz", "rednet.cn", "military.china.com", "ablaikhan.kz"):
        assert _cites(event, source_urls, fragment), fragment
    older = events["2014-05-kazakh-students-in-china-11165"]
    assert all(link.kind != "conflicts-with" for link in older.links)


def test_smaller_corrections(events: dict[str, EventSpec], source_urls: dict[str, str]) -> None:
    opening = events["2024-03-29-tourism-year-opens-beijing"]
    assert "China National Opera House" in opening.summary
    for event in events.values():
        assert "National Centre for the Performing Arts" not in _text(event), event.id

    mazhilis = events["2024-06-05-mazhilis-ratifies"]
    areas = {f.value: f.source_id for f in mazhilis.figures if f.unit == "m²"}
    assert set(areas) == {700, 730, 620}
    assert len(set(areas.values())) == 3
    for value in ("700", "730", "620"):
        assert f"{value} m²" in mazhilis.body

    assert events["2024-06-20-kazakh-students-in-china-3449"].confidence.value == "medium"

    for event_id in (
        "2023-11-27-cultural-centres-agreement-signed",
        "2024-06-27-president-signs-ratification",
    ):
        assert _cites(events[event_id], source_urls, "adilet.zan.kz/kaz/docs/Z2400000098"), event_id

    partnership = events["2019-09-11-permanent-strategic-partnership"]
    assert _cites(partnership, source_urls, "sputniknews.cn/amp/20220914/1043958520")
