"""The main window's actions, menus and toolbar, built in one place; their texts are set (and
set again when the language changes) by ``WindowActions.retranslate``."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from timeline_app.desktop import language
from timeline_app.ui.action_texts import action_texts, menu_titles
from timeline_app.ui.theme import Appearance
from timeline_app.ui.translate import translate
from timeline_app.ui.undo_texts import retranslate_stack

StandardKey = QKeySequence.StandardKey


def make_action(
    parent: QObject, shortcuts: list[QKeySequence] | None = None, icon: str = ""
) -> QAction:
    """An action with de-duplicated shortcuts (a repeated sequence would be ambiguous); its
    texts come from ``set_action_texts``."""
    action = QAction(QIcon.fromTheme(icon) if icon else QIcon(), "", parent)
    unique = list({s.toString(): s for s in shortcuts or [] if not s.isEmpty()}.values())
    action.setShortcuts(unique)
    return action


def set_action_texts(action: QAction, text: str, tip: str = "") -> None:
    """The action's menu text, status tip and tooltip (which names its first shortcut)."""
    action.setText(text)
    action.setStatusTip(tip)
    shortcuts = action.shortcuts()
    if shortcuts:
        shown = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            translate("WindowActions", "{tip} ({shortcut})").format(
                tip=tip or text.replace("&", ""), shortcut=shown
            )
        )
    else:
        action.setToolTip(tip or text.replace("&", ""))


@dataclass
class WindowActions:
    """Every action of the main window, by name, with the menus and toolbar that hold them."""

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
    #: View ▸ Language: one action per language code, named in its own language
    language: dict[str, QAction] = field(default_factory=dict)
    #: the menus by name: file, export, edit, view, appearance, language, go, help
    menus: dict[str, QMenu] = field(default_factory=dict)
    toolbar: QToolBar | None = None
    #: what Undo and Redo would do now ("Delete Note"; "" for nothing), from the undo stack
    undo_what: str = ""
    redo_what: str = ""
    #: the window's undo stack (connect_undo_stack): its entries are named again on a switch
    undo_stack: QUndoStack | None = None

    def retranslate(self) -> None:
        """Set every text in the language now in force (the actions stay the same objects)."""
        for key, (text, tip) in action_texts().items():
            action = self.appearance[key] if isinstance(key, Appearance) else getattr(self, key)
            set_action_texts(action, text, tip)
        if self.undo_stack is not None:
            retranslate_stack(self.undo_stack)
            self.undo_what, self.redo_what = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.name_undo_redo()
        for name, title in menu_titles().items():
            if name in self.menus:
                self.menus[name].setTitle(title)
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(translate("WindowActions", "Timeline"))
        for code, action in self.language.items():
            action.setText(language.LANGUAGE_NAMES[code])  # each language named in itself
        self.checkLanguage()

    def checkLanguage(self) -> None:
        """Check the language in force in View ▸ Language."""
        action = self.language.get(language.current_language())
        if action is not None:
            action.setChecked(True)

    def name_undo_redo(self) -> None:
        """Undo and Redo are named after what they would do ("Undo Delete Note")."""
        undo, redo = self.undo_what, self.redo_what
        self.undo.setText(
            translate("WindowActions", "&Undo {what}").format(what=undo)
            if undo
            else translate("WindowActions", "&Undo")
        )
        self.redo.setText(
            translate("WindowActions", "&Redo {what}").format(what=redo)
            if redo
            else translate("WindowActions", "&Redo")
        )

    def setUndoText(self, text: str) -> None:
        """The stack's next undo is ``text``."""
        self.undo_what = text
        self.name_undo_redo()

    def setRedoText(self, text: str) -> None:
        """The stack's next redo is ``text``."""
        self.redo_what = text
        self.name_undo_redo()


class ActionAccess:
    """The actions tests and menus reach by name (mixed into the main window)."""

    actions_: WindowActions

    @property
    def zoom_in_action(self) -> QAction:
        """View ▸ Zoom In."""
        return self.actions_.zoom_in

    @property
    def zoom_out_action(self) -> QAction:
        """View ▸ Zoom Out."""
        return self.actions_.zoom_out

    @property
    def fit_action(self) -> QAction:
        """View ▸ Fit All."""
        return self.actions_.fit_all

    @property
    def about_action(self) -> QAction:
        """Help ▸ About."""
        return self.actions_.about

    @property
    def sources_action(self) -> QAction:
        """Help ▸ Sources."""
        return self.actions_.sources

    @property
    def quit_action(self) -> QAction:
        """File ▸ Quit."""
        return self.actions_.quit


