"""What the UI needs to know per kind of record: its services, its name in messages, its area."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication

from mentordesk.services import advice, asks, meetings, organizations, people, snapshots


@dataclass(frozen=True)
class Kind:
    """The services and wording of one kind of record."""

    key: str
    area: str
    create: Callable
    update: Callable
    delete: Callable
    data: Callable
    capture: Callable
    noun: Callable[[], str]

    def title_of(self, data: dict) -> str:
        """A short human name of one record, for undo texts and headers."""
        if self.key == "person":
            return data.get("display_name") or ""
        if self.key == "organization":
            return data.get("name") or ""
        if self.key == "meeting":
            return data.get("summary") or ", ".join(data.get("attendees") or []) or (data.get("held_at") or "")[:10]
        if self.key == "advice":
            text = data.get("advice") or ""
            return text if len(text) <= 40 else text[:39] + "…"
        if self.key == "ask":
            return data.get("purpose") or data.get("person") or ""
        return ""


def _tr(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("records", text)


KINDS: dict[str, Kind] = {
    "person": Kind("person", "people", people.create_person, people.update_person, people.delete_person,
                   people.person_data, snapshots.capture_person, _tr("Person")),
    "organization": Kind("organization", "organizations", organizations.create_organization,
                         organizations.update_organization, organizations.delete_organization,
                         organizations.organization_data, snapshots.capture_organization, _tr("Organization")),
    "meeting": Kind("meeting", "meetings", meetings.log_meeting, meetings.update_meeting, meetings.delete_meeting,
                    meetings.meeting_data, snapshots.capture_meeting, _tr("Meeting")),
    "advice": Kind("advice", "advice", advice.create_advice, advice.update_advice, advice.delete_advice,
                   advice.advice_data, snapshots.capture_advice, _tr("Advice")),
    "ask": Kind("ask", "asks", asks.create_ask, asks.update_ask, asks.delete_ask,
                asks.ask_data, snapshots.capture_ask, _tr("Ask")),
}

AREA_KIND = {k.area: k.key for k in KINDS.values()}


def record_title(kind: str, record_id: int) -> str:
    """The short name of a stored record ('' when it is gone)."""
    try:
        return KINDS[kind].title_of(KINDS[kind].data(record_id))
    except Exception:  # noqa: BLE001 - a vanished record just has no title
        return ""
