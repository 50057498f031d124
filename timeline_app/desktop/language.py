"""The interface language: which one is chosen, and putting it in force.

The order of choice: the environment variable ``TIMELINE_APP_LANGUAGE`` (for scripts, tests
and screenshots), then the language the user picked in View ▸ Language or Preferences, then the
system locale, then English. Putting a language in force installs the app's translator and Qt's
own (standard buttons, file dialogs), makes its QLocale the default (numbers, month names) and
sets the date language of the domain; Qt then tells every widget with a LanguageChange event.
Command-line output never goes through here, so scripts always read English.
"""

from __future__ import annotations

import logging
import os
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication

from timeline_app import APP_ID
from timeline_app.desktop.identity import ORGANIZATION
from timeline_app.desktop.resource_files import resources_dir
from timeline_app.domain.dates import set_date_language

log = logging.getLogger("timeline_app")

#: The interface languages, English first (the source language of every text).
LANGUAGES = ("en", "kk", "ru", "zh")
#: Each language named in itself, as the language list shows it (never translated).
LANGUAGE_NAMES = {"en": "English", "kk": "Қазақша", "ru": "Русский", "zh": "中文"}
ENVIRONMENT_VARIABLE = "TIMELINE_APP_LANGUAGE"
#: QSettings key of the language the user picked.
SETTINGS_KEY = "interface/language"
#: The locale each language's dates and numbers follow (Chinese: Simplified, mainland).
_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "zh": QLocale(
        QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China
    ),
}
#: Fonts tried, in order, for Chinese characters when Chinese is shown: Simplified forms first,
#: so Han characters do not take a Japanese or Traditional font's shapes (fontconfig, Windows,
#: macOS names). Kazakh's letters are in every common Cyrillic font (DejaVu, Noto, Segoe UI).
SIMPLIFIED_CHINESE_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)
#: Qt's own catalogue for each language (in Qt's translations folder).
_QT_CATALOGUES = {"kk": "qtbase_kk", "ru": "qtbase_ru", "zh": "qtbase_zh_CN"}


class _State:
    """The language in force and the translators installed for it."""

    code: ClassVar[str] = "en"
    translators: ClassVar[list[QTranslator]] = []


def language_code(value: str) -> str | None:
    """The language a locale name stands for ('kk_KZ', 'ru-RU', 'zh_CN.UTF-8' → kk, ru, zh),
    or None when it is none of ours."""
    base = value.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def _settings() -> QSettings:
    return QSettings(ORGANIZATION, APP_ID)


def remembered_language() -> str | None:
    """The language picked in the app, if any."""
    value = _settings().value(SETTINGS_KEY)
    return language_code(str(value)) if value else None


def system_language() -> str:
    """The first of the system's preferred UI languages that we speak, else English."""
    for name in QLocale.system().uiLanguages():
        code = language_code(name)
        if code is not None:
            return code
    return "en"


def chosen_language() -> str:
    """The language to start in: environment, then the user's pick, then the system."""
    value = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if value:
        code = language_code(value)
        if code is not None:
            return code
        log.warning(
            "%s=%r is not one of %s; using English",
            ENVIRONMENT_VARIABLE,
            value,
            "/".join(LANGUAGES),
        )
        return "en"
    return remembered_language() or system_language()


def language_locale(code: str) -> QLocale:
    """The QLocale for a language's dates and numbers: for English the system's own when it is
    an English one (US or UK clock and number habits), else British English."""
    if code == "en" and QLocale.system().language() == QLocale.Language.English:
        return QLocale.system()
    return QLocale(_LOCALES.get(code, _LOCALES["en"]))


def current_language() -> str:
    """The language in force."""
    return _State.code


def translations_dir() -> str:
    """Where the app's compiled catalogues (``timeline_app_<code>.qm``) are."""
    return str(resources_dir() / "translations")


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(name, folder):
        return translator
    log.warning("translation %s not found in %s", name, folder)
    return None


def _install_translators(code: str) -> None:
    for translator in _State.translators:
        QCoreApplication.removeTranslator(translator)
    _State.translators = []
    # English has a catalogue too: only it can say "1 note" for the source "%n notes".
    wanted = [(f"timeline_app_{code}", translations_dir())]
    if code in _QT_CATALOGUES:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted.append((_QT_CATALOGUES[code], qt_folder))
    for name, folder in wanted:
        loaded = _load(name, folder)
        if loaded is not None and QCoreApplication.installTranslator(loaded):
            _State.translators.append(loaded)


def _prefer_fonts(code: str) -> None:
    """Put the Simplified Chinese fonts right after the interface font while Chinese is shown."""
    if QGuiApplication.instance() is None:
        return
    font = QGuiApplication.font()
    own = [family for family in font.families() if family not in SIMPLIFIED_CHINESE_FONTS]
    wanted = own + list(SIMPLIFIED_CHINESE_FONTS) if code == "zh" else own
    if wanted != font.families():
        font.setFamilies(wanted or [font.family()])
        QGuiApplication.setFont(font)


def set_language(code: str, *, remember: bool = True) -> None:
    """Put ``code`` in force for the running app; ``remember`` keeps it for the next start.

    Widgets learn of it through QEvent.LanguageChange (Qt posts one to every window).
    """
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}")
    if remember:
        settings = _settings()
        settings.setValue(SETTINGS_KEY, code)
        settings.sync()
    if code != _State.code or not _State.translators:
        _State.code = code
        QLocale.setDefault(language_locale(code))
        _prefer_fonts(code)
        set_date_language(code)
        # Installing or removing a translator sends LanguageChange, which Qt passes on to
        # every window.
        _install_translators(code)
    if QGuiApplication.instance() is not None:
        # Window titles end with it on some desktops: in the reader's language too.
        QGuiApplication.setApplicationDisplayName(
            QCoreApplication.translate("App", "Kazakhstan–China Cultural Timeline")
        )


def install_chosen_language() -> str:
    """At start: put the chosen language in force (not remembered: it was chosen already)."""
    code = chosen_language()
    set_language(code, remember=False)
    return code
