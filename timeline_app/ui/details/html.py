"""The detail pane's content as HTML (every value from the data is escaped)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from timeline_app.domain.dates import as_of_text, event_date_text, format_point
from timeline_app.domain.models import (
    Citation,
    DatePrecision,
    EventDetail,
    EventLink,
    Figure,
    Person,
    Place,
)
from timeline_app.ui.reader_locale import format_number
from timeline_app.ui.translate import translate

EVENT_LINK_SCHEME = "event"
#: Links of the "yours" line: edit or delete the user's event shown.
OWN_EVENT_LINK_SCHEME = "own-event"
EDIT_OWN_EVENT_URL = f"{OWN_EVENT_LINK_SCHEME}:edit"
DELETE_OWN_EVENT_URL = f"{OWN_EVENT_LINK_SCHEME}:delete"
#: The link beside the Sources heading: copy the event's sources as a citation.
COPY_CITATION_URL = "citation:copy"
#: Untranslated; shown through QCoreApplication.translate("DetailPane", …).
LINK_KIND_LABELS = {
    ("leads-to", True): str(QT_TRANSLATE_NOOP("DetailPane", "leads to")),
    ("leads-to", False): str(QT_TRANSLATE_NOOP("DetailPane", "follows from")),
    ("see-also", True): str(QT_TRANSLATE_NOOP("DetailPane", "see also")),
    ("see-also", False): str(QT_TRANSLATE_NOOP("DetailPane", "see also")),
    ("context", True): str(QT_TRANSLATE_NOOP("DetailPane", "context")),
    ("context", False): str(QT_TRANSLATE_NOOP("DetailPane", "gives context to")),
    ("conflicts-with", True): str(QT_TRANSLATE_NOOP("DetailPane", "conflicts with")),
    ("conflicts-with", False): str(QT_TRANSLATE_NOOP("DetailPane", "conflicts with")),
}
#: The data's precision and confidence words (DatePrecision, Confidence values), untranslated.
VALUE_WORDS = {
    "day": str(QT_TRANSLATE_NOOP("DetailPane", "day")),
    "month": str(QT_TRANSLATE_NOOP("DetailPane", "month")),
    "year": str(QT_TRANSLATE_NOOP("DetailPane", "year")),
    "low": str(QT_TRANSLATE_NOOP("DetailPane", "low")),
    "medium": str(QT_TRANSLATE_NOOP("DetailPane", "medium")),
    "high": str(QT_TRANSLATE_NOOP("DetailPane", "high")),
}


def _word(value: str) -> str:
    """A precision or confidence value in the reader's language (unknown ones as they are)."""
    return translate("DetailPane", VALUE_WORDS[value]) if value in VALUE_WORDS else value


def _muted(names: tuple[str, ...], shown: str) -> str:
    """The other names (each once, the one shown left out) in a muted span, or ""."""
    rest = [name for name in dict.fromkeys(names) if name and name != shown]
    return f" <span class='muted'>{escape(' · '.join(rest))}</span>" if rest else ""


def _place(place: Place, day_of_event: date, language: str) -> str:
    """In English: the name on the event's day ("(today …)" when it was a former one), the
    names in Kazakh, Russian and Chinese muted. In another language, when the data has the
    place's name in it: that name first, the English name of the day after it ("(then …)",
    there are no translated former names), the English and the other names muted. Then the
    country in the reader's language."""
    then = place.name_on(day_of_event)
    own = place.name_in(language)
    if own:
        text = escape(own)
        if then != place.name:
            former = QCoreApplication.translate("DetailPane", "(then {place})")
            text += f" <span class='muted'>{escape(former.format(place=then))}</span>"
        text += _muted((place.name, *place.other_names()), own)
    else:
        text = escape(then)
        if then != place.name:
            today = escape(
                QCoreApplication.translate("DetailPane", "(today {place})").format(place=place.name)
            )
            text += f" <span class='muted'>{today}</span>"
        text += _muted(place.other_names(), "")
    if place.country and place.country not in (then, place.name):
        text += f", {escape(place.country_in(language))}"
    return text


