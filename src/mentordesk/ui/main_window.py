"""The main window: sidebar navigation, one area per kind, menus, toolbar, global search and undo.

Other features plug in through `actions` (placeholders enabled by `connect_action`), `menus`,
`add_area(key, title, widget)`, `edits` (the undo stack) and the `about_to_close` signal; what they
share is in `context` (ui.context.AppContext). Keyboard shortcuts come from ui.shortcuts.

With `deferred=True` (the app's start-up) only the area shown first is built before the window
paints; `finish_startup()` builds the other areas and installs the features of ui.features right
after the first frame (or at once if another area is asked for before that). Without it, the window
is complete when constructed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from mentordesk import APP_NAME
from mentordesk.services import ServiceError
from mentordesk.services.health import any_records
from mentordesk.ui.areas.area import RecordArea
from mentordesk.ui import shortcuts
from mentordesk.ui.areas.registry import AREAS
from mentordesk.ui.areas.builtin import make_area
from mentordesk.ui.context import AppContext
from mentordesk.ui.hub import hub
from mentordesk.ui.icons import action_icon, app_icon, area_icon
from mentordesk.ui.records import KINDS
from mentordesk.ui.settings import Settings
from mentordesk.ui.undo import Edits

# Actions that other features connect; hidden until `connect_action` wires them.
PLACEHOLDERS = ("import_contacts", "export", "crossroads_wizard", "back_up_now", "restore_backup",
                "privacy_mode", "sync_now")


class UndoActionName(QObject):
    """Names an undo or redo action for what it would do: `named` with the edit ("&Undo %1"), else `bare`."""

    def __init__(self, action, named: str, bare: str):
        super().__init__(action)
        self.action, self.named, self.bare = action, named, bare

    @Slot(str)
    def update(self, text: str) -> None:
        import shiboken6

        if shiboken6.isValid(self.action):  # a closing window's stack still announces its last clear
            self.action.setText(self.named.replace("%1", text) if text else self.bare)


class MainWindow(QMainWindow):
    """The MentorDesk window over the open database."""

    about_to_close = Signal()
    area_changed = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, deferred: bool = False,
                 context: AppContext | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME}[*]")  # [*]: where setWindowModified shows unsaved changes
        self.setWindowIcon(app_icon())
        self.context = context or AppContext(settings=settings or Settings())
        self.context.window = self
        self.settings = self.context.settings
        self.hub = hub()
        self.edits = self.context.edits = Edits(self)
        self.undo = self.edits  # window.undo.run(command) reads naturally for other features
        self.actions: dict[str, QAction] = self.context.actions
        self.menus: dict[str, QMenu] = self.context.menus
        self.area_titles: dict[str, str] = {}
        self.area_widgets: dict[str, QWidget] = {}
        self._go_actions: list[QAction] = []
        self._shown_once = False
        self._restored = False  # saved splitter and column states applied (areas built later apply their own)

        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setBackgroundRole(self.sidebar.palette().ColorRole.Window)
        self.sidebar.viewport().setAutoFillBackground(False)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search everything"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        self.search_box.textChanged.connect(self._search_text_changed)
        self._search_panel = None  # built on the first search: the first frame does not need it
        self._welcome = None  # built when an empty database opens on it

        self._make_actions()
        self.record_areas: dict[str, RecordArea] = {}
        self._pending: list[str] = []  # areas still to build (deferred start-up)
        first = self._start_area() if deferred else None
        titles = {"today": self.tr("Today")} | {key: area.title() for key, area in AREAS.items()}
        for key in titles:
            if deferred and key != first:
                self.add_area(key, titles[key], QWidget(self), icon=self._area_icon(key))  # a stand-in until built
                self._pending.append(key)
            else:
                self._build_area(key, titles[key])
        self._titles = titles
        self._make_menus()
        self._make_toolbar()
        if not deferred:
            self._install_features()
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self.edits.failed.connect(self._edit_failed)
        self.edits.stack.indexChanged.connect(self._update_modified)
        self.hub.changed.connect(self._data_changed)
        self.statusBar().showMessage(self.tr("Ready"), 2000)
        self._restore_settings()

    @property
    def search_panel(self):
        """The global search results page (a SearchPanel), built the first time it is needed."""
        if self._search_panel is None:
            from mentordesk.ui.search_panel import SearchPanel

            self._search_panel = SearchPanel(self.search_box, self)
            self._search_panel.open_requested.connect(self.open_record)
            self.stack.addWidget(self._search_panel)
            if self.search_box.text().strip():
                self._search_panel.search_soon()  # the keystroke that built it
        return self._search_panel

    @property
    def welcome(self):
        """The first-run page shown instead of Today on an empty database, built the first time it is needed."""
        if self._welcome is None:
            from mentordesk.ui.welcome import WelcomePage

            self._welcome = WelcomePage(self)
            self._welcome.load_sample.connect(self.load_sample)
            self._welcome.add_person.connect(self.add_first_person)
            self._welcome.import_contacts.connect(self.actions["import_contacts"].trigger)
            self._welcome.start_wizard.connect(self.actions["crossroads_wizard"].trigger)
            self.stack.addWidget(self._welcome)
            self._update_welcome_buttons()
        return self._welcome

    # --- features' objects, for tests and scripts (features themselves use `context`) ---------
    @property
    def safety(self):
        return self.context.safety

    @property
    def sync(self):
        return self.context.sync

    @property
    def reminders(self):
        return self.context.reminders

    @property
    def prep_dialog(self):
        return self.context.dialogs.get("prep")

    @property
    def crossroads_dialog(self):
        return self.context.dialogs.get("crossroads")

    @property
    def integrity_check(self):
        return self.context.integrity_check

    # --- actions ---------------------------------------------------------------------
    def _action(self, name: str, text: str, slot=None, tip: str = "", icon: bool = True) -> QAction:
        """A window action named `name`, with its keys from ui.shortcuts."""
        action = shortcuts.apply(QAction(text, self), name)
        action.setObjectName(name)
        if icon:
            action.setIcon(action_icon(name))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.actions[name] = action
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self._action("new", self.tr("&New"), self.new_record, self.tr("Add a record to the current area"))
        self._action("save", self.tr("&Save"), self.save_current, self.tr("Save the record you are editing"))
        self._action("delete", self.tr("&Delete"), self.delete_current, self.tr("Delete the selected record"))
        self._action("log_meeting", self.tr("&Log Meeting…"), self.log_meeting,
                     self.tr("Log a meeting and the advice given in it"))
        self._action("find", self.tr("&Find…"), self.focus_search, self.tr("Search everything"))
        self._action("quit", self.tr("&Quit"), self.close, self.tr("Quit MentorDesk"))
        self._action("help", self.tr("&How to Use MentorDesk"), self.show_help)
        self._action("about", self.tr("&About MentorDesk"), self.show_about)
        self._action("preferences", self.tr("&Preferences…"), self.show_preferences)
        stack = self.edits.stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        # Named whole by one text each ("&Rückgängig: %1"), and bare when nothing waits: Qt glued its prefix to
        # the edit's name with a space, so German read "Rückgängig:" with nothing after the colon.
        for action, changed, current, named, bare in (
                (undo, stack.undoTextChanged, stack.undoText, self.tr("&Undo %1"), self.tr("&Undo")),
                (redo, stack.redoTextChanged, stack.redoText, self.tr("&Redo %1"), self.tr("&Redo"))):
            namer = UndoActionName(action, named, bare)  # goes with the action (the stack may outlive the window)
            changed.connect(namer.update)
            namer.update(current())
        for name, action in (("undo", undo), ("redo", redo)):
            shortcuts.apply(action, name)
            action.setIcon(action_icon(name))
            action.setObjectName(name)
            self.actions[name] = action
            self.addAction(action)
        texts = {
            "import_contacts": self.tr("&Import Contacts…"),
            "export": self.tr("&Export…"),
            "crossroads_wizard": self.tr("&Crossroads Wizard…"),
            "back_up_now": self.tr("&Back Up Now"),
            "restore_backup": self.tr("&Restore From Backup…"),
            "privacy_mode": self.tr("&Privacy Mode"),
            "sync_now": self.tr("S&ync Now"),
        }
        for name in PLACEHOLDERS:
            action = self._action(name, texts[name])
            action.setEnabled(False)
            action.setVisible(False)
        self.actions["privacy_mode"].setCheckable(True)

    def connect_action(self, name: str, slot) -> QAction:
        """Wire a placeholder (or any) action to `slot` and make it visible and enabled."""
        action = self.actions[name]
        action.triggered.connect(slot)
        action.setVisible(True)
        action.setEnabled(True)
        self._update_welcome_buttons()
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        a = self.actions
        layout = {
            "file": (self.tr("&File"), ["new", "log_meeting", "save", None, "import_contacts", "export", None,
                                         "back_up_now", "restore_backup", "sync_now", None, "quit"]),
            "edit": (self.tr("&Edit"), ["undo", "redo", None, "delete", None, "find", None, "preferences"]),
            "view": (self.tr("&View"), ["privacy_mode"]),
            "go": (self.tr("&Go"), []),
            "tools": (self.tr("&Tools"), ["crossroads_wizard"]),
            "help": (self.tr("&Help"), ["help", None, "about"]),
        }
        for key, (title, names) in layout.items():
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu
            for name in names:
                menu.addSeparator() if name is None else menu.addAction(a[name])
        sidebar_toggle = shortcuts.apply(QAction(self.tr("Show &Sidebar"), self, checkable=True, checked=True),
                                         "toggle_sidebar")
        sidebar_toggle.setObjectName("toggle_sidebar")
        sidebar_toggle.toggled.connect(self.sidebar.setVisible)
        self.actions["toggle_sidebar"] = sidebar_toggle
        self.menus["view"].addAction(sidebar_toggle)
        self._rebuild_go_menu()

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(18, 18))
        for name in ("new", "log_meeting", "save", "delete", None, "undo", "redo"):
            bar.addSeparator() if name is None else bar.addAction(self.actions[name])
        for name in ("undo", "redo", "delete", "save"):
            button = bar.widgetForAction(self.actions[name])
            if button is not None:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search_box)
        self.toolbar = bar
        self.addToolBar(bar)

    # --- areas ---------------------------------------------------------------------------
    def add_area(self, key: str, title: str, widget: QWidget, icon=None, position: int | None = None) -> None:
        """Add an area to the sidebar and Go menu, or replace the widget of an existing one."""
        if key in self.area_widgets:
            old = self.area_widgets[key]
            current = self.stack.currentWidget() is old
            self.stack.insertWidget(self.stack.indexOf(old), widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.area_widgets[key] = widget
            self.area_titles[key] = title
            item = self._sidebar_item(key)
            item.setText(title)
            if icon is not None:
                item.setIcon(icon)
            if current:
                self.stack.setCurrentWidget(widget)
        else:
            self.area_widgets[key] = widget
            self.area_titles[key] = title
            self.stack.addWidget(widget)
            item = QListWidgetItem(icon or area_icon(key), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            if position is None:
                self.sidebar.addItem(item)
            else:
                self.sidebar.insertItem(position, item)
        if self.menus:
            self._rebuild_go_menu()

    @staticmethod
    def _area_icon(key: str):
        """The sidebar icon an area declares (Today's is its own)."""
        return area_icon(AREAS[key].icon_name if key in AREAS else key)

    def _build_area(self, key: str, title: str) -> None:
        """Create one built-in area (Today or a record list) and put it in its sidebar place."""
        if key == "today":
            from mentordesk.ui.areas.today import TodayPage

            self.add_area("today", title, TodayPage(self, edits=self.edits), icon=area_icon("today"))
            return
        area = make_area(key, self.edits, self)
        self.record_areas[key] = area
        self.add_area(key, title, area, icon=self._area_icon(key))
        area.open_requested.connect(self.open_record)
        area.dirty_changed.connect(self._update_modified)
        area.settings = self.settings  # "ask before a delete that takes more with it"
        if key == "people":
            area.log_meeting_requested.connect(self.log_meeting_with)
        elif key == "meetings":
            area.new_meeting_requested.connect(self.log_meeting)
        if self._restored:  # built after start-up: its saved splitter and columns now
            self._restore_area_state(key, area)

    def _install_features(self) -> None:
        from mentordesk.ui.features import install_features

        install_features(self)
        self._update_welcome_buttons()

    def finish_startup(self) -> None:
        """Build what a deferred start left out: the other areas, then every feature (ui.features)."""
        while self._pending:
            key = self._pending.pop(0)
            self._build_area(key, self._titles[key])
        self._install_features()
        self._preload_people()

    def _start_area(self) -> str:
        """The area the window opens on: the Start-in preference (or the last one), Today when empty."""
        start = self.settings.get("start_area")
        key = self.settings.get("last_area") if start == "last" else start
        if key not in ("today", *AREAS) or self._database_empty():
            key = "today"
        return key

    def _sidebar_item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return self.sidebar.item(row)
        return None

    def _rebuild_go_menu(self) -> None:
        menu = self.menus["go"]
        for action in self._go_actions:
            menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()  # not just unplugged: a stale go_ action would keep its Ctrl+N
        self._go_actions = []
        for row in range(self.sidebar.count()):
            key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
            action = QAction(self.area_titles[key], self)
            action.setObjectName(f"go_{key}")
            action.setShortcuts(shortcuts.go_keys(row))
            action.triggered.connect(lambda _c=False, k=key: self.show_area(k))
            menu.addAction(action)
            self.addAction(action)
            self._go_actions.append(action)
            self.actions[f"go_{key}"] = action

    def area_keys(self) -> list[str]:
        return [self.sidebar.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.sidebar.count())]

    def current_area(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def current_record_area(self) -> RecordArea | None:
        widget = self.area_widgets.get(self.current_area())
        return widget if isinstance(widget, RecordArea) and self.stack.currentWidget() is widget else None

    def show_area(self, key: str) -> None:
        """Switch to an area (Today shows the welcome page while the database is empty)."""
        item = self._sidebar_item(key)
        if item is None:
            return
        if self.sidebar.currentItem() is not item:
            self.sidebar.setCurrentItem(item)  # calls back into _sidebar_changed
        else:
            self._sidebar_changed(self.sidebar.row(item))

    def _sidebar_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        if key in self._pending:
            self.finish_startup()
        widget = self.area_widgets[key]
        if key == "today" and self._database_empty():
            widget = self.welcome
        self.stack.setCurrentWidget(widget)
        if self.search_box.text():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
        self._update_record_actions()
        self.area_changed.emit(key)

    def _database_empty(self) -> bool:
        """True when no record of any kind exists (an EXISTS per table, not counting 300,000 meetings)."""
        return not any_records()

    def _data_changed(self, kind: str, ids: list) -> None:
        if self._welcome is not None and self.stack.currentWidget() is self._welcome and not self._database_empty():
            self.stack.setCurrentWidget(self.area_widgets["today"])

    def _update_record_actions(self) -> None:
        is_record = self.current_record_area() is not None
        self.actions["delete"].setEnabled(is_record)
        self.actions["save"].setEnabled(is_record)

    def _update_welcome_buttons(self) -> None:
        if self._welcome is None:
            return  # set when it is built
        self._welcome.set_available(self.actions["import_contacts"].isVisible(),
                                   self.actions["crossroads_wizard"].isVisible())

    def _update_modified(self, *_args) -> None:
        self.setWindowModified(any(a.is_dirty() for a in self.record_areas.values()))

    # --- records -------------------------------------------------------------------------
    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record in its area (from search, links and other features)."""
        self.finish_startup()
        area_key = KINDS[kind].area
        self.show_area(area_key)
        self.record_areas[area_key].select(record_id)
        self.record_areas[area_key].view.setFocus()

    def new_record(self) -> None:
        area = self.current_record_area()
        if area is None:
            self.show_area("people")
            area = self.record_areas["people"]
        area.new_record()

    def save_current(self) -> None:
        area = self.current_record_area()
        if area is not None:
            area.save()

    def delete_current(self) -> None:
        area = self.current_record_area()
        if area is not None:
            area.delete_current()
            text = self.edits.stack.undoText()
            if text:
                self.statusBar().showMessage(self.tr("%1. Press Ctrl+Z to undo.").replace("%1", text), 6000)

    def add_first_person(self) -> None:
        self.show_area("people")
        self.record_areas["people"].new_record()

    def log_meeting(self) -> None:
        self.log_meeting_with(None)

    def log_meeting_with(self, person_id: int | None) -> None:
        """Open the log-meeting dialog (with someone already added) and show the new meeting."""
        from mentordesk.ui.areas.log_meeting import LogMeetingDialog
        from mentordesk.ui.records import record_title

        people = [(person_id, record_title("person", person_id))] if person_id else []
        dialog = LogMeetingDialog(self.edits, self, attendees=people)
        self.last_dialog = dialog
        if dialog.exec() and dialog.meeting_id:
            self.statusBar().showMessage(self.tr("Meeting logged."), 4000)
            if person_id is None:
                self.open_record("meeting", dialog.meeting_id)

    def load_sample(self) -> None:
        from mentordesk.demo import load_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_demo()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Could not load the sample"), str(exc))
        finally:
            QApplication.restoreOverrideCursor()
        self.show_area("people")

    def _edit_failed(self, action: str, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not undo or redo"),
                            self.tr("“%1” could not be replayed: %2").replace("%1", action).replace("%2", message))

    # --- search --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _search_text_changed(self, text: str) -> None:
        if text.strip():
            self.stack.setCurrentWidget(self.search_panel)
            self._update_record_actions()
        elif self._search_panel is not None and self.stack.currentWidget() is self._search_panel:
            self._sidebar_changed(self.sidebar.currentRow())

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._search_panel is not None \
                and self.stack.currentWidget() is self._search_panel:
            self.search_box.clear()
            self.stack.currentWidget().setFocus()
            return
        super().keyPressEvent(event)

    # --- help and preferences ---------------------------------------------------------------
    def show_help(self) -> None:
        from mentordesk.ui.help import HelpDialog

        self.help_dialog = HelpDialog(self)
        self.help_dialog.show()

    def show_about(self) -> None:
        from mentordesk.ui.help import show_about

        show_about(self)

    def show_preferences(self) -> None:
        from mentordesk.ui.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def showEvent(self, event) -> None:
        """After the first paint, load the People list in an idle moment so opening People is instant."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self, self._preload_people)

    def _preload_people(self) -> None:
        """Read the People list while nobody waits: all of it when hidden (a visible list reads the rest of
        its ids itself, once its first page has painted)."""
        people = self.record_areas.get("people")
        if people is not None:
            people.model.ensure_loaded()
            if not people.isVisible():
                people.model.ids()

    # --- settings and closing ----------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.get("geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None:
                width = min(1240, int(available.width() * 0.95))
                height = min(780, int(available.height() * 0.95))
                self.resize(width, height)
                self.move(available.center() - self.rect().center())
            else:
                self.resize(1200, 760)
        state = s.get("window_state")
        if not state.isEmpty():
            self.restoreState(state)
        main = s.get("splitter", "main")
        if main.isEmpty() or not self.splitter.restoreState(main):
            self.splitter.setSizes([self.fontMetrics().averageCharWidth() * 22, 1000])
        for key, area in self.record_areas.items():
            self._restore_area_state(key, area)
        self._restored = True
        start = s.get("start_area")
        key = s.get("last_area") if start == "last" else start
        if key not in self.area_widgets or self._database_empty():
            key = "today"
        self.show_area(key)
        self._update_welcome_buttons()

    def _restore_area_state(self, key: str, area: RecordArea) -> None:
        s = self.settings
        state = s.get("splitter", key)
        if state.isEmpty() or not area.splitter.restoreState(state):
            area.splitter.setSizes(area.default_sizes())
        area.restore_columns(s.get("header", key))  # else its short columns fit their contents when it fills

    def save_settings(self) -> None:
        s = self.settings
        s.set("geometry", self.saveGeometry())
        s.set("window_state", self.saveState())
        s.set("splitter", self.splitter.saveState(), "main")
        for key, area in self.record_areas.items():
            s.set("splitter", area.splitter.saveState(), key)
            s.set("header", area.fitter.natural_state(), key)  # the widths wanted, not as squeezed now
        s.set("last_area", self.current_area() or "today")
        s.sync()

    def maybe_save_all(self) -> bool:
        """Ask about each record with unsaved changes (Save, Discard or Cancel); False when the user stays."""
        for key, area in self.record_areas.items():
            if area.is_dirty():
                self.show_area(key)
                if not area.maybe_save():
                    return False
        return True

    def closeEvent(self, event) -> None:
        if not self.maybe_save_all():
            event.ignore()
            return
        self.about_to_close.emit()
        self.save_settings()
        event.accept()

