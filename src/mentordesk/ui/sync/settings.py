"""The sync preferences (automatic sync and its interval) and the news that the account changed, shared by
the controller and its Preferences page without either reaching for the other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mentordesk.ui.settings import SETTINGS, Setting

SETTINGS.setdefault("sync_auto", Setting("sync/automatic", bool, True))
SETTINGS.setdefault("sync_interval_minutes", Setting("sync/interval_minutes", int, 15))


class SyncNews(QObject):
    """App-wide: `account_changed` when Preferences stored a new sync account (the status line starts afresh)."""

    account_changed = Signal()


_news: SyncNews | None = None


def sync_news() -> SyncNews:
    """The application's SyncNews."""
    global _news
    if _news is None:
        _news = SyncNews()
    return _news
