"""The Export Timeline Image dialog on its own: fields that follow the format, the range typed
as two dates (a bad one named in place, Export disabled), the live page count, the keyboard,
and its texts in another language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.fake_translator import fake_translation, marked
from timeline_app.desktop.language import set_language
from timeline_app.ui.dialogs.export_image import ExportImageDialog, default_page_size
from timeline_app.ui.figure.options import FigureFormat, FigureOptions

VISIBLE = (date(2010, 3, 1), date(2012, 9, 30))


def pages(options: FigureOptions) -> int:
    """A stand-in page count: one page a year, two in portrait."""
    years = options.last.year - options.first.year + 1
    return years * (1 if options.landscape else 2)


@pytest.fixture
def dialog(qtbot: QtBot) -> ExportImageDialog:
    made = ExportImageDialog(VISIBLE, pages)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def choose(qtbot: QtBot, combo: QComboBox, index: int) -> None:
    """Pick an entry with the keyboard, as a user would."""
    combo.setFocus()
    while combo.currentIndex() < index:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > index:
        QTest.keyClick(combo, Qt.Key.Key_Up)


def test_defaults_are_the_visible_range_1600_px_light_png(dialog: ExportImageDialog) -> None:
    assert dialog.objectName() == "exportImageDialog"
    assert dialog.visible_radio.isChecked()
    assert "2010" in dialog.visible_radio.text() and "2012" in dialog.visible_radio.text()
    assert (dialog.from_edit.text(), dialog.to_edit.text()) == ("2010-03-01", "2012-09-30")
    assert not dialog.from_edit.isEnabled()
    assert dialog.figureFormat() is FigureFormat.PNG
    assert dialog.options() == FigureOptions(
        first=VISIBLE[0], last=VISIBLE[1], page_size=default_page_size()
    )
    assert dialog.height_spin.text() == "Automatic"
    assert dialog.width_spin.minimum() == 100 and dialog.width_spin.maximum() == 20_000


def test_the_pdf_fields_come_with_the_pdf_format(qtbot: QtBot, dialog: ExportImageDialog) -> None:
    assert dialog.height_spin.isEnabled()
    assert not dialog.orientation_combo.isEnabled() and not dialog.size_combo.isEnabled()
    assert not dialog.page_count.isVisible()
    choose(qtbot, dialog.format_combo, 2)
    assert dialog.figureFormat() is FigureFormat.PDF
    assert not dialog.height_spin.isEnabled()
    assert dialog.orientation_combo.isEnabled() and dialog.size_combo.isEnabled()
    assert dialog.page_count.isVisible()
    assert dialog.page_count.text() == "3 timeline pages, then the list of sources"
    choose(qtbot, dialog.orientation_combo, 1)  # portrait: the stand-in doubles the pages
    assert dialog.page_count.text().startswith("6 timeline pages")
    options = dialog.options()
    assert options is not None and not options.landscape and options.height is None
    choose(qtbot, dialog.size_combo, 1)
    assert dialog.options() is not None and dialog.options().page_size == "Letter"  # type: ignore[union-attr]
    choose(qtbot, dialog.format_combo, 1)
    assert dialog.figureFormat() is FigureFormat.SVG and dialog.height_spin.isEnabled()


def test_a_typed_range_is_from_the_first_day_to_the_last(
    qtbot: QtBot, dialog: ExportImageDialog
) -> None:
    QTest.mouseClick(dialog.chosen_radio, Qt.MouseButton.LeftButton)
    assert dialog.from_edit.isEnabled()
    dialog.from_edit.clear()
    QTest.keyClicks(dialog.from_edit, "May 2010")
    dialog.to_edit.clear()
    QTest.keyClicks(dialog.to_edit, "2015")
    options = dialog.options()
    assert options is not None
    assert (options.first, options.last) == (date(2010, 5, 1), date(2015, 12, 31))
    dialog.to_edit.clear()
    QTest.keyClicks(dialog.to_edit, "31.08.2015")
    assert dialog.options().last == date(2015, 8, 31)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("field", "typed", "named"),
    [
        ("from_edit", "31.02.2015", "From: 31.02.2015: February 2015 has no day 31."),
        ("to_edit", "Smarch 2015", "To: Smarch 2015: “Smarch” is not a month name."),
        ("to_edit", "2001", "To: 31 December 2001 is before the first day"),
    ],
)
def test_a_bad_date_names_its_field_and_disables_export(
    qtbot: QtBot, dialog: ExportImageDialog, field: str, typed: str, named: str
) -> None:
    QTest.mouseClick(dialog.chosen_radio, Qt.MouseButton.LeftButton)
    edit = getattr(dialog, field)
    edit.clear()
    QTest.keyClicks(edit, typed)
    assert dialog.range_error.isVisible()
    assert dialog.range_error.text().startswith(named)
    assert not dialog.export_button.isEnabled()
    assert dialog.options() is None
    with qtbot.assertNotEmitted(dialog.exportRequested):
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    QTest.mouseClick(dialog.visible_radio, Qt.MouseButton.LeftButton)  # the visible range is fine
    assert dialog.export_button.isEnabled() and not dialog.range_error.isVisible()


def test_export_says_what_was_chosen_and_enter_presses_it(
    qtbot: QtBot, dialog: ExportImageDialog
) -> None:
    dialog.width_spin.setFocus()
    dialog.width_spin.selectAll()
    QTest.keyClicks(dialog.width_spin, "2400")
    choose(qtbot, dialog.appearance_combo, 1)
    with qtbot.waitSignal(dialog.exportRequested) as emitted:
        QTest.keyClick(dialog.width_spin, Qt.Key.Key_Return)
    figure_format, options = emitted.args
    assert figure_format is FigureFormat.PNG
    assert options.width == 2400 and options.dark
    assert dialog.isVisible()  # the controller closes it once the file is written


def test_accelerators_reach_the_fields_and_escape_closes(
    qtbot: QtBot, dialog: ExportImageDialog
) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.width_spin
    QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.chosen_radio.isChecked)  # a mnemonic clicks after a short flash
    QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.from_edit
    QTest.keyClick(dialog.from_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.to_edit
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_remembered_choices_are_shown(qtbot: QtBot) -> None:
    made = ExportImageDialog(VISIBLE, pages, figure_format=FigureFormat.PDF, width=3000, dark=True)
    qtbot.addWidget(made)
    assert made.figureFormat() is FigureFormat.PDF
    assert made.width_spin.value() == 3000
    assert made.appearance_combo.currentIndex() == 1


def test_letter_is_the_default_page_where_paper_is_measured_the_us_way() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert default_page_size() == "Letter"
        QLocale.setDefault(QLocale("kk_KZ"))
        assert default_page_size() == "A4"
    finally:
        QLocale.setDefault(before)


def test_texts_follow_the_language(qtbot: QtBot, dialog: ExportImageDialog) -> None:
    english = dialog.visible_radio.text()
    set_language("ru", remember=False)
    qtbot.waitUntil(lambda: dialog.visible_radio.text() != english)
    assert "2010" in dialog.visible_radio.text() and "марта" in dialog.visible_radio.text()
    set_language("en", remember=False)
    with fake_translation():
        qtbot.waitUntil(lambda: marked(dialog.windowTitle()))
        assert all(marked(label.text()) for label in dialog.findChildren(QLabel) if label.buddy())
        assert marked(dialog.export_button.text())
        assert marked(dialog.format_combo.itemText(0))
        assert marked(dialog.height_spin.specialValueText())
