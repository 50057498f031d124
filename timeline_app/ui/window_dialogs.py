"""The main window's dialogs: Go to Date, Sources, About, User Guide, Keyboard Shortcuts, notes
on removed events, and the question before quitting with unsaved note text. Non-modal ones are
made once, shown again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from timeline_app.desktop.language import current_language
from timeline_app.desktop.paths import log_dir
from timeline_app.desktop.resource_files import resources_dir
from timeline_app.domain.errors import StorageError
from timeline_app.domain.models import Note, Source
from timeline_app.ui.dialogs.about import show_about
from timeline_app.ui.dialogs.go_to_date import GoToDateDialog
from timeline_app.ui.dialogs.shortcuts import ShortcutRow, ShortcutsDialog
from timeline_app.ui.dialogs.sources import SourcesDialog
from timeline_app.ui.dialogs.user_guide import UserGuideDialog
from timeline_app.ui.external_links import open_external
from timeline_app.ui.notes.removed_event_notes import RemovedEventNotesDialog
from timeline_app.ui.timeline.input import TIMELINE_KEYS
from timeline_app.ui.translate import translate

if TYPE_CHECKING:
    from timeline_app.services.note_service import NoteService
    from timeline_app.services.timeline_service import TimelineService
    from timeline_app.ui.notes.panel import NotesPanel


def _native(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in sequences)


def _menu_rows(menu: QMenu, where: str) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, f"{where} ▸ {submenu.title().replace('&', '')}")
        elif action.shortcuts():
            rows.append(
                ShortcutRow(action.text().replace("&", ""), _native(action.shortcuts()), where)
            )
    return rows


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every shortcut of the window's menus, read from the actions themselves, then the keys
    the timeline answers (``TIMELINE_KEYS``), so the list follows the code."""
    rows: list[ShortcutRow] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, menu.title().replace("&", ""))
    timeline = translate("WindowDialogs", "Timeline")
    for entry in TIMELINE_KEYS:
        keys = _native([QKeySequence(k) for k in entry.keys])
        what = QCoreApplication.translate("TimelineKeys", entry.what)
        rows.append(ShortcutRow(what, keys, timeline))
    return rows


def user_guide_html() -> str:
    """The guide in the language in force: ``resources/user_guide.<code>.html``, else the
    English ``user_guide.html`` (a sentence saying so when both are missing)."""
    folder = resources_dir()
    for name in (f"user_guide.{current_language()}.html", "user_guide.html"):
        try:
            return (folder / name).read_text(encoding="utf-8")
        except OSError:
            continue
    return (
        "<p>"
        + translate("WindowDialogs", "The user guide is missing from this installation.")
        + "</p>"
    )


class WindowDialogs:
    """Opens the window's dialogs; storage failures go to ``report``, never up."""

    def __init__(
        self,
        window: QMainWindow,
        report: Callable[[StorageError], None],
        go_to_range: Callable[[date, date], None],
    ) -> None:
        self._window = window
        self._report = report
        self._go_to_range = go_to_range
        self._go_to: GoToDateDialog | None = None
        self._sources: SourcesDialog | None = None
        self._guide: UserGuideDialog | None = None
        self._shortcuts: ShortcutsDialog | None = None

    def go_to_date(self) -> GoToDateDialog:
        """Go ▸ Go to Date (non-modal), with its text selected for typing over."""
        if self._go_to is None:
            self._go_to = GoToDateDialog(self._window)
            self._go_to.rangeChosen.connect(self._go_to_range)
        self._go_to.edit.selectAll()
        self._go_to.show()
        self._go_to.raise_()
        self._go_to.edit.setFocus()
        return self._go_to

    def removed_event_notes(self, notes: NoteService, panel: NotesPanel) -> RemovedEventNotesDialog:
        """File ▸ Notes on Removed Events (non-modal), by the authors the notes pane shows."""
        found: list[Note] = []
        try:
            found = [
                note
                for note in notes.notes_on_removed_events()
                if panel.author_filter.accepts(note)
            ]
        except StorageError as error:
            self._report(error)
        dialog = RemovedEventNotesDialog(found, self._window, me=notes.author)
        dialog.show()
        return dialog

    def about(self, timeline: TimelineService, event_count: int) -> None:
        """Help ▸ About."""
        sources: list[tuple[Source, int]] = []
        try:
            sources = timeline.sources_with_counts()
        except StorageError as error:
            self._report(error)
        show_about(self._window, sources, event_count)

    def sources(self, timeline: TimelineService) -> None:
        """Help ▸ Sources (non-modal), its rows read afresh."""
        try:
            rows = timeline.sources_with_counts()
        except StorageError as error:
            self._report(error)
            return
        if self._sources is None:
            self._sources = SourcesDialog(rows, self._window)
        else:
            self._sources.model.set_rows(rows)
        self._sources.show()
        self._sources.raise_()
        self._sources.activateWindow()

    def open_log_folder(self) -> None:
        """Help ▸ Open Log Folder, or a message with the path when nothing can open it."""
        open_external(self._window, QUrl.fromLocalFile(str(log_dir())))

    def user_guide(self) -> UserGuideDialog:
        """Help ▸ User Guide (non-modal)."""
        if self._guide is None:
            self._guide = UserGuideDialog(user_guide_html, self._window)
        _bring_up(self._guide)
        return self._guide

    def shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts (non-modal), read afresh from the actions."""
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(shortcut_rows(self._window), self._window)
        else:
            self._shortcuts.set_rows(shortcut_rows(self._window))
        _bring_up(self._shortcuts)
        self._shortcuts.filter_edit.setFocus()
        return self._shortcuts

    def retranslate(self) -> None:
        """The language changed: the shortcuts list names the menus and commands anew (each
        dialog sets its own texts)."""
        if self._shortcuts is not None:
            self._shortcuts.set_rows(shortcut_rows(self._window))

    def confirm_losing_text(self, last_error: str) -> bool:
        """Ask before quitting with note text that could not be saved (the default keeps it)."""
        answer = QMessageBox.warning(
            self._window,
            translate("WindowDialogs", "Note text not saved"),
            translate(
                "WindowDialogs",
                "Some note text could not be saved:\n{error}\n\n"
                "If you quit now it will be lost. Quit anyway?",
            ).format(error=last_error),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _bring_up(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
