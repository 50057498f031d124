"""Texts of the Import Events dialog: why a row is refused, and the fields a CSV column can
be mapped to, in the language in force."""

from __future__ import annotations

from timeline_app.interchange import Field, RefusalReason
from timeline_app.ui.translate import translate


def reason_text(reason: RefusalReason) -> str:
    """Why a row is refused, in the language in force."""
    texts = {
        RefusalReason.NO_TITLE: translate(
            "ImportEventsDialog", "no headline, text, media caption or credit to name it"
        ),
        RefusalReason.NO_DATE: translate("ImportEventsDialog", "no date"),
        RefusalReason.BAD_DATE: translate("ImportEventsDialog", "a date that cannot be read"),
        RefusalReason.OUT_OF_RANGE: translate(
            "ImportEventsDialog", "a date outside the years 1–9999"
        ),
        RefusalReason.END_BEFORE_START: translate("ImportEventsDialog", "it ends before it starts"),
        RefusalReason.NOT_AN_EVENT: translate("ImportEventsDialog", "not an event"),
    }
    return texts[reason]


def field_label(field: Field) -> str:
    """A field a CSV column can be mapped to, named in the language in force."""
    labels = {
        Field.START: translate("ImportEventsDialog", "Start date"),
        Field.END: translate("ImportEventsDialog", "End date"),
        Field.TITLE: translate("ImportEventsDialog", "Title"),
        Field.TEXT: translate("ImportEventsDialog", "Description"),
        Field.CATEGORY: translate("ImportEventsDialog", "Category"),
        Field.SOURCE_URL: translate("ImportEventsDialog", "Source URL"),
        Field.SOURCE_CREDIT: translate("ImportEventsDialog", "Source credit"),
        Field.SOURCE_CAPTION: translate("ImportEventsDialog", "Source caption"),
        Field.APPROXIMATE: translate("ImportEventsDialog", "Approximate"),
    }
    return labels[field]
