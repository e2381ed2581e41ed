"""The mass-deletion guard: a sync that would remove many records stops before changing anything."""

from __future__ import annotations

from mentordesk.sync.dav import SyncError
from mentordesk.texts import P_, T_

MAX_REMOVALS = 5  # more than this many removals of one kind always asks
MAX_SHARE = 0.10  # so does removing more than this share, once it is at least MIN_FOR_SHARE records
MIN_FOR_SHARE = 3
NOUNS = {"person": ("person", "people"), "meeting": ("meeting", "meetings")}
SHOWN_NAMES = 8


def too_many(removals: int, tracked: int) -> bool:
    """Whether removing `removals` of the `tracked` synced records of one kind needs the user's say-so."""
    if removals == 0:
        return False
    if removals > MAX_REMOVALS:
        return True
    if tracked >= 2 and removals >= tracked:  # the whole collection emptied
        return True
    return removals >= MIN_FOR_SHARE and removals > MAX_SHARE * tracked


COUNTED = {"person": lambda n: P_(n, "{n} person", "{n} people"), "meeting": lambda n: P_(n, "{n} meeting", "{n} meetings")}


def count_text(kind: str, count: int) -> str:
    """'1 person', '40 people', '3 meetings' (in the user's language)."""
    if kind in COUNTED:
        return COUNTED[kind](count)
    one, many = NOUNS.get(kind, (kind, kind + "s"))
    return f"{count} {one if count == 1 else many}"


def names_text(names: list[str]) -> str:
    """A few names, then how many more."""
    shown = ", ".join(names[:SHOWN_NAMES])
    return shown + (T_(" and {count} more", count=len(names) - SHOWN_NAMES) if len(names) > SHOWN_NAMES else "")


class MassDeletion(SyncError):
    """The server no longer has many records that are here; nothing was changed, the user decides."""

    def __init__(self, server: str, pending: dict[str, list[str]]):
        self.server = server
        self.pending = pending  # kind -> names of the records the server deleted
        parts = [f"{count_text(kind, len(names))} ({names_text(names)})" for kind, names in pending.items()]
        self.headline = T_("{server} no longer has {records}; nothing was changed here or there", server=server,
                           records=T_(" and ").join(parts))
        super().__init__(T_("sync stopped: {headline}. If they were deleted on purpose, sync again allowing it: they "
                            "stay here with their history, marked as removed from the server", headline=self.headline))

    @property
    def count(self) -> int:
        return sum(len(names) for names in self.pending.values())


def check(server: str, plans: list, allow: bool) -> None:
    """Raise MassDeletion if any plan removes too many records and the user has not allowed it."""
    if allow:
        return
    pending = {plan.kind: sorted(plan.removal_names(), key=str.lower)
               for plan in plans if too_many(len(plan.removals), plan.tracked)}
    pending = {kind: names for kind, names in pending.items() if names}
    if pending:
        raise MassDeletion(server, pending)
