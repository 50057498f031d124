"""Light and dark palettes, following the system colour scheme unless the user picks one."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


class Appearance(Enum):
    """What the user chose in View ▸ Appearance."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def dark_palette() -> QPalette:
    """A dark palette with text contrast above 7:1 on its backgrounds."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1f2226",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#16181b",
        QPalette.ColorRole.AlternateBase: "#23272c",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2a2e33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#4c8bf5",
        QPalette.ColorRole.HighlightedText: "#0b0c0e",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.ToolTipBase: "#2a2e33",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Mid: "#80868b",
        QPalette.ColorRole.Midlight: "#5f6368",
        QPalette.ColorRole.Dark: "#9aa0a6",
        QPalette.ColorRole.Light: "#3c4043",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return palette


def light_palette() -> QPalette:
    """The Fusion style's own light palette (good contrast, predictable across desktops)."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def is_dark(appearance: Appearance) -> bool:
    """Whether ``appearance`` means dark here and now."""
    if appearance is Appearance.SYSTEM:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return appearance is Appearance.DARK


def apply_appearance(appearance: Appearance) -> None:
    """Give the whole application the palette ``appearance`` asks for."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if is_dark(appearance) else light_palette())


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0..1) of the way to ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def follow_system_colour_scheme(chosen: Callable[[], Appearance]) -> None:
    """When the desktop switches between light and dark, follow it if ``chosen()`` says the
    user follows the system."""

    def changed(_scheme: Qt.ColorScheme) -> None:
        if chosen() is Appearance.SYSTEM:
            apply_appearance(Appearance.SYSTEM)

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
