"""Preferences: a General page, plus pages other features register with `register_page`."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.settings import Settings

# (title, factory(settings) -> QWidget with an optional apply() method)
_PAGES: list[tuple[str, Callable[[Settings], QWidget]]] = []


def register_page(title: str, factory: Callable[[Settings], QWidget]) -> None:
    """Add a tab to Preferences (e.g. reminders, privacy); `apply()` is called on OK.

    One tab per factory: the title is translated, so it cannot tell a page registered twice (in two
    languages, as tests switch) from two pages; the later title wins."""
    _PAGES[:] = [(existing, made) for existing, made in _PAGES if made is not factory]
    _PAGES.append((title, factory))


class GeneralPage(QWidget):
    """Where the app opens, light or dark, and whether deletes ask first."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.start = QComboBox(self)
        self.start.addItem(self.tr("The area I used last"), "last")
        self.start.addItem(self.tr("Today"), "today")
        self.start.addItem(self.tr("People"), "people")
        self.start.setCurrentIndex(max(0, self.start.findData(settings.get("start_area"))))
        from mentordesk.ui.theme import THEMES

        self.theme = QComboBox(self)
        for key, label in THEMES.items():
            self.theme.addItem(QCoreApplication.translate("theme", label), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("theme"))))
        self.confirm = QCheckBox(self.tr("Ask before deleting a person with meetings, advice or asks"), self)
        self.confirm.setChecked(settings.get("confirm_delete"))
        form = QFormLayout(self)
        form.addRow(self.tr("Open MentorDesk on:"), self.start)
        form.addRow(self.tr("Appearance:"), self.theme)
        form.addRow(self.confirm)

    def apply(self) -> None:
        self.settings.set("start_area", self.start.currentData())
        self.settings.set("confirm_delete", self.confirm.isChecked())
        if self.theme.currentData() != self.settings.get("theme"):
            from mentordesk.ui.theme import apply_theme

            self.settings.set("theme", self.theme.currentData())
            apply_theme(self.theme.currentData())


class PreferencesDialog(QDialog):
    """Tabs of settings pages; OK applies every page."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs = QTabWidget(self)
        self.pages = [GeneralPage(settings, self)]
        self.tabs.addTab(self.pages[0], self.tr("General"))
        for title, factory in _PAGES:
            page = factory(settings)
            self.pages.append(page)
            self.tabs.addTab(page, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for page in self.pages:
            apply = getattr(page, "apply", None)
            if callable(apply):
                apply()
        super().accept()
