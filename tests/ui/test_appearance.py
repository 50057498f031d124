"""Light and dark appearance: the palette switches, and text stays readable in both."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import WindowFactory
from timeline_app.ui.theme import Appearance


def test_dark_and_light_appearance(make_window: WindowFactory) -> None:
    window = make_window()
    window.setAppearance(Appearance.DARK)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 60
    assert window.actions_.appearance[Appearance.DARK].isChecked()
    window.setAppearance(Appearance.LIGHT)
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200


@pytest.mark.parametrize("appearance", [Appearance.LIGHT, Appearance.DARK])
def test_text_contrast_is_high_in_both_palettes(
    make_window: WindowFactory, appearance: Appearance
) -> None:
    window = make_window()
    window.setAppearance(appearance)
    palette = QApplication.palette()

    def luminance(role: QPalette.ColorRole) -> float:
        colour = palette.color(role)

        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted(
        [luminance(QPalette.ColorRole.Text), luminance(QPalette.ColorRole.Base)], reverse=True
    )
    assert (light + 0.05) / (dark + 0.05) >= 7.0
    window.setAppearance(Appearance.LIGHT)
