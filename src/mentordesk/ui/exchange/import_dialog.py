"""The Import Contacts dialog: pick a file and its kind, map CSV columns, preview, then import all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.exchange import csvfile, registry
from mentordesk.services.core import ServiceError
from mentordesk.ui.exchange.encoding_choice import EncodingChoice
from mentordesk.ui.plain import plain_label
from mentordesk.ui.widgets.progress import advance

CSV_KEYS = ("csv", "google", "outlook", "linkedin")
SAMPLE_ROWS = 3


class ImportDialog(QDialog):
    """Collects the file, format and mapping; previews; imports in one transaction with a cancellable progress."""

    def __init__(self, parent: QWidget | None = None, path: str | None = None, edits=None):
        super().__init__(parent)
        self.edits = edits  # the window's undo stack: an import of new people is one undoable step
        self.setWindowTitle(self.tr("Import Contacts"))
        self.setMinimumWidth(640)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 40)
        self.outcome: registry.ImportResult | None = None
        self._progress: QProgressDialog | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.editingFinished.connect(self._path_edited)
        self._read_path: str | None = None  # the path the mapping and preview were made for
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.format_combo.addItem(self.tr("Detect from the file"), "")
        for fmt in registry.all_formats():
            if fmt.import_ is not None:
                self.format_combo.addItem(self.tr(fmt.label), fmt.key)
        self.format_combo.currentIndexChanged.connect(self._file_changed)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        kind_label = QLabel(self.tr("&Kind of file:"))
        kind_label.setBuddy(self.format_combo)
        form.addRow(file_label, file_row)
        form.addRow(kind_label, self.format_combo)
        self.encoding = EncodingChoice()
        self.encoding.chosen.connect(self._encoding_chosen)
        form.addRow(self.encoding.label, self.encoding)
        form.setRowVisible(self.encoding, False)  # until a preview finds the encoding doubtful
        self._form = form

        self.mapping_box = QGroupBox(self.tr("Columns: choose what each one holds"))
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Field")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setAccessibleName(self.tr("Column mapping"))
        self.mapping_table.setMinimumHeight(180)
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(self.mapping_table)
        self.mapping_box.setVisible(False)

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.run_preview)
        self.summary_label = plain_label(self.tr("Choose a file, then preview what will be imported."))
        self.summary_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(self.tr("Bad records"))
        self.notes_label = QLabel(self.tr("Notes: what was repaired, left out or needs a look (line and what):"))
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(self.tr("Notes on the file"))
        self.notes_list.setMaximumHeight(120)
        self.notes_list.setWordWrap(True)  # a note is a sentence: wrap it rather than scroll sideways
        self.notes_list.setSpacing(2)
        self.notes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._show_notes(False)
        self.duplicates_list = QListWidget()
        self.duplicates_list.setAccessibleName(self.tr("Likely duplicates: check to import anyway"))
        self.skip_invalid = QCheckBox(self.tr("Import the &valid ones and leave out the bad records"))
        self.skip_invalid.setEnabled(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping_box)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.summary_label, 1)
        layout.addLayout(row)
        # What will be imported (left) beside what is wrong with the file (right).
        from mentordesk.ui.exchange.preview_model import PreviewModel

        self.records_model = PreviewModel(self)
        self.records_view = QTableView()
        self.records_view.setModel(self.records_model)
        self.records_view.setAccessibleName(self.tr("People to import"))
        self.records_view.verticalHeader().setVisible(False)
        self.records_view.setShowGrid(False)
        self.records_view.setAlternatingRowColors(True)
        self.records_view.setWordWrap(False)
        self.records_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        records_header = self.records_view.horizontalHeader()
        records_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        records_header.setStretchLastSection(True)
        self.records_label = QLabel(self.tr("People to import (preview first):"))
        self.records_label.setBuddy(self.records_view)
        records_side = QWidget()
        records_column = QVBoxLayout(records_side)
        records_column.setContentsMargins(0, 0, 0, 0)
        records_column.addWidget(self.records_label)
        records_column.addWidget(self.records_view, 1)
        problems_side = QWidget()
        problems_column = QVBoxLayout(problems_side)
        problems_column.setContentsMargins(0, 0, 0, 0)
        problems_column.addWidget(QLabel(self.tr("Bad records (line in the file and reason):")))
        problems_column.addWidget(self.problems_list)
        problems_column.addWidget(self.notes_label)
        problems_column.addWidget(self.notes_list)
        self.duplicates_label = QLabel(self.tr("Likely duplicates of people you have (check to import anyway):"))
        problems_column.addWidget(self.duplicates_label)
        problems_column.addWidget(self.duplicates_list)
        self.duplicates_list.itemChanged.connect(lambda _item: self.records_model.set_wanted(self._wanted_lines()))
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(records_side)
        sides.addWidget(problems_side)
        sides.setStretchFactor(0, 3)
        sides.setStretchFactor(1, 2)
        sides.setChildrenCollapsible(False)
        layout.addWidget(sides, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        if path:
            self.set_path(path)

    # --- choosing -------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Contacts"), "",
            registry.file_filter("import", self.tr("Contacts")))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        self.path_edit.setText(str(path))
        self._file_changed()

    def format_key(self) -> str:
        """The chosen format, or the one detected from the file."""
        key = self.format_combo.currentData() or ""
        path = self.path_edit.text().strip()
        if not key and path:
            try:
                key = registry.guess(path).key
            except ServiceError:
                key = ""
        return key

    def _path_edited(self) -> None:
        """Leaving the path field re-reads the file only when its text changed (focus moving to Import
        used to reset the preview and swallow the click)."""
        if self.path_edit.text().strip() != self._read_path:
            self._file_changed()

    def _file_changed(self) -> None:
        self._read_path = self.path_edit.text().strip()
        self.outcome = None
        self.encoding.clear()
        self._form.setRowVisible(self.encoding, False)
        self.import_button.setEnabled(False)
        self.problems_list.clear()
        self.duplicates_list.clear()
        self.notes_list.clear()
        self._show_notes(False)
        self.records_model.set_result(None)
        key = self.format_key()
        path = self.path_edit.text().strip()
        self.mapping_box.setVisible(key in CSV_KEYS)
        if key in CSV_KEYS and path:
            self._fill_mapping(path, key)

    def _fill_mapping(self, path: str, key: str) -> None:
        self.mapping_table.setRowCount(0)
        try:
            table = csvfile.unguard_export(csvfile.read_table(path))
        except ServiceError as exc:
            self.summary_label.setText(str(exc))
            return
        guessed = csvfile.guess_mapping(table.header, key, table.rows)
        self.mapping_table.setRowCount(len(table.header))
        for row, column in enumerate(table.header):
            name = QTableWidgetItem(column)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            sample = QTableWidgetItem(_samples(table, row))
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", column))
            for target, label in csvfile.TARGETS.items():
                combo.addItem(self.tr(label), target)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setItem(row, 0, name)
            self.mapping_table.setItem(row, 1, sample)
            self.mapping_table.setCellWidget(row, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.resizeColumnToContents(2)

    def _encoding_chosen(self) -> None:
        """Another encoding: the columns' first values and the preview read the file again with it."""
        if self.mapping_table.rowCount():
            try:
                table = csvfile.unguard_export(csvfile.read_table(self.path_edit.text().strip(), self.encoding.option()))
            except ServiceError:
                table = None
            for row in range(self.mapping_table.rowCount() if table else 0):
                self.mapping_table.item(row, 1).setText(_samples(table, row))
        self.run_preview()

    def _mapping_changed(self) -> None:
        self.outcome = None
        self.import_button.setEnabled(False)

    def mapping_combo(self, column: str) -> QComboBox | None:
        """The field chooser of a CSV column (for keyboard users and tests)."""
        for row in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(row, 0).text() == column:
                return self.mapping_table.cellWidget(row, 2)
        return None

    def mapping(self) -> dict[str, str]:
        result = {}
        for row in range(self.mapping_table.rowCount()):
            target = self.mapping_table.cellWidget(row, 2).currentData()
            if target:
                result[self.mapping_table.item(row, 0).text()] = target
        return result

    # --- preview and import ----------------------------------------------------------
    def _options(self, preview: bool) -> dict:
        options: dict = {"preview": preview, "skip_invalid": self.skip_invalid.isChecked(),
                         "progress": self._on_progress}
        if self.mapping_box.isVisible() or self.format_key() in CSV_KEYS:
            options["mapping"] = self.mapping()
        if self.encoding.option():
            options["encoding"] = self.encoding.option()
        options["import_duplicates"] = {
            self.duplicates_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.duplicates_list.count())
            if self.duplicates_list.item(i).checkState() == Qt.CheckState.Checked}
        return options

    def _format(self) -> registry.Format:
        key = self.format_key()
        if not key:
            raise ServiceError(self.tr("Choose the kind of file: its extension does not tell."))
        return registry.get(key)

    def run_preview(self) -> registry.ImportResult | None:
        """Read and check the file without writing; fills the problem and duplicate lists."""
        self.problems_list.clear()
        self.duplicates_list.clear()
        self.notes_list.clear()
        self.records_model.set_result(None)
        self._progress = self._progress_dialog(self.tr("Reading the file…"))
        try:
            result = self._run(preview=True)
        except ServiceError as exc:  # ImportCancelled included: the preview stops, nothing was read in
            self.summary_label.setText(str(exc))
            self.import_button.setEnabled(False)
            return None
        finally:
            self._progress.close()
            self._progress = None
        self.outcome = result
        self.encoding.offer(result.encodings)
        self._form.setRowVisible(self.encoding, self.encoding.count() > 0)
        self._show_records(result)
        for problem in result.problems:
            self.problems_list.addItem(str(problem))
        for match in result.duplicates:
            item = QListWidgetItem(self.tr("line %1: %2 (%3)").replace("%1", str(match.line))
                                   .replace("%2", match.name).replace("%3", match.reason))
            item.setData(Qt.ItemDataRole.UserRole, match.line)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.duplicates_list.addItem(item)
        text = ", ".join([self.tr("%n new", "", result.new), self.tr("%n likely duplicate(s)", "", len(result.duplicates)),
                           self.tr("%n bad record(s)", "", len(result.problems))]) + "."
        if result.counts:
            text = result.summary() + "."
        if result.problems:
            text += " " + self.tr("Nothing is imported unless you choose to import the valid ones.")
        for note in result.notes:
            check = self.tr("check: ") if note.kind == "warning" else ""
            item = QListWidgetItem(check + str(note))
            item.setToolTip(check + str(note))
            self.notes_list.addItem(item)
        self._show_notes(bool(result.notes))
        if result.notes:
            text += " " + self.tr("%n note(s) below.", "", len(result.notes))
        self.summary_label.setText(text)
        self.skip_invalid.setEnabled(bool(result.problems))
        self.import_button.setEnabled(True)
        return result

    def _show_records(self, result) -> None:
        """List the people the import would add, duplicates marked; columns fit their contents."""
        self.records_model.set_result(result)
        rows = self.records_model.rowCount()
        meetings = result.created_kind == "meeting"
        self.records_view.setAccessibleName(self.tr("Meetings to import") if meetings else self.tr("People to import"))
        heading = self.tr("Meetings to import (%1, %2):") if meetings else self.tr("People to import (%1, %2):")
        self.duplicates_label.setText(self.tr("Meetings you have logged already (check to import anyway):") if meetings
                                      else self.tr("Likely duplicates of people you have (check to import anyway):"))
        self.records_label.setText(heading.replace("%1", self.tr("%n new", "", result.new))
                                   .replace("%2", self.tr("%n likely duplicate(s)", "", len(result.duplicates))) if rows
                                   else self.tr("Meetings to import:") if meetings else self.tr("People to import:"))
        for column in range(self.records_model.columnCount() - 1):
            self.records_view.resizeColumnToContents(column)
            limit = self.fontMetrics().averageCharWidth() * 28
            if self.records_view.columnWidth(column) > limit:
                self.records_view.setColumnWidth(column, limit)

    def _wanted_lines(self) -> set[int]:
        return {self.duplicates_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.duplicates_list.count())
                if self.duplicates_list.item(i).checkState() == Qt.CheckState.Checked}

    def _show_notes(self, shown: bool) -> None:
        self.notes_label.setVisible(shown)
        self.notes_list.setVisible(shown)

    def run_import(self) -> None:
        """Import with a progress dialog; a refused file or Cancel leaves the database unchanged."""
        if self.outcome is None and self.run_preview() is None:
            return
        self._progress = self._progress_dialog(self.tr("Importing contacts…"))
        refusal = None
        try:
            self.outcome = self._import()
        except registry.ImportCancelled:
            refusal = (QMessageBox.information, self.tr("Import cancelled; nothing was imported."))
        except ServiceError as exc:
            refusal = (QMessageBox.warning, str(exc))
        finally:  # the progress dialog goes before any message: left up, it blocked the message's OK
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if refusal is not None:
            show, text = refusal
            show(self, self.tr("Import"), text)
            return
        QMessageBox.information(self, self.tr("Import"), self.outcome.summary())
        self.accept()

    def _import(self) -> registry.ImportResult:
        """Import for real; new people arrive as one undoable step (a whole-database file restores instead)."""
        if self.edits is None or self._format().skips_invalid is False:
            return self._run(preview=False)
        from mentordesk.services import people
        from mentordesk.services.edits import Custom

        path, fmt = Path(self.path_edit.text().strip()), self._format()
        first = self._options(preview=False)
        again = {key: value for key, value in first.items() if key != "progress"}  # redo: the dialog is gone
        runs = iter([lambda: self._run(preview=False)])

        def do():
            return next(runs, lambda: fmt.import_(str(path), again))()

        def undo(result):
            if result.created_kind == "meeting":  # a calendar: take back its meetings, not the people at them
                from mentordesk.exchange.ics_import import delete_meetings

                return delete_meetings(result.created)
            return people.delete_people(result.created)

        return self.edits.run(Custom(self.tr("Import from %1").replace("%1", path.name), do=do, undo=undo))

    def _progress_dialog(self, label: str) -> QProgressDialog:
        """A window-modal progress dialog with Cancel, shown once the work takes longer than 300 ms."""
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        return progress

    def _run(self, preview: bool) -> registry.ImportResult:
        path = self.path_edit.text().strip()
        if not path:
            raise ServiceError(self.tr("Choose a file to import."))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self._format().import_(path, self._options(preview))
        finally:
            QApplication.restoreOverrideCursor()

    def _on_progress(self, stage: str, done: int, total: int) -> bool:
        """Called by the importer between chunks: the stage in this dialog's words; False on Cancel."""
        return advance(self._progress, self.tr(stage) + "…", done, total)


def _samples(table: csvfile.Table, column: int) -> str:
    """A column's first values, for the mapping table."""
    values = [cells[column] for _, cells in table.rows[:SAMPLE_ROWS] if column < len(cells) and cells[column].strip()]
    return " | ".join(value.replace("\n", " ") for value in values)
