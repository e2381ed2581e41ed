"""The application context: what features need from the running app, handed to them explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentordesk.ui.privacy import PrivacyMode, privacy
from mentordesk.ui.settings import Settings

if TYPE_CHECKING:  # pragma: no cover - names for the annotations only
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QWidget

    from mentordesk.ui.areas.reminders import Reminders
    from mentordesk.ui.safety.actions import SafetyActions
    from mentordesk.ui.single_instance import SingleInstance
    from mentordesk.ui.sync.controller import SyncController
    from mentordesk.ui.undo import Edits


def _claimed_instance():
    from mentordesk.ui.safety.opening import claimed_instance

    return claimed_instance()


@dataclass(eq=False)
class AppContext:
    """Built once per window (by ui.app at start-up, or by MainWindow when none is given).

    The window fills in `window`, `edits`, `actions` and `menus`; each feature in ui.features sets its
    own slot (`safety`, `sync`, `reminders`, …) when installed, and a slot that is not None means the
    feature is installed. Features read what others provide here, never from attributes of the window.
    """

    settings: Settings = field(default_factory=Settings)
    instance: SingleInstance | None = field(default_factory=_claimed_instance)  # this process's database lock
    privacy: PrivacyMode = field(default_factory=privacy)
    window: Any = None  # the MainWindow (Any: this module is imported by it)
    edits: Edits | None = None
    actions: dict[str, QAction] = field(default_factory=dict)  # the window's action registry, by name
    menus: dict[str, QMenu] = field(default_factory=dict)
    safety: SafetyActions | None = None
    sync: SyncController | None = None
    reminders: Reminders | None = None
    exchange: Any = None  # ui.exchange_install.ExchangeActions
    crossroads: Any = None  # ui.crossroads.CrossroadsActions
    databases: Any = None  # ui.databases.DatabaseSwitcher: New, Open and Open Recent
    networking: bool = False  # the pipeline, opportunities, prep and reminders are in the window
    integrity_check: Any = None  # ui.safety_check.BackgroundCheck, once started
    dialogs: dict[str, QWidget] = field(default_factory=dict)  # the last dialog each feature opened, by name

    @property
    def db_path(self) -> Path | None:
        """The open database file (None while none is open)."""
        from mentordesk.models import database

        return Path(database.obj.database) if database.obj is not None else None
