"""Which interface language is chosen, and what putting one in force does."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.desktop import language
from timeline_app.desktop.language import (
    ENVIRONMENT_VARIABLE,
    LANGUAGE_NAMES,
    LANGUAGES,
    chosen_language,
    current_language,
    language_code,
    remembered_language,
    set_language,
)
from timeline_app.domain.dates import date_language


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("kk", "kk"),
        ("kk_KZ", "kk"),
        ("ru_RU.UTF-8", "ru"),
        ("ru-RU", "ru"),
        ("zh_CN", "zh"),
        ("zh-Hans-CN", "zh"),
        ("EN_gb", "en"),
        ("de_DE", None),
        ("C", None),
        ("", None),
    ],
)
def test_locale_names_are_read_as_our_languages(name: str, code: str | None) -> None:
    assert language_code(name) == code


def test_each_language_is_named_in_itself() -> None:
    assert LANGUAGES == ("en", "kk", "ru", "zh")
    assert LANGUAGE_NAMES == {"en": "English", "kk": "Қазақша", "ru": "Русский", "zh": "中文"}


def test_the_environment_wins_over_the_users_pick(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_language("ru")
    set_language("en", remember=False)
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "zh_CN")
    assert remembered_language() == "ru"
    assert chosen_language() == "zh"


def test_an_unknown_environment_value_falls_back_to_english_with_one_log_line(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    set_language("kk")
    set_language("en", remember=False)
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "klingon")
    with caplog.at_level(logging.WARNING, logger="timeline_app"):
        assert chosen_language() == "en"
    lines = [record for record in caplog.records if ENVIRONMENT_VARIABLE in record.getMessage()]
    assert len(lines) == 1
    assert "klingon" in lines[0].getMessage()


def test_without_environment_the_users_pick_then_the_system_decides(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setattr(language, "system_language", lambda: "kk")
    assert chosen_language() == "kk"
    set_language("ru")
    assert chosen_language() == "ru"


def test_the_system_locale_is_used_when_nothing_else_says(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert language.system_language() == "ru"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language.system_language() == "en"


class _LanguageWatcher(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0
        self.label = QLabel(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("WindowActions", "&File"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
            self.retranslate()
        super().changeEvent(event)


def test_putting_a_language_in_force_translates_and_tells_every_window(
    qtbot: QtBot,
) -> None:
    watcher = _LanguageWatcher()
    qtbot.addWidget(watcher)
    set_language("ru")
    qtbot.waitUntil(lambda: watcher.changes >= 1)
    assert current_language() == "ru"
    assert QLocale().language() == QLocale.Language.Russian
    assert date_language() == "ru"
    assert watcher.label.text() == "&Файл"
    set_language("zh")
    qtbot.waitUntil(lambda: watcher.label.text() == "文件(&F)")
    assert QLocale().script() == QLocale.Script.SimplifiedHanScript
    set_language("en")
    qtbot.waitUntil(lambda: watcher.label.text() == "&File")
    assert date_language() == "en"


def test_english_counts_read_in_the_singular(qapp: QCoreApplication) -> None:
    set_language("en")
    from timeline_app.ui.plural import tr

    assert tr("%n notes", "", 1) == "1 note"
    assert tr("%n notes", "", 3) == "3 notes"


def test_an_unknown_language_is_refused(qapp: QCoreApplication) -> None:
    with pytest.raises(ValueError, match="klingon"):
        set_language("klingon")


def test_chinese_prefers_simplified_fonts_and_other_languages_do_not(qapp: QApplication) -> None:
    set_language("zh", remember=False)
    assert "Noto Sans CJK SC" in QApplication.font().families()
    set_language("kk", remember=False)
    assert "Noto Sans CJK SC" not in QApplication.font().families()


def test_the_application_is_named_in_the_language_shown(qapp: QApplication) -> None:
    from timeline_app.desktop.identity import configure_application_identity

    set_language("ru", remember=False)
    configure_application_identity()  # a second window's start names it in English first
    set_language("ru", remember=False)
    assert (
        QApplication.applicationDisplayName() == "Хронология культурных связей Казахстана и Китая"
    )
    set_language("en", remember=False)
    assert QApplication.applicationDisplayName() == "Kazakhstan–China Cultural Timeline"
