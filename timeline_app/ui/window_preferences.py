"""The window's preferences: theme, detail text size, animations, what shows at start and the
interface language, kept in step between the View menu, the Preferences dialog and
``WindowState`` (the language is remembered by ``set_language`` itself)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

from timeline_app.desktop import language
from timeline_app.ui.dialogs.preferences import PreferencesDialog, PreferenceValues
from timeline_app.ui.preference_values import StartView, TextSize
from timeline_app.ui.theme import Appearance, apply_appearance, follow_system_colour_scheme
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.window_actions import WindowActions
from timeline_app.ui.window_state import WindowState


class WindowPreferences(QObject):
    """Applies and remembers each preference; opens the Preferences dialog."""

    def __init__(
        self,
        window: QMainWindow,
        state: WindowState,
        actions: WindowActions,
        timeline: TimelineView,
        detail_pane: QTextBrowser,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._actions = actions
        self._timeline = timeline
        self._detail_pane = detail_pane
        self._dialog: PreferencesDialog | None = None
        self._started = False
        #: Move…: moves the database to a file; None, or why not (app.py sets it at attach)
        self.move_database: Callable[[Path], str | None] = lambda _target: (
            QCoreApplication.translate("WindowPreferences", "The database is not open yet.")
        )
        actions.animate.toggled.connect(self.setAnimations)
        for appearance, action in actions.appearance.items():
            action.triggered.connect(lambda _checked=False, a=appearance: self.setAppearance(a))
        follow_system_colour_scheme(state.appearance)

    def restore(self) -> None:
        """Apply what was remembered (at construction: before anything is shown)."""
        appearance = self._state.appearance()
        self._actions.appearance[appearance].setChecked(True)
        apply_appearance(appearance)
        animate = self._state.animate()
        self._actions.animate.setChecked(animate)
        self._timeline.setAnimationsEnabled(animate)
        self._apply_text_size(self._state.text_size())

    def setAppearance(self, appearance: Appearance) -> None:
        """Light, dark, or as the system says; remembered."""
        self._state.set_appearance(appearance)
        self._actions.appearance[appearance].setChecked(True)
        apply_appearance(appearance)

    def setLanguage(self, code: str) -> None:
        """The interface language (a code of LANGUAGES); every open window follows."""
        language.set_language(code)

    def setAnimations(self, enabled: bool) -> None:
        """Animated transitions on or off; remembered."""
        self._state.set_animate(enabled)
        self._actions.animate.setChecked(enabled)
        self._timeline.setAnimationsEnabled(enabled)

    def setTextSize(self, size: TextSize) -> None:
        """The detail pane's text size; applied at once and remembered."""
        self._state.set_text_size(size)
        self._apply_text_size(size)

    def setStartView(self, start_view: StartView) -> None:
        """What the next start shows; remembered."""
        self._state.set_start_view(start_view)

    def showStartView(self) -> None:
        """Show what the user asked to see at start (the whole period needs nothing); only
        the first time, not when the window attaches another file (Move…, Repair…)."""
        if self._started:
            return
        self._started = True
        start_view = self._state.start_view()
        if start_view is StartView.EVERYTHING:
            return
        event_id = self._state.last_event() if start_view is StartView.LAST_EVENT else None
        if event_id is not None and self._timeline.selectEvent(event_id):
            return
        window = self._state.last_window()
        if window is not None:
            self._timeline.setDayWindow(*window)

    def saveLastPlace(self) -> None:
        """Remember the days shown and the event selected (at close)."""
        self._state.save_last_place(
            self._timeline.visibleDayWindow(), self._timeline.selectedEventId()
        )

    def showDialog(self, database_path: Path | str, read_only: bool) -> PreferencesDialog:
        """Edit ▸ Preferences (non-modal), showing the values now in force."""
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
        values = PreferenceValues(
            self._state.appearance(),
            self._state.text_size(),
            self._state.start_view(),
            self._actions.animate.isChecked(),
            database_path,
            can_move=not read_only,
        )
        dialog = PreferencesDialog(values, self.move_database, self._window)
        dialog.appearanceChosen.connect(self.setAppearance)
        dialog.textSizeChosen.connect(self.setTextSize)
        dialog.startViewChosen.connect(self.setStartView)
        dialog.animationsToggled.connect(self.setAnimations)
        dialog.languageChosen.connect(self.setLanguage)
        self._dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def _apply_text_size(self, size: TextSize) -> None:
        font = self._detail_pane.font()
        base = QApplication.font().pointSizeF()
        # A font sized in pixels has no point size (-1): fall back to a common 10 pt.
        font.setPointSizeF((base if base > 0 else 10.0) * size.factor)
        self._detail_pane.setFont(font)
        self._detail_pane.document().setDefaultFont(font)
