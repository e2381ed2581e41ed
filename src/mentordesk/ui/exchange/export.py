"""The Export dialog: everyone or the selected people, to vCard 3.0/4.0, CSV or the whole database as JSON."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.exchange import registry
from mentordesk.exchange.streaming import ExportCancelled
from mentordesk.services.core import ServiceError
from mentordesk.ui.widgets.progress import advance


class ExportDialog(QDialog):
    """Choose a format, what to export and where; writes the file atomically."""

    def __init__(self, parent: QWidget | None = None, selected_ids: list[int] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.selected_ids = list(selected_ids or [])
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Export format"))
        for fmt in registry.all_formats():
            if fmt.export is None:
                continue
            if fmt.key == "vcard":
                self.format_combo.addItem(self.tr("vCard 3.0 (.vcf)"), ("vcard", "3.0"))
                self.format_combo.addItem(self.tr("vCard 4.0 (.vcf)"), ("vcard", "4.0"))
            else:
                self.format_combo.addItem(self.tr(fmt.label), (fmt.key, None))
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.everyone = QRadioButton(self.tr("&Everyone"))
        self.selected = QRadioButton(self.tr("&Selected people (%1)").replace("%1", str(len(self.selected_ids))))
        self.selected.setEnabled(bool(self.selected_ids))
        (self.selected if self.selected_ids else self.everyone).setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        form.addRow(format_label, self.format_combo)
        who = QVBoxLayout()
        who.addWidget(self.everyone)
        who.addWidget(self.selected)
        form.addRow(self.tr("People:"), who)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.summary = ""
        self._progress: QProgressDialog | None = None
        self._format_changed()

    def _format_changed(self) -> None:
        key, _ = self.format_combo.currentData()
        whole = key in ("json", "ics")
        self.everyone.setEnabled(not whole)
        self.selected.setEnabled(not whole and bool(self.selected_ids))

    def choose_file(self) -> None:
        key, _ = self.format_combo.currentData()
        ext = registry.get(key).extensions[0]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"mentordesk.{ext}", f"*.{ext}")
        if path:
            self.path_edit.setText(path)

    def export(self) -> None:
        key, version = self.format_combo.currentData()
        path = self.path_edit.text().strip()
        if not path:
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file to write."))
            return
        ids = self.selected_ids if self.selected.isChecked() and self.selected.isEnabled() else None
        self._progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100, self)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        refusal = None
        try:
            self.summary = registry.get(key).export(path, ids, {"version": version, "progress": self._on_progress})
        except ExportCancelled:
            refusal = (QMessageBox.information, self.tr("Export cancelled; no file was written."))
        except ServiceError as exc:
            refusal = (QMessageBox.warning, str(exc))
        finally:  # the progress dialog goes before any message (left up, it would block the message's OK)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        if refusal is not None:
            show, text = refusal
            show(self, self.tr("Export"), text)
            return
        QMessageBox.information(self, self.tr("Export"), self.summary)
        self.accept()

    def _on_progress(self, stage: str, done: int, total: int) -> bool:
        """Called by the writer between chunks: the stage in this dialog's words; False on Cancel."""
        return advance(self._progress, self.tr(stage) + "…", done, total)
