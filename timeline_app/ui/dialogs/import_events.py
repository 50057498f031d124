"""File ▸ Import Events: what a timeline file will bring, row by row, before anything is written.

The file is read off the UI thread (progress bar, Cancel); the table lists the first rows
(events with their date and title, refused rows with the reason), the summary counts the
rest. For a plain CSV a combo per field maps its columns (prefilled by the guesser; a change
reads the file again). A name some collection has must be confirmed as a replacement. Import
writes, again off the UI thread and cancellable; a cancelled import leaves nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from timeline_app.domain.collections import ImportCancelledError
from timeline_app.interchange import (
    ColumnMapping,
    Field,
    ImportedEvent,
    NotATimelineError,
    Refusal,
    TimelineFormat,
    detect_format,
    guess_mapping,
    read_csv_header,
)
from timeline_app.services.event_exchange import EventExchangeService, ImportPreview, preview_file
from timeline_app.services.event_import import ImportWritten
from timeline_app.ui.background import BackgroundTask
from timeline_app.ui.dialogs.import_texts import field_label, reason_text
from timeline_app.ui.plural import tr
from timeline_app.ui.translate import translate


class ImportEventsDialog(QDialog):
    """Previews ``path`` and imports it through ``exchange`` when the user presses Import."""

    def __init__(self, path: Path, exchange: EventExchangeService, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("importEventsDialog")
        self.path, self._exchange = Path(path), exchange
        self.preview: ImportPreview | None = None
        self.written: ImportWritten | None = None
        self._problem = ""
        self._task: BackgroundTask | None = None
        #: tasks replaced while running (kept until they end: the pool's thread uses them)
        self._retired: list[BackgroundTask] = []
        self._cancelling = False
        self._writing = False
        self._existing = {c.name: c.event_count for c in exchange.collections()}
        self._file_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("collectionName")
        self._name_label = QLabel()
        self._name_label.setBuddy(self.name_edit)
        self.replace_box = QCheckBox()
        self.replace_box.setObjectName("replaceConfirmation")
        self.mapping_box = QGroupBox()
        self.mapping_box.setObjectName("columnMapping")
        self.mapping_combos: dict[Field, QComboBox] = {}
        self._mapping_labels: dict[Field, QLabel] = {}
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self._lay_out()
        self.import_button.clicked.connect(self.startImport)
        self.cancel_button.clicked.connect(self.cancel)
        self.name_edit.textEdited.connect(self._update_state)
        self.replace_box.toggled.connect(self._update_state)
        self.resize(760, 520)
        self.retranslate()
        self._read()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self._name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self._file_label)
        layout.addLayout(form)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.mapping_box.hide()
        try:
            plain = detect_format(self.path) is TimelineFormat.PLAIN_CSV
            header = read_csv_header(self.path) if plain else ()
        except (OSError, NotATimelineError, UnicodeError):
            plain, header = False, ()
        if plain:
            self._build_mapping(header)

    def _build_mapping(self, header: tuple[str, ...]) -> None:
        guessed = guess_mapping(header)
        grid = QFormLayout(self.mapping_box)
        for field in Field:
            combo = QComboBox()
            combo.setObjectName(f"mapping_{field.value}")
            combo.addItem("", "")
            for column in header:
                combo.addItem(column, column)
            chosen = guessed.column_for(field)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
            combo.currentIndexChanged.connect(self._read)
            label = QLabel()
            label.setBuddy(combo)
            self._mapping_labels[field] = label
            self.mapping_combos[field] = combo
            grid.addRow(label, combo)
        self.mapping_box.show()

    def mapping(self) -> ColumnMapping | None:
        """The column mapping the combos give (None for a file that needs none)."""
        if not self.mapping_combos:
            return None
        chosen: dict[str, Field] = {}
        for field, combo in self.mapping_combos.items():
            column = combo.currentData()
            if column and column not in chosen:
                chosen[column] = field
        return ColumnMapping.of(chosen)

    # ----- reading and writing off the UI thread -----

    def _run(self, task: BackgroundTask) -> None:
        if self._task is not None:
            self._task.cancel()
            self._retired.append(self._task)
        self._retired = [old for old in self._retired if old.running]
        self._task = task
        task.signals.progress.connect(lambda done, total: self._progress(task, done, total))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.show()
        task.start()
        self._update_state()

    def _progress(self, task: BackgroundTask, done: int, total: int) -> None:
        if task is self._task:
            self.progress.setValue(round(1000 * done / total) if total else 0)

    def _read(self) -> None:
        """Read the file (again) for the preview."""
        mapping, path = self.mapping(), self.path
        self.preview, self._problem = None, ""
        task = BackgroundTask(
            lambda progress, cancelled: preview_file(
                path, mapping, progress=progress, cancelled=cancelled
            )
        )
        task.signals.finished.connect(lambda result: self._previewed(task, result))
        task.signals.failed.connect(lambda error: self._read_failed(task, error))
        self._run(task)

    def _previewed(self, task: BackgroundTask, preview: object) -> None:
        if task is not self._task:
            return
        assert isinstance(preview, ImportPreview)
        self._task, self.preview = None, preview
        if not self.name_edit.isModified():
            self.name_edit.setText(preview.name)
        self._fill_table(preview)
        self._update_state()

    def _read_failed(self, task: BackgroundTask, error: object) -> None:
        if task is not self._task:
            return
        self._task = None
        if isinstance(error, ImportCancelledError):
            self.reject()
            return
        self._problem = str(error.problem if isinstance(error, NotATimelineError) else error)
        self.table.setRowCount(0)
        self._update_state()

    def startImport(self) -> None:
        """Import: write the events as the collection named (off the UI thread)."""
        preview, name = self.preview, self.name_edit.text().strip()
        if preview is None or not self.import_button.isEnabled():
            return
        mapping, replace = self.mapping(), name in self._existing
        exchange = self._exchange
        total = preview.event_count
        task = BackgroundTask(
            lambda progress, cancelled: exchange.import_file(
                preview,
                name,
                mapping=mapping,
                replace=replace,
                progress=lambda written: progress(written, total),
                cancelled=cancelled,
            )
        )
        task.signals.finished.connect(self._imported)
        task.signals.failed.connect(self._import_failed)
        self._writing = True
        self._run(task)

    def _imported(self, written: object) -> None:
        assert isinstance(written, ImportWritten)
        self._task, self._writing, self.written = None, False, written
        self.accept()

    def _import_failed(self, error: object) -> None:
        self._task, self._writing = None, False
        if isinstance(error, ImportCancelledError):
            self.reject()
            return
        self._problem = str(error)
        self._update_state()

    def cancel(self) -> None:
        """Cancel: stop reading or writing (nothing is kept) and close."""
        if self._task is not None:
            self._task.cancel()  # its failure (ImportCancelledError) closes the dialog
            self._cancelling = True
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def isBusy(self) -> bool:
        """True while the file is read or written."""
        return self._task is not None

    @override
    def reject(self) -> None:
        if self._task is not None:
            self.cancel()
            return
        super().reject()

    # ----- what is shown -----

    def _fill_table(self, preview: ImportPreview) -> None:
        self.table.setRowCount(len(preview.rows))
        italic = QFont(self.table.font())
        italic.setItalic(True)
        for index, item in enumerate(preview.rows):
            if isinstance(item, ImportedEvent):
                when = item.start.iso() + ("" if item.end is None else " – " + item.end.iso())
                cells = [str(item.row), when, item.title]
            else:
                cells = [str(item.row), "", self._refusal_text(item)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if isinstance(item, Refusal):
                    cell.setFont(italic)
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    @staticmethod
    def _refusal_text(refusal: Refusal) -> str:
        reason = reason_text(refusal.reason)
        text = translate("ImportEventsDialog", "Refused: {reason}").format(reason=reason)
        return f"{text} ({refusal.detail})" if refusal.detail else text

    def _update_state(self) -> None:
        preview, name = self.preview, self.name_edit.text().strip()
        replaces = self._existing.get(name)
        self.replace_box.setVisible(replaces is not None and not self._writing)
        if replaces is not None:
            self.replace_box.setText(
                tr("Replace the %Ln events of {name}", "", replaces).format(name=name)
            )
        busy = self._task is not None
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(not self._cancelling)
        ready = (
            not busy
            and preview is not None
            and preview.event_count > 0
            and bool(name)
            and (replaces is None or self.replace_box.isChecked())
        )
        self.import_button.setEnabled(ready)
        for widget in (self.name_edit, self.mapping_box, self.replace_box):
            widget.setEnabled(not self._writing)
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        if self._problem:
            return translate(
                "ImportEventsDialog", "This file cannot be imported: {problem}"
            ).format(problem=self._problem)
        if self._writing:
            return translate("ImportEventsDialog", "Importing…")
        preview = self.preview
        if preview is None:
            return translate("ImportEventsDialog", "Reading {file}…").format(file=self.path.name)
        text = translate("ImportEventsDialog", "{events} will come in, {refused}.").format(
            events=tr("%Ln events", "", preview.event_count),
            refused=tr("%Ln refused", "", preview.refused_count),
        )
        if preview.more_rows:
            text += " " + tr("%Ln more rows are not listed.", "", preview.more_rows)
        if preview.event_count == 0:
            text += " " + translate("ImportEventsDialog", "Nothing can be imported.")
        return text

    def retranslate(self) -> None:
        """Set every text in the language in force."""
        self.setWindowTitle(translate("ImportEventsDialog", "Import Events"))
        self._file_label.setText(
            translate("ImportEventsDialog", "From {file}").format(file=self.path.name)
        )
        self._name_label.setText(translate("ImportEventsDialog", "&Collection:"))
        self.mapping_box.setTitle(translate("ImportEventsDialog", "Columns of the CSV file"))
        for field, label in self._mapping_labels.items():
            label.setText(field_label(field) + ":")
        for combo in self.mapping_combos.values():
            combo.setItemText(0, translate("ImportEventsDialog", "(not imported)"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportEventsDialog", "Row"),
                translate("ImportEventsDialog", "Date"),
                translate("ImportEventsDialog", "Title / reason"),
            ]
        )
        self.import_button.setText(translate("ImportEventsDialog", "&Import"))
        self.cancel_button.setText(translate("ImportEventsDialog", "Cancel"))
        if self.preview is not None:
            self._fill_table(self.preview)
        self._update_state()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