def _person(person: Person, language: str) -> str:
    """The name in the reader's language where the data has one (else the English), the other
    names muted beside it, then the role in the reader's language (else the English)."""
    own = person.name_in(language)
    shown = own or person.name
    text = escape(shown) + _muted((person.name, *person.other_names()), shown)
    role = person.role_in(language)
    if role:
        text += f" <span class='muted'>— {escape(role)}</span>"
    return text


def _figure(figure: Figure, publishers: dict[str, str]) -> str:
    when = ""
    if figure.as_of:
        when = " " + escape(f"({as_of_text(figure.as_of, figure.precision)})")
    notes = [figure.counting] if figure.counting else []
    if figure.source_id in publishers:
        notes.append(
            QCoreApplication.translate("DetailPane", "source: {publisher}").format(
                publisher=publishers[figure.source_id]
            )
        )
    extra = f"<br><span class='muted'>{escape('; '.join(notes))}</span>" if notes else ""
    unit = f" {escape(figure.unit)}" if figure.unit else ""
    return f"<b>{format_number(figure.value)}</b>{unit} — {escape(figure.label)}{when}{extra}"


def _citation(citation: Citation) -> str:
    source = citation.source
    published = (
        format_point(source.published, DatePrecision.DAY)
        if source.published
        else source.published_text
    )
    parts = [f"<b>{escape(source.publisher)}</b>", f"“{escape(source.title)}”"]
    if published:
        parts.append(escape(published))
    line = ", ".join(parts)
    if source.url:
        line += f"<br><a href='{escape(source.url, quote=True)}'>{escape(source.url)}</a>"
    if source.seed_document:
        # The seed's file name is an internal detail: the publisher, title and date above
        # are what identify it to a reader.
        seed = QCoreApplication.translate("DetailPane", "A seed article of this timeline")
        line += f"<br><span class='muted'>{escape(seed)}</span>"
    if citation.quote:
        quote = QCoreApplication.translate("DetailPane", "Quote: “{quote}”")
        line += f"<br><i>{escape(quote.format(quote=citation.quote))}</i>"
    return line


def _link(link: EventLink) -> str:
    kind = LINK_KIND_LABELS.get((link.kind, link.outgoing))
    label = link.kind if kind is None else translate("DetailPane", kind)
    year = link.other_start.year
    return (
        f"{escape(label)}: <a href='{EVENT_LINK_SCHEME}:{escape(link.other_id, quote=True)}'>"
        f"{escape(link.other_title)}</a> <span class='muted'>({year})</span>"
    )


def yours_line(detail: EventDetail, editable: bool) -> str:
    """The muted line under the title of a user's event ("Your event", or the collection it
    came from), with Edit… and Delete links when it can be changed; "" for a curated one."""
    if not detail.is_users:
        return ""
    said = (
        translate("DetailPane", "Your event")
        if detail.collection_kind != "imported"
        else translate("DetailPane", "From collection {name}").format(name=detail.collection_name)
    )
    links = ""
    if editable:
        edit, delete = translate("DetailPane", "Edit…"), translate("DetailPane", "Delete")
        links = (
            f" · <a href='{EDIT_OWN_EVENT_URL}'>{escape(edit)}</a>"
            f" · <a href='{DELETE_OWN_EVENT_URL}'>{escape(delete)}</a>"
        )
    return f"<p class='muted yours'><small>{escape(said)}{links}</small></p>"


def _source_link(detail: EventDetail) -> list[str]:
    """A user's event's source: its link (and credit), as a list for ``_section``."""
    if not detail.source_url and not detail.source_label:
        return []
    line = escape(detail.source_label)
    if detail.source_url:
        url = escape(detail.source_url, quote=True)
        link = f"<a href='{url}'>{escape(detail.source_url)}</a>"
        line = f"{line}<br>{link}" if line else link
    return [line]


