"""The neutral model every reader produces and every writer takes: frozen values, no I/O.

A date in a file states a year, a month or a day, sometimes with a time of day: ``FileDate``
keeps the first moment of what it states (1 January for a year, the 1st for a month) with its
precision, so 1951 stays "1951" and never turns into "1 January 1951".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from timeline_app.domain.models import DatePrecision

#: The years a date may have: what ``datetime.date`` covers (no year 0, no BCE).
FIRST_YEAR = 1
LAST_YEAR = 9999


@dataclass(frozen=True, slots=True, order=True)
class FileDate:
    """A date as a file states it: ``day`` at ``precision`` with an optional time of day.

    ``day`` is the first day of what is stated (``date(1951, 1, 1)`` for the year 1951); a
    ``time`` goes only with a day-precision date.
    """

    day: date
    precision: DatePrecision = DatePrecision.DAY
    time: time | None = None

    def __post_init__(self) -> None:
        if self.precision is not DatePrecision.DAY and self.time is not None:
            raise ValueError("only a day-precision date has a time of day")
        if self.precision is DatePrecision.YEAR and (self.day.month, self.day.day) != (1, 1):
            raise ValueError("a year-precision date starts on 1 January")
        if self.precision is DatePrecision.MONTH and self.day.day != 1:
            raise ValueError("a month-precision date starts on the 1st")

    def earliest(self) -> datetime:
        """The first moment the date covers."""
        return datetime.combine(self.day, self.time or time.min)

    def latest(self) -> datetime:
        """The last moment the date covers (the end of its year, month or day; its time if any)."""
        if self.time is not None:
            return datetime.combine(self.day, self.time)
        if self.precision is DatePrecision.YEAR or (
            self.precision is DatePrecision.MONTH and self.day.month == 12
        ):
            last = date(self.day.year, 12, 31)
        elif self.precision is DatePrecision.MONTH:
            last = self.day.replace(month=self.day.month + 1) - timedelta(days=1)
        else:
            last = self.day
        return datetime.combine(last, time.max)

    def iso(self) -> str:
        """'1951', '1951-03', '1951-03-14' or '1951-03-14 09:30' (for messages and tests)."""
        if self.precision is DatePrecision.YEAR:
            return f"{self.day.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.day.year:04d}-{self.day.month:02d}"
        text = self.day.isoformat()
        if self.time is not None:
            text += " " + self.time.isoformat(timespec="seconds" if self.time.second else "minutes")
        return text


@dataclass(frozen=True, slots=True)
class Era:
    """A labelled span a timeline shows behind its events (TimelineJS eras, Timeline eras)."""

    label: str
    start: FileDate
    end: FileDate


@dataclass(frozen=True, slots=True)
class ImportedCategory:
    """A category as the file names it, with its colour ``#rrggbb`` where the file gives one."""

    name: str
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class ImportedEvent:
    """One event of a file, in plain text.

    ``title``: the headline, else words taken from the text, the media caption or the credit
    (``title_derived`` is then True; see ``titles.derive_title``).
    ``text``: plain text. Paragraphs are separated by one blank line, lines by a newline,
    spaces inside a line are single, and a link from HTML is kept as ``words (url)`` (as the
    bare url when its words are the url). Writers turn a url back into a link.
    ``category``: the category's name, "" for none. ``source_url``/``source_credit``/
    ``source_caption``: the media or hyperlink the file cites, "" where absent.
    ``row``: where it stands in the file: the spreadsheet row (the header is row 1) in a CSV,
    the 1-based position in the ``events`` list or ``<events>`` element otherwise.
    """

    title: str
    start: FileDate
    end: FileDate | None = None
    approximate: bool = False
    text: str = ""
    category: str = ""
    source_url: str = ""
    source_credit: str = ""
    source_caption: str = ""
    title_derived: bool = False
    row: int = 0


class RefusalReason(enum.StrEnum):
    """Why an event (or era) of a file is not taken."""

    NO_TITLE = "no-title"
    NO_DATE = "no-date"
    BAD_DATE = "bad-date"
    OUT_OF_RANGE = "out-of-range"
    END_BEFORE_START = "end-before-start"
    NOT_AN_EVENT = "not-an-event"


#: The reason in English, for logs and the command line (the window translates by reason).
REASON_TEXT = {
    RefusalReason.NO_TITLE: "no headline, text, media caption or credit to name it",
    RefusalReason.NO_DATE: "no date",
    RefusalReason.BAD_DATE: "a date that cannot be read",
    RefusalReason.OUT_OF_RANGE: "a date outside the years 1–9999",
    RefusalReason.END_BEFORE_START: "it ends before it starts",
    RefusalReason.NOT_AN_EVENT: "not an event",
}


@dataclass(frozen=True, slots=True)
class Refusal:
    """An event or era of the file that is not taken, with where it is and why.

    ``row`` is numbered as ``ImportedEvent.row``; ``label`` names it for a reader ('row 7',
    'event 3', 'era 1'); ``detail`` is the offending value ('month "13"'), "" when none.
    """

    row: int
    label: str
    reason: RefusalReason
    detail: str = ""

    @property
    def message(self) -> str:
        """'row 7: a date that cannot be read (month "13")' — English, one line."""
        text = f"{self.label}: {REASON_TEXT[self.reason]}"
        return f"{text} ({self.detail})" if self.detail else text


class NotATimelineError(ValueError):
    """The file is not a timeline of the format it was read as; ``problem`` names what is
    missing or wrong ('no column Year, Headline', 'no "events" list', 'no root element
    <timeline>', 'not valid JSON (…)', 'not text in UTF-8 or UTF-16'), in English."""

    def __init__(self, format_name: str, problem: str) -> None:
        super().__init__(f"not a {format_name} file: {problem}")
        self.format_name = format_name
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ImportedTimeline:
    """A whole file read at once (``TimelineReader.read_all``): small files and tests."""

    title: str
    description: str
    eras: tuple[Era, ...] = ()
    categories: tuple[ImportedCategory, ...] = ()
    events: tuple[ImportedEvent, ...] = field(default=())
    refusals: tuple[Refusal, ...] = ()
