"""Event translations in the data files: parsed into the event, refused when malformed, and
listed by the data check when missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline_app.data import __main__ as data_main
from timeline_app.data.__main__ import main as data_cli
from timeline_app.data.loader import load_dataset
from timeline_app.data.problems import DataValidationError
from timeline_app.domain.translations import EventTranslation

TRANSLATED = Path(__file__).parents[1] / "fixtures" / "translated_data"

EVENT = """
[[event]]
id = "e-new"
title = "A new event"
start = 2001-02-03
precision = "day"
category = "agreement"
confidence = "high"
summary = "A sentence."
body = "A body."
sources = [{{ id = "web-a" }}]
{translations}
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(TRANSLATED, folder)
    return folder


def add_event(folder: Path, translations: str) -> None:
    (folder / "zz-new.toml").write_text(EVENT.format(translations=translations), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load_dataset(folder)
    return [str(problem) for problem in caught.value.problems]


def test_translations_belong_to_their_event() -> None:
    events = {event.id: event for event in load_dataset(TRANSLATED).events}
    agreement = events["e1992-agreement"].translations
    assert [t.language for t in agreement] == ["kk", "ru", "zh"]
    assert agreement[0] == EventTranslation(
        "kk",
        "Мәдени ынтымақтастық туралы келісім",
        "Алғашқы мәдени келісім.",
        "Алғашқы құқықтық актілердің бірі.\n\nЕкінші абзац.",
    )
    assert events["e2017-expo"].translations == (
        EventTranslation("ru", "ЭКСПО-2017 в Астане", "Всемирная выставка."),
        EventTranslation("zh", "阿斯塔纳2017年世博会", "世界博览会。"),
    )
    assert events["e2007-institutes"].translations == ()
    assert events["e2017-expo"].file == "events.toml"


@pytest.mark.parametrize(
    ("translations", "expected"),
    [
        (
            '[event.translations.de]\ntitle = "Ein Titel"\nsummary = "Ein Satz."',
            "zz-new.toml: event 'e-new': field 'translations.de': unknown language 'de'",
        ),
        (
            '[event.translations.kk]\ntitle = "Тақырып"\nsummary = "Сөйлем."\nnote = "x"',
            "zz-new.toml: event 'e-new': field 'translations.kk.note': unknown field",
        ),
        (
            '[event.translations.ru]\ntitle = "Заголовок"',
            "zz-new.toml: event 'e-new': field 'translations.ru.summary': missing",
        ),
        (
            '[event.translations.zh]\nsummary = "一句话。"',
            "zz-new.toml: event 'e-new': field 'translations.zh.title': missing",
        ),
        (
            '[event.translations.zh]\ntitle = "标题"\nsummary = "  "',
            "zz-new.toml: event 'e-new': field 'translations.zh.summary': must not be empty",
        ),
        (
            '[event.translations.ru]\ntitle = 5\nsummary = "Текст."',
            "zz-new.toml: event 'e-new': field 'translations.ru.title': must be text in quotes",
        ),
        (
            'translations = "kk"',
            "zz-new.toml: event 'e-new': field 'translations': must be tables like",
        ),
        (
            "[event.translations]\nkk = 3",
            "zz-new.toml: event 'e-new': field 'translations.kk': must be a table",
        ),
    ],
    ids=["language", "key", "no-summary", "no-title", "blank", "not-text", "not-table", "kk=3"],
)
def test_a_malformed_translation_is_named_by_file_event_and_field(
    data_dir: Path, translations: str, expected: str
) -> None:
    add_event(data_dir, translations)
    assert any(problem.startswith(expected) for problem in problems_of(data_dir)), expected


def test_a_translation_without_a_body_loads(data_dir: Path) -> None:
    add_event(data_dir, '[event.translations.kk]\ntitle = "Жаңа оқиға"\nsummary = "Сөйлем."')
    event = next(e for e in load_dataset(data_dir).events if e.id == "e-new")
    assert event.translations == (EventTranslation("kk", "Жаңа оқиға", "Сөйлем."),)


def test_the_check_fails_on_a_missing_title_and_summary_naming_file_and_id(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert data_cli(["check", str(TRANSLATED), "--require-translations"]) == 1
    errors = capsys.readouterr().err
    assert "error: events.toml: event 'e2007-institutes': no kk title and summary" in errors
    assert "error: events.toml: event 'e2017-expo': no kk title and summary" in errors
    assert "e2017-expo': no ru" not in errors and "e1992-agreement" not in errors
    assert "4 missing translation(s)" in errors


def test_a_missing_body_is_information_only(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    complete = "\n".join(
        f'[event.translations.{code}]\ntitle = "{title}"\nsummary = "{summary}"\nbody = "{body}"'
        for code, title, summary, body in (
            ("kk", "Институт", "Бірінші институт.", "Курстар басталады."),
            ("ru", "Институт", "Первый институт.", "Начинаются курсы."),
            ("zh", "学院", "第一所学院。", "课程开始。"),
        )
    )
    text = (data_dir / "events.toml").read_text(encoding="utf-8")
    marker = 'body = "Chinese language courses begin."\n'
    text = text.replace(marker, marker + complete + "\n")
    text += '\n[event.translations.kk]\ntitle = "ЭКСПО-2017"\nsummary = "Дүниежүзілік көрме."\n'
    (data_dir / "events.toml").write_text(text, encoding="utf-8")
    add_event(
        data_dir,
        "\n".join(
            f'[event.translations.{code}]\ntitle = "T {code}"\nsummary = "S {code}"'
            for code in ("kk", "ru", "zh")
        ),
    )
    assert data_cli(["check", str(data_dir), "--require-translations"]) == 0
    output = capsys.readouterr()
    assert "info: zz-new.toml: event 'e-new': no kk body" in output.out
    assert "info: zz-new.toml: event 'e-new': no zh body" in output.out
    assert "e2017-expo" not in output.out  # no English body: nothing to translate
    assert "translated (title and summary): kk 4/4, ru 4/4, zh 4/4" in output.out


def test_the_switch_lets_missing_translations_pass_with_a_warning(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert data_cli(["check", str(TRANSLATED), "--allow-missing-translations"]) == 0
    assert "warning: 4 missing translation(s)" in capsys.readouterr().err
    monkeypatch.setattr(data_main, "TRANSLATIONS_REQUIRED", True)
    assert data_cli(["check", str(TRANSLATED)]) == 1
    monkeypatch.setattr(data_main, "TRANSLATIONS_REQUIRED", False)
    assert data_cli(["check", str(TRANSLATED)]) == 0
