"""Help ▸ About: what the app is and where its data comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app import APP_NAME, __version__
from timeline_app.domain.models import Source


def about_html(sources: list[tuple[Source, int]], event_count: int) -> str:
    """The About text: the seed articles first, then how many other sources are cited."""
    seeds = [source for source, _ in sources if source.seed_document]
    seed_items = "".join(
        f"<li>{escape(s.publisher)}, “{escape(s.title)}” ({escape(s.seed_document)})</li>"
        for s in seeds
    )
    publishers = sorted({source.publisher for source, _ in sources if not source.seed_document})
    return (
        f"<h3>{escape(APP_NAME)}</h3><p>Version {escape(__version__)}</p>"
        f"<p>{event_count} events of cultural relations between Kazakhstan and China, 1992–2024. "
        "Every event cites its sources; dates are shown with the precision the sources give.</p>"
        f"<p><b>Seed articles</b></p><ul>{seed_items}</ul>"
        f"<p><b>Further sources</b>: {len(sources) - len(seeds)} documents from "
        f"{escape(', '.join(publishers)) or '—'}. Help ▸ Sources lists each of them with the "
        "number of events that cite it.</p>"
        "<p>Your notes are stored only on this computer, in the database named in the "
        "status bar.</p>"
    )


def show_about(parent: QWidget, sources: list[tuple[Source, int]], event_count: int) -> None:
    """Open the About box."""
    QMessageBox.about(parent, f"About {APP_NAME}", about_html(sources, event_count))
