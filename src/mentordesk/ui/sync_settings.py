"""The sync preferences (automatic sync and its interval), declared once for the controller and its page."""

from __future__ import annotations

from mentordesk.ui.settings import SETTINGS, Setting

SETTINGS.setdefault("sync_auto", Setting("sync/automatic", bool, True))
SETTINGS.setdefault("sync_interval_minutes", Setting("sync/interval_minutes", int, 15))