def _section(title: str, items: list[str], link: str = "") -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<h4>{escape(title)}{link}</h4><ul>{rows}</ul>"


def _copy_citation_link() -> str:
    text = QCoreApplication.translate("DetailPane", "Copy citation")
    return f" <small><a href='{COPY_CITATION_URL}'>{escape(text)}</a></small>"


@dataclass(frozen=True, slots=True)
class HtmlColours:
    """Colours from the current palette, so the pane reads well in light and dark themes."""

    muted: str = "#5f6368"
    link: str = "#1a57c8"


def _style(colours: HtmlColours) -> str:
    return f"""
<style>
h2 {{ margin-bottom: 2px; }}
h4 {{ margin-top: 12px; margin-bottom: 2px; }}
.muted {{ color: {colours.muted}; }}
a {{ color: {colours.link}; }}
.meta {{ margin-top: 0; }}
.translation, .yours {{ margin-top: 0; margin-bottom: 2px; }}
ul {{ margin-top: 0; margin-left: -20px; }}
li {{ margin-bottom: 4px; }}
</style>
"""


def event_detail_html(
    detail: EventDetail, colours: HtmlColours | None = None, note: str = ""
) -> str:
    """The whole detail view of one event; ``note`` (HTML) goes right below the title."""
    when = event_date_text(detail)
    swatch = f"<span style='color:{escape(detail.category.colour)}'>■</span>"
    precision = _word(detail.precision.value)
    quality = (
        QCoreApplication.translate(
            "DetailPane", "date precision: {precision} (approximate) · confidence: {confidence}"
        )
        if detail.approximate
        else QCoreApplication.translate(
            "DetailPane", "date precision: {precision} · confidence: {confidence}"
        )
    ).format(precision=precision, confidence=_word(detail.confidence.value))
    meta = (
        f"<p class='meta'><b>{escape(when)}</b> · {swatch} {escape(detail.category.name)}"
        f" · {escape(quality)}</p>"
    )
    body = "".join(
        f"<p>{escape(paragraph)}</p>"
        for paragraph in detail.body.split("\n\n")
        if paragraph.strip()
    )
    language = detail.reader_language
    places = [_place(place, detail.start, language) for place in detail.places]
    publishers = {c.source.id: c.source.publisher for c in detail.citations}
    people = [_person(person, language) for person in detail.people]
    return (
        _style(colours or HtmlColours())
        + f"<h2>{escape(detail.title)}</h2>{note}{meta}"
        + f"<p><b>{escape(detail.summary)}</b></p>{body}"
        + _section(QCoreApplication.translate("DetailPane", "Places"), places)
        + _section(QCoreApplication.translate("DetailPane", "People and organisations"), people)
        + _section(
            QCoreApplication.translate("DetailPane", "Figures"),
            [_figure(figure, publishers) for figure in detail.figures],
        )
        + _section(
            QCoreApplication.translate("DetailPane", "Related events"),
            [_link(link) for link in detail.links],
        )
        + _section(
            QCoreApplication.translate("DetailPane", "Sources"),
            [_citation(citation) for citation in detail.citations] + _source_link(detail),
            _copy_citation_link(),
        )
    )


def empty_detail_html(colours: HtmlColours | None = None) -> str:
    """What the pane shows before anything is selected."""
    title = QCoreApplication.translate("DetailPane", "No event selected")
    hint = QCoreApplication.translate(
        "DetailPane",
        "Click an event on the timeline, or press → / ← in the timeline to step through "
        "events in time. Zoom with the mouse wheel or + and −; drag to move along the years.",
    )
    return (
        _style(colours or HtmlColours())
        + f"<h3>{escape(title)}</h3><p class='muted'>{escape(hint)}</p>"
    )
