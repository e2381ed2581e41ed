"""One Qt signal for every committed change, so each open view refreshes itself and none refreshes another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mentordesk.services import core


class ChangeHub(QObject):
    """Re-announces `services.on_change` as a Qt signal: `changed(kind, ids)`."""

    changed = Signal(str, list)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = core.on_change(self._on_change)

    def _on_change(self, kind: str, ids) -> None:
        # Services may run in a worker thread: a queued signal delivers to the GUI thread.
        self.changed.emit(kind, list(ids))

    def is_listening(self) -> bool:
        """Whether the service layer still delivers to this hub (tests reset listeners)."""
        return self._on_change in core._listeners  # noqa: SLF001 - same package family

    def detach(self) -> None:
        """Stop listening to the services."""
        self._unsubscribe()


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The application's change hub, created (or re-attached) on first use."""
    global _hub
    if _hub is None or not _hub.is_listening():
        _hub = ChangeHub()
    return _hub
