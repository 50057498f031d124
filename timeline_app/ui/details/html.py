"""The detail pane's content as HTML (every value from the data is escaped)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from timeline_app.domain.dates import event_date_text, format_point
from timeline_app.domain.models import (
    Citation,
    DatePrecision,
    EventDetail,
    EventLink,
    Figure,
    Person,
    Place,
)

EVENT_LINK_SCHEME = "event"
LINK_KIND_LABELS = {
    ("leads-to", True): "leads to",
    ("leads-to", False): "follows from",
    ("see-also", True): "see also",
    ("see-also", False): "see also",
    ("context", True): "context",
    ("context", False): "gives context to",
    ("conflicts-with", True): "conflicts with",
    ("conflicts-with", False): "conflicts with",
}


def _place(place: Place, day_of_event: date) -> str:
    then = place.name_on(day_of_event)
    local = " · ".join(place.other_names())
    text = escape(then)
    if then != place.name:
        text += f" <span class='muted'>(today {escape(place.name)})</span>"
    if local:
        text += f" <span class='muted'>{escape(local)}</span>"
    if place.country and place.country not in (then, place.name):
        text += f", {escape(place.country)}"
    return text


def _person(person: Person) -> str:
    """The English name, the names in Kazakh, Russian and Chinese beside it, then the role."""
    text = escape(person.name)
    local = " · ".join(person.other_names())
    if local:
        text += f" <span class='muted'>{escape(local)}</span>"
    if person.role:
        text += f" <span class='muted'>— {escape(person.role)}</span>"
    return text


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _figure(figure: Figure, publishers: dict[str, str]) -> str:
    when = f" (as of {format_point(figure.as_of, figure.precision)})" if figure.as_of else ""
    notes = [figure.counting] if figure.counting else []
    if figure.source_id in publishers:
        notes.append(f"source: {publishers[figure.source_id]}")
    extra = f"<br><span class='muted'>{escape('; '.join(notes))}</span>" if notes else ""
    unit = f" {escape(figure.unit)}" if figure.unit else ""
    return f"<b>{_number(figure.value)}</b>{unit} — {escape(figure.label)}{when}{extra}"


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
        line += f"<br><i>Quote: “{escape(citation.quote)}”</i>"
    return line


def _link(link: EventLink) -> str:
    label = LINK_KIND_LABELS.get((link.kind, link.outgoing), link.kind)
    year = link.other_start.year
    return (
        f"{escape(label)}: <a href='{EVENT_LINK_SCHEME}:{escape(link.other_id, quote=True)}'>"
        f"{escape(link.other_title)}</a> <span class='muted'>({year})</span>"
    )


def _section(title: str, items: list[str]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<h4>{escape(title)}</h4><ul>{rows}</ul>"


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
.translation {{ margin-top: 0; margin-bottom: 2px; }}
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
    meta = (
        f"<p class='meta'><b>{escape(when)}</b> · {swatch} {escape(detail.category.name)}"
        f" · date precision: {escape(detail.precision.value)}"
        f"{' (approximate)' if detail.approximate else ''}"
        f" · confidence: {escape(detail.confidence.value)}</p>"
    )
    body = "".join(
        f"<p>{escape(paragraph)}</p>"
        for paragraph in detail.body.split("\n\n")
        if paragraph.strip()
    )
    places = [_place(place, detail.start) for place in detail.places]
    publishers = {c.source.id: c.source.publisher for c in detail.citations}
    people = [_person(person) for person in detail.people]
    return (
        _style(colours or HtmlColours())
        + f"<h2>{escape(detail.title)}</h2>{note}{meta}"
        + f"<p><b>{escape(detail.summary)}</b></p>{body}"
        + _section("Places", places)
        + _section("People and organisations", people)
        + _section("Figures", [_figure(figure, publishers) for figure in detail.figures])
        + _section("Related events", [_link(link) for link in detail.links])
        + _section("Sources", [_citation(citation) for citation in detail.citations])
    )


def empty_detail_html(colours: HtmlColours | None = None) -> str:
    """What the pane shows before anything is selected."""
    return (
        _style(colours or HtmlColours())
        + "<h3>No event selected</h3><p class='muted'>Click an event on the timeline, or press "
        "→ / ← in the timeline to step through events in time. Zoom with the mouse wheel or "
        "+ and −; drag to move along the years.</p>"
    )
