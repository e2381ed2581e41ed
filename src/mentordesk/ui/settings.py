"""Every remembered setting declared once with its type and default, stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "MentorDesk"
APPLICATION = "MentorDesk"


@dataclass(frozen=True)
class Setting:
    """One stored value: its key (a `{}` is filled with an area or list name), type and default."""

    key: str
    type: type
    default: Any


SETTINGS: dict[str, Setting] = {
    "geometry": Setting("window/geometry", QByteArray, QByteArray()),
    "window_state": Setting("window/state", QByteArray, QByteArray()),
    "last_area": Setting("window/last_area", str, "today"),
    "splitter": Setting("splitters/{}", QByteArray, QByteArray()),
    "header": Setting("headers/{}", QByteArray, QByteArray()),
    "confirm_delete": Setting("editing/confirm_delete", bool, True),
    "start_area": Setting("window/start_area", str, "last"),
    "recent_databases": Setting("databases/recent", str, ""),
    "theme": Setting("appearance/theme", str, "system"),  # system, light or dark (ui.theme)  # newest first, one path a line; the first opens next
}


class Settings:
    """Typed access to SETTINGS; pass a QSettings to store elsewhere (tests use an INI file)."""

    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def _key(self, name: str, part: str) -> str:
        return SETTINGS[name].key.format(part)

    def get(self, name: str, part: str = ""):
        """The stored value of `name`, converted to its declared type, or its default."""
        setting = SETTINGS[name]
        value = self.store.value(self._key(name, part), setting.default)
        if value is None:
            return setting.default
        if setting.type is bool and isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        if setting.type is QByteArray and not isinstance(value, QByteArray):
            return setting.default
        try:
            return value if isinstance(value, setting.type) else setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, name: str, value, part: str = "") -> None:
        """Store a value of `name`."""
        self.store.setValue(self._key(name, part), value)

    def sync(self) -> None:
        """Write to disk now."""
        self.store.sync()
