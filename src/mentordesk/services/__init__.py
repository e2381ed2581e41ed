"""Plain-Python services: every create, update, delete, list and search, each one transaction.

Nothing here imports Qt; the UI, the command line, imports and sync all go through these.
"""

from mentordesk.services.core import (  # noqa: F401
    NotFound,
    ServiceError,
    ValidationError,
    changed,
    on_change,
    transactional,
)
from mentordesk.services import search  # noqa: E402,F401 - keeps the search index in step at every commit
from mentordesk.services import cadence  # noqa: E402,F401 - keeps each person's catch-up due day at every commit
