"""Searches in Kazakh, Russian and Chinese find the bundled events (issue 12).

The names come from people.toml and places.toml (for the events they are attached to) and
from glossary.toml (for the events its terms match); none of them is in the event texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.postgres_server import fresh_database
from tests.services.conftest import BACKENDS, open_server_store
from timeline_app.data.location import bundled_data_dir
from timeline_app.persistence.database import Database
from timeline_app.services.search_service import SearchService
from timeline_app.services.startup import open_timeline_database


@pytest.fixture(scope="module", params=BACKENDS)
def search(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SearchService]:
    """Search on a store of each backend with the bundled chronology (one per module)."""
    folder = bundled_data_dir()
    assert isinstance(folder, Path)
    with ExitStack() as stack:
        database: Database
        if request.param == "sqlite":
            path = tmp_path_factory.mktemp("native") / "timeline.sqlite3"
            database = open_timeline_database(path, folder)
        else:
            url = stack.enter_context(fresh_database(request.getfixturevalue("postgres_server")))
            database = open_server_store(url, folder)
        yield SearchService(database.session_factory, database.name)
        database.dispose()


ABAI = {"2014-03-19-abai-monument-beijing", "2021-08-10-abai-readings-beijing"}
CONFUCIUS = {"2007-12-enu-confucius-institute-opens", "2009-02-23-kaznu-confucius-institute"}
NAZARBAYEV = {"2006-12-nazarbayev-visit-beijing", "2018-12-01-nazarbayev-learn-chinese"}
TOKAYEV = {"2022-09-14-xi-state-visit", "2023-05-19-xian-consulate"}
XI = {"2013-09-07-xi-silk-road-speech", "2024-07-02-xi-state-visit"}
XIAN = {"2023-05-17-sister-cities", "2023-05-19-xian-consulate"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Абай", ABAI),
        ("Абай Құнанбайұлы", ABAI),
        ("阿拜", ABAI),
        ("孔子学院", CONFUCIUS),
        ("Конфуций", CONFUCIUS),
        ("Институт Конфуция", CONFUCIUS),
        ("Конфуций институты", CONFUCIUS),
        ("Назарбаев", NAZARBAYEV),
        ("纳扎尔巴耶夫", NAZARBAYEV),
        ("Тоқаев", TOKAYEV),
        ("Токаев", TOKAYEV),
        ("托卡耶夫", TOKAYEV),
        ("习近平", XI),
        ("Си Цзиньпин", XI),
        ("Сиань", XIAN),
        ("西安", XIAN),
        ("一带一路", {"2013-09-07-xi-silk-road-speech"}),
        ("Шанхайская организация сотрудничества", {"2016-12-14-culture-day-sco"}),
        ("鲁班工坊", {"2023-12-luban-workshop-oskemen"}),
        ("Пекин", {"2014-03-19-abai-monument-beijing"}),
    ],
)
def test_a_name_in_the_languages_of_the_field_finds_the_events(
    search: SearchService, query: str, expected: set[str]
) -> None:
    found = {result.event_id for result in search.search(query, limit=200)}
    assert expected <= found, sorted(expected - found)


def test_a_term_is_indexed_only_with_the_events_it_matches(search: SearchService) -> None:
    found = {result.event_id for result in search.search("孔子学院", limit=200)}
    assert "2024-07-02-xi-state-visit" not in found
