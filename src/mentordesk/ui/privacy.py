"""Privacy mode for screen sharing: one app-wide flag and signal; views hide notes and sensitive people."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Listing conditions (services.listing aliases the main table as t) that leave sensitive people out.
HIDDEN_WHERE = {
    "people": "t.sensitive = 0",
    "meetings": "NOT EXISTS (SELECT 1 FROM meeting_attendee ma JOIN person sp ON sp.id = ma.person_id "
                "WHERE ma.meeting_id = t.id AND sp.sensitive = 1)",
    "advice": "NOT EXISTS (SELECT 1 FROM person sp WHERE sp.id = t.person_id AND sp.sensitive = 1)",
    "asks": "NOT EXISTS (SELECT 1 FROM person sp WHERE sp.id = t.person_id AND sp.sensitive = 1)",
}


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
        return HIDDEN_WHERE.get(area_key, "") if self._enabled else ""


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
