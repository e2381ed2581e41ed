"""Help menu: About MentorDesk, Licences and the "How to use MentorDesk" page, its shortcut list read from the live actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk import APP_NAME, __version__
from mentordesk.ui.i18n import localized_resource, tr

SHORTCUTS_MARK = "<!-- shortcuts -->"  # where resources/help/index.html gets the table


def plain_text(text: str) -> str:
    """An action's or menu's text as shown: mnemonic '&' removed, '&&' kept as '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(keys, "Menu ▸ Action") for every visible action of `window` with a shortcut, in menu order."""
    rows, seen = [], set()
    stacked = {"undo": tr("Undo"), "redo": tr("Redo")}  # their text names the next edit

    def add(action: QAction, where: str) -> None:
        if action in seen or not action.shortcuts() or not action.isVisible():
            return
        seen.add(action)
        keys = tr(" or ").join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        name = stacked.get(action.objectName()) or plain_text(action.text())
        rows.append((keys, f"{where} ▸ {name}" if where else name))

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            add(action, plain_text(menu.title()))
    for action in QWidget.actions(window):  # any left outside the menus (MainWindow.actions is its registry)
        add(action, "")
    for action in window.findChildren(QAction):  # an area's own keys (the pipeline's next step), named by area
        owner = action.parent()
        area = next((window.area_titles[key] for key, widget in window.area_widgets.items()
                     if owner is widget or (isinstance(owner, QWidget) and widget.isAncestorOf(owner))), "")
        add(action, area)
    return rows


def shortcut_table(window) -> str:
    """The rows of `shortcut_rows` as an HTML table."""
    lines = [f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
             for keys, what in shortcut_rows(window)]
    return '<table cellpadding="3">\n' + "\n".join(lines) + "\n</table>"


class HelpDialog(QDialog):
    """A browsable how-to page; links to the web open in the user's browser."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to use MentorDesk"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Help"))
        page = localized_resource("help", "index.html")  # index_de.html in German
        if page.exists():
            text = page.read_text(encoding="utf-8")
            table = shortcut_table(parent) if parent is not None else ""
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(page)))
            self.browser.setHtml(text.replace(SHORTCUTS_MARK, table))
        else:
            self.browser.setPlainText(self.tr("The help page is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 36)


def show_about(parent) -> None:
    QMessageBox.about(
        parent,
        tr("About MentorDesk"),
        tr("<h3>%1 %2</h3><p>Organize the people who help you get unstuck at work: mentors, coaches, "
           "friends, former managers and insiders, the advice they gave and what you asked of them.</p>"
           "<p>Your data stays on this computer.</p>").replace("%1", APP_NAME).replace("%2", __version__),
    )


class LicencesDialog(QDialog):
    """Help ▸ Licences: everything MentorDesk ships, each with its licence and full text."""

    def __init__(self, parent=None, components=None):
        super().__init__(parent)
        from mentordesk.ui import licences

        self.setWindowTitle(self.tr("Licences"))
        self.components = list(components if components is not None else licences.components())
        intro = QLabel(self.tr("%1 is free software under the MIT licence. It includes the software below, "
                               "each under its own licence.").replace("%1", APP_NAME), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Included software"))
        for component in self.components:
            item = QListWidgetItem(f"{component.title} — {component.licence}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, component)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.list.currentRowChanged.connect(self.show_component)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 120, metrics.height() * 36)
        if self.components:
            self.list.setCurrentRow(0)

    def show_component(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        head = [component.title, self.tr("Licence: %1").replace("%1", component.licence)]
        if component.note:
            head.append(component.note)
        self.text.setPlainText("\n".join(head) + "\n\n" + (component.text or self.tr("(no licence text)")))


def show_licences(window) -> LicencesDialog:
    """Open (or raise) the Licences window of `window` (one per window, found among its children)."""
    dialog = window.findChild(LicencesDialog)
    if dialog is None:
        dialog = LicencesDialog(window)
    dialog.show()
    dialog.raise_()
    return dialog


def install_licences(window) -> QAction:
    """Help ▸ Licences…, after About MentorDesk (idempotent)."""
    if "licences" in window.actions:
        return window.actions["licences"]
    action = QAction(tr("&Licences…"), window)
    action.setObjectName("licences")
    action.setStatusTip(tr("The licences of MentorDesk and the software it includes"))
    action.triggered.connect(lambda: show_licences(window))
    window.actions["licences"] = action
    window.addAction(action)
    menu = window.menus.get("help")
    if menu is not None:
        about = window.actions.get("about")
        actions = menu.actions()
        after = actions.index(about) + 1 if about in actions else len(actions)
        menu.insertAction(actions[after] if after < len(actions) else None, action)
    return action
