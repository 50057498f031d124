"""The interface language (a stand-in until the translators are installed here): the languages
offered, each named in itself, and the one in force.

``set_language`` remembers the code and tells every widget (Qt's LanguageChange), so the open
windows set their texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale

#: The interface languages, English first.
LANGUAGES = ("en", "kk", "ru", "zh")
#: Each language named in itself (never translated).
LANGUAGE_NAMES = {"en": "English", "kk": "Қазақша", "ru": "Русский", "zh": "中文"}

_state = {"current": "en"}


def current_language() -> str:
    """The code of the interface language in force."""
    return _state["current"]


def language_locale(code: str) -> QLocale:
    """The locale dates and numbers follow in ``code``."""
    return {
        "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
        "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
        "zh": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    }.get(code, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def set_language(code: str) -> None:
    """Make ``code`` the interface language and tell the open windows."""
    _state["current"] = code if code in LANGUAGES else "en"
    QLocale.setDefault(language_locale(_state["current"]))
    app = QCoreApplication.instance()
    if app is not None:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
