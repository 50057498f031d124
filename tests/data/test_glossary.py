"""Names in Kazakh, Russian and Chinese: the glossary's terms and the names of people and
places are checked like every other field, and each term must apply to some event."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.problems import DataValidationError


@pytest.fixture
def data_dir(tmp_path: Path, sample_data_dir: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(sample_data_dir, folder)
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_dataset(folder)
    return [str(problem) for problem in caught.value.problems]


def write_glossary(folder: Path, text: str) -> None:
    (folder / "glossary.toml").write_text(text, encoding="utf-8")


CONFUCIUS = """
[[term]]
id = "confucius-institute"
name = "Confucius Institute"
name_kk = "Конфуций институты"
name_ru = "Институт Конфуция"
name_zh = "孔子学院"
matches = ["Confucius   institutes"]
events = ["e2024-students"]
"""


def test_a_term_applies_to_the_events_its_phrases_and_ids_name(data_dir: Path) -> None:
    write_glossary(data_dir, CONFUCIUS)
    (term,) = load_dataset(data_dir).glossary
    # Any case, any run of spaces; whole words only ("EXPO" would not match "expos").
    assert set(term.event_ids) == {"e2007-institutes", "e2024-students"}
    assert term.other_names() == ("Конфуций институты", "Институт Конфуция", "孔子学院")


def test_a_term_whose_matches_find_no_event_is_a_problem(data_dir: Path) -> None:
    write_glossary(
        data_dir,
        '[[term]]\nid = "luban"\nname = "Luban Workshop"\nname_zh = "鲁班工坊"\n'
        'matches = ["Luban Workshop", "Luban Workshops"]\n',
    )
    assert problems_of(data_dir) == [
        "glossary.toml: term 'luban': field 'matches': 'Luban Workshop', 'Luban Workshops': "
        "found in no event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CONFUCIUS.replace('"e2024-students"', '"nowhere"'),
            "glossary.toml: term 'confucius-institute': field 'events': unknown event 'nowhere'",
        ),
        (
            CONFUCIUS.replace('name_kk = "Конфуций институты"', 'name_kk = ""'),
            "glossary.toml: term 'confucius-institute': field 'name_kk': must not be empty",
        ),
        (
            CONFUCIUS.replace('name_zh = "孔子学院"', "name_zh = 1"),
            "glossary.toml: term 'confucius-institute': field 'name_zh': must be text in quotes",
        ),
        (
            CONFUCIUS.replace('matches = ["Confucius   institutes"]', 'matches = ["", "x"]'),
            "glossary.toml: term 'confucius-institute': field 'matches': item 1 is empty",
        ),
        (
            CONFUCIUS + 'name_en = "x"\n',
            "glossary.toml: term 'confucius-institute': field 'name_en': unknown field",
        ),
        (
            CONFUCIUS + CONFUCIUS,
            "glossary.toml: term 'confucius-institute': field 'id': duplicate id",
        ),
    ],
)
def test_bad_glossary_input_names_file_term_and_field(
    data_dir: Path, text: str, expected: str
) -> None:
    write_glossary(data_dir, text)
    problems = problems_of(data_dir)
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("name_ru", '"  "', "person 'test-person': field 'name_ru': must not be empty"),
        ("name_zh", "[]", "person 'test-person': field 'name_zh': must be text in quotes"),
        ("aliases", '"x"', "person 'test-person': field 'aliases': must be a list of texts"),
    ],
)
def test_names_of_people_are_checked(data_dir: Path, field: str, value: str, expected: str) -> None:
    sample = data_dir / "sample.toml"
    text = sample.read_text(encoding="utf-8")
    marker = 'id = "test-person"\n'
    sample.write_text(text.replace(marker, f"{marker}{field} = {value}\n"), encoding="utf-8")
    problems = problems_of(data_dir)
    assert any(expected in problem for problem in problems), problems


def test_the_bundled_names_and_glossary() -> None:
    dataset = load_dataset(bundled_data_dir())
    people = {person.id: person for person in dataset.people}
    places = {place.id: place for place in dataset.places}
    terms = {term.id: term for term in dataset.glossary}
    assert people["abai-qunanbaiuly"].name_kk == "Абай Құнанбайұлы"
    assert "阿拜" in people["abai-qunanbaiuly"].name_zh
    assert people["nursultan-nazarbayev"].name_ru.endswith("Назарбаев")
    assert people["kassym-jomart-tokayev"].name_kk.endswith("Тоқаев")
    assert people["kassym-jomart-tokayev"].name_ru.endswith("Токаев")
    assert people["xi-jinping"].other_names() == ("Си Цзиньпин", "习近平")
    assert (places["xian"].name_ru, places["xian"].name_zh) == ("Сиань", "西安")
    assert all(place.name_ru for place in dataset.places)
    confucius = terms["confucius-institute"]
    assert (confucius.name_kk, confucius.name_ru, confucius.name_zh) == (
        "Конфуций институты",
        "Институт Конфуция",
        "孔子学院",
    )
    assert all(term.event_ids for term in dataset.glossary)
