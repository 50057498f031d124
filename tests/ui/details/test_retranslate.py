"""The detail pane follows a language switch: the empty state and the event's sections."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.details.test_html import detail
from tests.ui.language_markers import marked_language
from timeline_app.domain.models import Confidence
from timeline_app.ui.details.pane import DetailPane


def test_the_empty_state_is_retranslated(qtbot: QtBot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    assert "No event selected" in pane.toPlainText()
    with marked_language():
        assert "⟦No event selected⟧" in pane.toPlainText()
        assert pane.accessibleName() == "⟦Event details⟧"
    assert "⟦" not in pane.toPlainText()


def test_the_shown_event_is_written_again(qtbot: QtBot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.setEventDetail(detail(confidence=Confidence.MEDIUM))
    assert "Sources" in pane.toPlainText()
    with marked_language():
        text = pane.toPlainText()
        assert "⟦Sources⟧" in text
        # The precision and confidence words are translated inside one whole sentence.
        assert "⟦date precision: ⟦year⟧ · confidence: ⟦medium⟧⟧" in text
