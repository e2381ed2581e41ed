"""What every service shares: the errors, one-transaction wrapping and change announcements (defined at
the bottom of the core, in mentordesk.errors and mentordesk.changes), and finding a row or saying so."""

from __future__ import annotations

from mentordesk.changes import _listeners, changed, on_change, storage_error, transactional  # noqa: F401
from mentordesk.errors import NotFound, ServiceError, StorageError, ValidationError  # noqa: F401
from mentordesk.texts import T_, word


def get_or_not_found(model, record_id: int, what: str):
    """The `model` row with this id, or NotFound naming `what` (e.g. "meeting")."""
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise NotFound(T_("{what} {id} does not exist", what=word(what, "nouns"), id=record_id))
    return row
