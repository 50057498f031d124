"""What the bar above the notes editor offers: a deleted note's text first, else another draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from timeline_app.ui.notes.editor_controller import NoteEditorController
from timeline_app.ui.notes.offer_bar import OfferBar
from timeline_app.ui.plural import tr
from timeline_app.ui.reader_locale import moment_text


def show_offers(bar: OfferBar, controller: NoteEditorController, *, read_only: bool) -> None:
    """Offer in ``bar`` what waits for the user's choice (in the current language)."""
    if controller.isGone():
        bar.offer(
            QCoreApplication.translate(
                "NotesPanel", "The note you were editing was deleted in another window."
            ),
            [
                (
                    "keepAsNewNoteButton",
                    QCoreApplication.translate("NotesPanel", "Keep my text as a new note"),
                    controller.keepGoneAsNew,
                ),
                (
                    "discardGoneTextButton",
                    QCoreApplication.translate("NotesPanel", "Discard my text"),
                    controller.discardGone,
                ),
            ],
        )
        return
    others = [] if read_only else controller.otherDrafts()
    if not others:
        bar.clear()
        return
    draft = others[0]
    when = moment_text(draft.updated_at)
    text = (
        QCoreApplication.translate("NotesPanel", "Another draft for this event, from {time}:")
        if len(others) == 1
        else tr(
            "Other drafts for this event; the newest is from {time} (%n in all):", "", len(others)
        )
    )
    bar.offer(
        text.format(time=when),
        [
            (
                "useDraftButton",
                QCoreApplication.translate("NotesPanel", "Use it"),
                lambda: controller.useDraft(draft),
            ),
            (
                "keepBothDraftsButton",
                QCoreApplication.translate("NotesPanel", "Keep both"),
                lambda: controller.keepBothDrafts(draft),
            ),
            (
                "discardDraftButton",
                QCoreApplication.translate("NotesPanel", "Discard it"),
                lambda: controller.discardDraft(draft),
            ),
        ],
    )
