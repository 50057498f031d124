"""The texts of the main window's actions and menus, in the language in force (apart from
``window_actions`` so that building the actions and wording them are each read at once)."""

from __future__ import annotations

from timeline_app.domain.period import CURATED_PERIOD
from timeline_app.ui.theme import Appearance
from timeline_app.ui.translate import translate


def action_texts() -> dict[str | Appearance, tuple[str, str]]:
    """Each action's text and tip, by its field in ``WindowActions`` (the appearance actions
    by their Appearance)."""
    return {
        "quit": (translate("WindowActions", "&Quit"), translate("WindowActions", "Quit")),
        "export_markdown": (
            translate("WindowActions", "&Markdown…"),
            translate("WindowActions", "Every note, grouped by event, as Markdown"),
        ),
        "export_json": (
            translate("WindowActions", "&JSON…"),
            translate("WindowActions", "Every note as JSON (can be imported again)"),
        ),
        "export_csv": (
            translate("WindowActions", "&CSV…"),
            translate("WindowActions", "Every note as a spreadsheet"),
        ),
        "import_json": (
            translate("WindowActions", "&Import Notes from JSON…"),
            translate("WindowActions", "Merge notes from a JSON export"),
        ),
        "removed_event_notes": (
            translate("WindowActions", "Notes on &Removed Events…"),
            translate("WindowActions", "Notes whose event left the bundled data"),
        ),
        "open_log_folder": (
            translate("WindowActions", "Open &Log Folder"),
            translate("WindowActions", "Where the app writes its log"),
        ),
        "undo": (
            translate("WindowActions", "&Undo"),
            translate("WindowActions", "Undo the last note change"),
        ),
        "redo": (translate("WindowActions", "&Redo"), translate("WindowActions", "Redo")),
        "find": (
            translate("WindowActions", "&Find…"),
            translate("WindowActions", "Search everything"),
        ),
        "new_note": (
            translate("WindowActions", "&New Note"),
            translate("WindowActions", "Write a note on the selected event"),
        ),
        "zoom_in": (translate("WindowActions", "Zoom &In"), translate("WindowActions", "Zoom in")),
        "zoom_out": (
            translate("WindowActions", "Zoom &Out"),
            translate("WindowActions", "Zoom out"),
        ),
        "fit_all": (
            translate("WindowActions", "&Fit All"),
            translate("WindowActions", "Show the whole period, {period}").format(
                period=CURATED_PERIOD.label
            ),
        ),
        "animate": (
            translate("WindowActions", "&Animate Transitions"),
            translate("WindowActions", "Smooth zoom and pan transitions"),
        ),
        Appearance.SYSTEM: (
            translate("WindowActions", "Follow &System"),
            translate("WindowActions", "Light or dark as the system"),
        ),
        Appearance.LIGHT: (
            translate("WindowActions", "&Light"),
            translate("WindowActions", "Always light"),
        ),
        Appearance.DARK: (
            translate("WindowActions", "&Dark"),
            translate("WindowActions", "Always dark"),
        ),
        "back": (
            translate("WindowActions", "&Back"),
            translate("WindowActions", "Back to the previous view"),
        ),
        "forward": (
            translate("WindowActions", "&Forward"),
            translate("WindowActions", "Forward again"),
        ),
        "first_event": (
            translate("WindowActions", "F&irst Event"),
            translate("WindowActions", "Select the earliest event"),
        ),
        "last_event": (
            translate("WindowActions", "&Last Event"),
            translate("WindowActions", "Select the latest event"),
        ),
        "previous_event": (
            translate("WindowActions", "&Previous Event"),
            translate("WindowActions", "Select the previous event"),
        ),
        "next_event": (
            translate("WindowActions", "&Next Event"),
            translate("WindowActions", "Select the next event"),
        ),
        "go_to_date": (
            translate("WindowActions", "Go to &Date…"),
            translate("WindowActions", "Show a year, month or day"),
        ),
        "sources": (
            translate("WindowActions", "&Sources"),
            translate("WindowActions", "Every source, with how many events cite it"),
        ),
        "user_guide": (
            translate("WindowActions", "User &Guide"),
            translate(
                "WindowActions",
                "What the marks mean, and how to zoom, search, filter and keep notes",
            ),
        ),
        "shortcuts": (
            translate("WindowActions", "&Keyboard Shortcuts"),
            translate("WindowActions", "Every shortcut, searchable"),
        ),
        "about": (
            translate("WindowActions", "&About"),
            translate("WindowActions", "About this app and its data sources"),
        ),
        "preferences": (
            translate("WindowActions", "&Preferences…"),
            translate(
                "WindowActions",
                "Theme, text size, language, what to show at start, where the database lives",
            ),
        ),
    }


def menu_titles() -> dict[str, str]:
    """Each menu's title, by its key in ``WindowActions.menus``."""
    return {
        "file": translate("WindowActions", "&File"),
        "export": translate("WindowActions", "&Export Notes"),
        "edit": translate("WindowActions", "&Edit"),
        "view": translate("WindowActions", "&View"),
        "appearance": translate("WindowActions", "A&ppearance"),
        "language": translate("WindowActions", "&Language"),
        "go": translate("WindowActions", "&Go"),
        "help": translate("WindowActions", "&Help"),
    }
