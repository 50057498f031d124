"""Category names, roles and countries in Kazakh, Russian and Chinese: read from the data files,
checked, and required (categories) or reported (roles) by the data check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_app.data.__main__ import main as data_cli
from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir
from timeline_app.data.problems import DataValidationError
from timeline_app.domain.translations import TRANSLATION_LANGUAGES


@pytest.fixture
def data_dir(tmp_path: Path, sample_data_dir: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(sample_data_dir, folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_dataset(folder)
    return [str(problem) for problem in caught.value.problems]


def test_categories_roles_and_countries_are_read_in_every_language(sample_data_dir: Path) -> None:
    dataset = load_dataset(sample_data_dir)
    tourism = next(c for c in dataset.categories if c.id == "tourism")
    assert (tourism.name, tourism.name_kk, tourism.name_ru, tourism.name_zh) == (
        "Tourism",
        "Туризм",
        "Туризм",
        "旅游",
    )
    person = next(p for p in dataset.people if p.id == "test-person")
    assert (person.role_kk, person.role_ru, person.role_zh) == ("Сенатор", "Сенатор", "参议员")
    assert person.role_in("zh") == "参议员" and person.role_in("en") == "Senator"
    # A place names its country by id; the loader gives it the country's names.
    beijing = next(p for p in dataset.places if p.id == "beijing")
    assert (beijing.country, beijing.country_kk, beijing.country_ru, beijing.country_zh) == (
        "China",
        "Қытай",
        "Китай",
        "中国",
    )
    assert [c.id for c in dataset.countries] == ["kazakhstan", "china"]


def test_the_bundled_data_names_every_category_role_and_country_in_every_language() -> None:
    dataset = load_dataset(bundled_data_dir())
    for category in dataset.categories:
        for code in TRANSLATION_LANGUAGES:
            assert getattr(category, f"name_{code}"), (category.id, code)
    for person in dataset.people:
        for code in TRANSLATION_LANGUAGES:
            assert not person.role or getattr(person, f"role_{code}"), (person.id, code)
    for place in dataset.places:
        assert place.country and place.country_kk and place.country_ru and place.country_zh
    kazakh = [c.name_kk for c in dataset.categories] + [p.role_kk for p in dataset.people]
    assert not any(name.isascii() for name in [c.name_zh for c in dataset.categories])
    assert any(set("әғқңөұүһі") & set(name) for name in kazakh)


def test_a_place_in_an_unknown_country_is_a_problem(data_dir: Path) -> None:
    edit(data_dir / "sample.toml", 'country = "china"', 'country = "China"')
    assert problems_of(data_dir) == [
        "sample.toml: place 'beijing': field 'country': unknown country 'China' "
        "(use the id of a [[country]])"
    ]


def test_a_country_twice_and_an_unknown_name_field_are_problems(data_dir: Path) -> None:
    (data_dir / "zz-extra.toml").write_text(
        '[[country]]\nid = "china"\nname = "PRC"\nname_fr = "Chine"\n', encoding="utf-8"
    )
    problems = problems_of(data_dir)
    assert any("country 'china': field 'id': duplicate id" in p for p in problems), problems
    assert any("country 'china': field 'name_fr': unknown field" in p for p in problems)


def test_an_empty_role_translation_is_a_problem(data_dir: Path) -> None:
    edit(data_dir / "sample.toml", 'role_ru = "Сенатор"', 'role_ru = " "')
    assert problems_of(data_dir) == [
        "sample.toml: person 'test-person': field 'role_ru': must not be empty "
        "(leave the field out when there is no name)"
    ]


def test_the_check_fails_on_a_category_without_all_three_names(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(data_dir / "manifest.toml", 'name_zh = "旅游"\n', "")
    assert data_cli(["check", "--allow-missing-translations", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "error: category 'tourism': no name_zh" in err
    assert "1 missing category name(s)" in err


def test_the_check_lists_missing_roles_as_information(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(data_dir / "sample.toml", 'role_kk = "Сенатор"\n', "")
    assert data_cli(["check", "--allow-missing-translations", str(data_dir)]) == 0
    output = capsys.readouterr().out
    assert "info: person 'test-person': no role_kk (the English role is shown)" in output
    assert "no role_ru" not in output