def build_actions(window: QMainWindow, timeline: QWidget) -> WindowActions:
    """Create the actions; those that act on the timeline only fire while it has focus."""
    key = QKeySequence
    # Plain actions rather than the stack's own, so the window can close an open note edit
    # before undoing; the window keeps their text and enabled state in step with the stack.
    actions = WindowActions(
        quit=make_action(window, [key(StandardKey.Quit), key("Ctrl+Q")], "application-exit"),
        export_markdown=make_action(window),
        export_json=make_action(window),
        export_csv=make_action(window),
        import_json=make_action(window),
        removed_event_notes=make_action(window),
        open_log_folder=make_action(window),
        undo=make_action(window, [key(StandardKey.Undo)], "edit-undo"),
        redo=make_action(window, [key(StandardKey.Redo), key("Ctrl+Shift+Z")], "edit-redo"),
        find=make_action(window, [key(StandardKey.Find)], "edit-find"),
        new_note=make_action(window, [key("N")]),
        zoom_in=make_action(window, [key(StandardKey.ZoomIn)], "zoom-in"),
        zoom_out=make_action(window, [key(StandardKey.ZoomOut)], "zoom-out"),
        fit_all=make_action(window, [key("Ctrl+0")], "zoom-fit-best"),
        animate=make_action(window),
        appearance={appearance: make_action(window) for appearance in Appearance},
        back=make_action(window, [key(StandardKey.Back)], "go-previous"),
        forward=make_action(window, [key(StandardKey.Forward)], "go-next"),
        first_event=make_action(window, [key("Home")]),
        last_event=make_action(window, [key("End")]),
        previous_event=make_action(window, [key("Left")]),
        next_event=make_action(window, [key("Right")]),
        go_to_date=make_action(window, [key("Ctrl+G")]),
        sources=make_action(window),
        user_guide=make_action(window, [key(StandardKey.HelpContents)], "help-contents"),
        shortcuts=make_action(window, [], "preferences-desktop-keyboard-shortcuts"),
        about=make_action(window),
        preferences=make_action(
            window, [key(StandardKey.Preferences), key("Ctrl+,")], "preferences-system"
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
    actions.language = _language_actions(window)
    actions.menus = _build_menus(window, actions)
    actions.toolbar = _build_toolbar(window, actions)
    actions.retranslate()
    return actions


def _language_actions(window: QMainWindow) -> dict[str, QAction]:
    """View ▸ Language: one checkable action per language; choosing one switches to it."""
    group = QActionGroup(window)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for code in language.LANGUAGES:
        action = QAction(language.LANGUAGE_NAMES[code], window)
        action.setObjectName(f"languageAction_{code}")
        action.setCheckable(True)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: language.set_language(c))
        actions[code] = action
    return actions


def _build_menus(window: QMainWindow, actions: WindowActions) -> dict[str, QMenu]:
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    file_menu = menus["file"] = bar.addMenu("")
    export_menu = menus["export"] = file_menu.addMenu("")
    for action in (actions.export_markdown, actions.export_json, actions.export_csv):
        export_menu.addAction(action)
    file_menu.addAction(actions.import_json)
    file_menu.addSeparator()
    file_menu.addAction(actions.removed_event_notes)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menus["edit"] = bar.addMenu("")
    edit_entries = (actions.undo, actions.redo, None, actions.find, actions.new_note, None)
    for entry in (*edit_entries, actions.preferences):
        edit_menu.addSeparator() if entry is None else edit_menu.addAction(entry)
    view_menu = menus["view"] = bar.addMenu("")
    for action in (actions.zoom_in, actions.zoom_out, actions.fit_all):
        view_menu.addAction(action)
    view_menu.addSeparator()
    appearance_menu = menus["appearance"] = view_menu.addMenu("")
    for action in actions.appearance.values():
        appearance_menu.addAction(action)
    view_menu.addAction(actions.animate)
    language_menu = menus["language"] = view_menu.addMenu("")
    language_menu.setObjectName("languageMenu")
    for action in actions.language.values():
        language_menu.addAction(action)
    go_menu = menus["go"] = bar.addMenu("")
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
    help_menu = menus["help"] = bar.addMenu("")
    help_menu.addAction(actions.user_guide)
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.sources)
    help_menu.addAction(actions.open_log_folder)
    help_menu.addAction(actions.about)
    return menus


def _build_toolbar(window: QMainWindow, actions: WindowActions) -> QToolBar:
    toolbar = QToolBar()
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
    actions.undo_stack = stack
    stack.undoTextChanged.connect(actions.setUndoText)
    stack.redoTextChanged.connect(actions.setRedoText)
    actions.undo.setEnabled(False)
    actions.redo.setEnabled(False)
