"""Privacy mode for screen sharing: one app-wide flag and signal; views hide notes and sensitive people."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mentordesk.services import kinds

class PrivacyMode(QObject):
    """Whether notes and sensitive people are hidden on screen; `changed(bool)` when toggled."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._enabled = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if bool(enabled) != self._enabled:
            self._enabled = bool(enabled)
            self.changed.emit(self._enabled)

    def where(self, area_key: str) -> str:
        """The extra listing condition for an area while privacy mode is on, '' otherwise."""
        if not self._enabled:
            return ""
        kind = kinds.by_plural(area_key)
        return kind.hidden_where if kind is not None else ""


_privacy: PrivacyMode | None = None


def privacy() -> PrivacyMode:
    """The application's privacy mode."""
    global _privacy
    if _privacy is None:
        _privacy = PrivacyMode()
    return _privacy


def is_private() -> bool:
    """Shorthand for views: True while notes and sensitive people must stay off screen."""
    return privacy().enabled
