"""The main window's actions, menus and toolbar, built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from timeline_app.domain.period import CURATED_PERIOD
from timeline_app.ui.theme import Appearance

StandardKey = QKeySequence.StandardKey


def make_action(
    parent: QObject,
    text: str,
    shortcuts: list[QKeySequence] | None = None,
    tip: str = "",
    icon: str = "",
) -> QAction:
    """An action with de-duplicated shortcuts (a repeated sequence would be ambiguous)."""
    action = QAction(QIcon.fromTheme(icon) if icon else QIcon(), text, parent)
    unique = list({s.toString(): s for s in shortcuts or [] if not s.isEmpty()}.values())
    action.setShortcuts(unique)
    action.setStatusTip(tip)
    if unique:
        shown = unique[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '')} ({shown})")
    elif tip:
        action.setToolTip(tip)
    return action


@dataclass
class WindowActions:
    """Every action of the main window, by name."""

    quit: QAction
    export_markdown: QAction
    export_json: QAction
    export_csv: QAction
    import_json: QAction
    removed_event_notes: QAction
    open_log_folder: QAction
    undo: QAction
    redo: QAction
    find: QAction
    new_note: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit_all: QAction
    animate: QAction
    appearance: dict[Appearance, QAction]
    back: QAction
    forward: QAction
    first_event: QAction
    last_event: QAction
    previous_event: QAction
    next_event: QAction
    go_to_date: QAction
    sources: QAction
    user_guide: QAction
    shortcuts: QAction
    about: QAction
    preferences: QAction


def build_actions(window: QMainWindow, timeline: QWidget) -> WindowActions:
    """Create the actions; those that act on the timeline only fire while it has focus."""
    key = QKeySequence
    # Plain actions rather than the stack's own, so the window can close an open note edit
    # before undoing; the window keeps their text and enabled state in step with the stack.
    undo = make_action(
        window, "&Undo", [key(StandardKey.Undo)], "Undo the last note change", "edit-undo"
    )
    redo = make_action(
        window, "&Redo", [key(StandardKey.Redo), key("Ctrl+Shift+Z")], "Redo", "edit-redo"
    )
    actions = WindowActions(
        quit=make_action(
            window, "&Quit", [key(StandardKey.Quit), key("Ctrl+Q")], "Quit", "application-exit"
        ),
        export_markdown=make_action(
            window, "&Markdown…", [], "Every note, grouped by event, as Markdown"
        ),
        export_json=make_action(window, "&JSON…", [], "Every note as JSON (can be imported again)"),
        export_csv=make_action(window, "&CSV…", [], "Every note as a spreadsheet"),
        import_json=make_action(
            window, "&Import Notes from JSON…", [], "Merge notes from a JSON export"
        ),
        removed_event_notes=make_action(
            window, "Notes on &Removed Events…", [], "Notes whose event left the bundled data"
        ),
        open_log_folder=make_action(window, "Open &Log Folder", [], "Where the app writes its log"),
        undo=undo,
        redo=redo,
        find=make_action(
            window, "&Find…", [key(StandardKey.Find)], "Search everything", "edit-find"
        ),
        new_note=make_action(window, "&New Note", [key("N")], "Write a note on the selected event"),
        zoom_in=make_action(window, "Zoom &In", [key(StandardKey.ZoomIn)], "Zoom in", "zoom-in"),
        zoom_out=make_action(
            window, "Zoom &Out", [key(StandardKey.ZoomOut)], "Zoom out", "zoom-out"
        ),
        fit_all=make_action(
            window,
            "&Fit All",
            [key("Ctrl+0")],
            f"Show the whole period, {CURATED_PERIOD.label}",
            "zoom-fit-best",
        ),
        animate=make_action(window, "&Animate Transitions", [], "Smooth zoom and pan transitions"),
        appearance={
            Appearance.SYSTEM: make_action(
                window, "Follow &System", [], "Light or dark as the system"
            ),
            Appearance.LIGHT: make_action(window, "&Light", [], "Always light"),
            Appearance.DARK: make_action(window, "&Dark", [], "Always dark"),
        },
        back=make_action(
            window, "&Back", [key(StandardKey.Back)], "Back to the previous view", "go-previous"
        ),
        forward=make_action(
            window, "&Forward", [key(StandardKey.Forward)], "Forward again", "go-next"
        ),
        first_event=make_action(window, "&First Event", [key("Home")], "Select the earliest event"),
        last_event=make_action(window, "&Last Event", [key("End")], "Select the latest event"),
        previous_event=make_action(
            window, "&Previous Event", [key("Left")], "Select the previous event"
        ),
        next_event=make_action(window, "&Next Event", [key("Right")], "Select the next event"),
        go_to_date=make_action(
            window, "Go to &Date…", [key("Ctrl+G")], "Show a year, month or day"
        ),
        sources=make_action(window, "&Sources", [], "Every source, with how many events cite it"),
        user_guide=make_action(
            window,
            "User &Guide",
            [key(StandardKey.HelpContents)],
            "What the marks mean, and how to zoom, search, filter and keep notes",
            "help-contents",
        ),
        shortcuts=make_action(
            window,
            "&Keyboard Shortcuts",
            [],
            "Every shortcut, searchable",
            "preferences-desktop-keyboard-shortcuts",
        ),
        about=make_action(window, "&About", [], "About this app and its data sources"),
        preferences=make_action(
            window,
            "&Preferences…",
            [key(StandardKey.Preferences), key("Ctrl+,")],
            "Theme, text size, what to show at start, where the database lives",
            "preferences-system",
        ),
    )
    # On macOS Qt moves it to the application menu, where users look for it.
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    # Single keys act on the timeline only, so typing in the search box or a note is never eaten.
    for action in (
        actions.new_note,
        actions.first_event,
        actions.last_event,
        actions.previous_event,
        actions.next_event,
    ):
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        timeline.addAction(action)
    actions.animate.setCheckable(True)
    group = QActionGroup(window)
    for action in actions.appearance.values():
        action.setCheckable(True)
        group.addAction(action)
    _build_menus(window, actions)
    _build_toolbar(window, actions)
    return actions


def _build_menus(window: QMainWindow, actions: WindowActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    export_menu = file_menu.addMenu("&Export Notes")
    for action in (actions.export_markdown, actions.export_json, actions.export_csv):
        export_menu.addAction(action)
    file_menu.addAction(actions.import_json)
    file_menu.addSeparator()
    file_menu.addAction(actions.removed_event_notes)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_entries = (actions.undo, actions.redo, None, actions.find, actions.new_note, None)
    for entry in (*edit_entries, actions.preferences):
        edit_menu.addSeparator() if entry is None else edit_menu.addAction(entry)
    view_menu = bar.addMenu("&View")
    for action in (actions.zoom_in, actions.zoom_out, actions.fit_all):
        view_menu.addAction(action)
    view_menu.addSeparator()
    appearance_menu = view_menu.addMenu("A&ppearance")
    for action in actions.appearance.values():
        appearance_menu.addAction(action)
    view_menu.addAction(actions.animate)
    go_menu = bar.addMenu("&Go")
    for entry in (
        actions.back,
        actions.forward,
        None,
        actions.first_event,
        actions.last_event,
        actions.previous_event,
        actions.next_event,
        None,
        actions.go_to_date,
    ):
        go_menu.addSeparator() if entry is None else go_menu.addAction(entry)
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.user_guide)
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.sources)
    help_menu.addAction(actions.open_log_folder)
    help_menu.addAction(actions.about)


def _build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    toolbar = QToolBar("Timeline")
    toolbar.setObjectName("timelineToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for action in (
        actions.back,
        actions.forward,
        None,
        actions.zoom_in,
        actions.zoom_out,
        actions.fit_all,
        None,
        actions.go_to_date,
    ):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    window.addToolBar(toolbar)
    return toolbar


def connect_undo_stack(actions: WindowActions, stack: QUndoStack) -> None:
    """Edit ▸ Undo / Redo follow the stack: enabled when there is something to undo, and
    named after it ("Undo Delete Note")."""
    stack.canUndoChanged.connect(actions.undo.setEnabled)
    stack.canRedoChanged.connect(actions.redo.setEnabled)
    stack.undoTextChanged.connect(lambda text: actions.undo.setText(f"&Undo {text}".strip()))
    stack.redoTextChanged.connect(lambda text: actions.redo.setText(f"&Redo {text}".strip()))
    actions.undo.setEnabled(False)
    actions.redo.setEnabled(False)
