"""Help menu: About MentorDesk and the "How to use MentorDesk" page, its shortcut list read from the live actions."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from mentordesk import APP_NAME, __version__
from mentordesk.paths import resource_path
from mentordesk.ui.i18n import tr

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
        page = resource_path("help", "index.html")
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
