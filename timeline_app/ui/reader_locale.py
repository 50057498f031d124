"""Numbers and times as the reader writes them: in the default QLocale (the chosen language).

A bare "C" locale (no language chosen, e.g. LANG=C) reads as English, so figures keep their
thousands separators (655,000) instead of running together.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from timeline_app.ui.translate import translate


def reader_locale() -> QLocale:
    """The default locale, or US English where that is the bare C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_number(value: float) -> str:
    """``value`` with the reader's thousands and decimal separators: 655,000 or 655 000."""
    locale = reader_locale()
    if float(value).is_integer():
        return locale.toString(int(value))
    decimals = len(repr(float(value)).partition(".")[2]) if "e" not in repr(value) else 6
    return locale.toString(float(value), "f", decimals)


def format_datetime(moment: datetime, qt_format: str) -> str:
    """``moment`` in local time, written with a Qt date format in the reader's month names."""
    local = QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))
    return reader_locale().toString(local, qt_format)


def moment_text(moment: datetime) -> str:
    """A moment (a note's or a draft's time, a backup's) in local time as the reader writes
    it: '22 Nov 2026 10:15', '22 нояб. 2026 10:15', '2026年11月22日 10:15'."""
    qt_format = translate(
        "ReaderLocale",
        "d MMM yyyy HH:mm",
        "Qt date format of a moment: d day, MMM short month name, yyyy year, HH:mm time",
    )
    return format_datetime(moment, qt_format)
