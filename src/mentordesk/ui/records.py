"""What the UI needs per kind of record: the core declaration (services.kinds) with translated wording."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentordesk.services import kinds, snapshots


@dataclass(frozen=True)
class Kind:
    """One kind's services and wording, as the undo commands and editors use them."""

    record: kinds.RecordKind

    def __getattr__(self, name):  # create, update, delete, data, capture, key, model…
        return getattr(self.record, name)

    @property
    def area(self) -> str:
        return self.record.plural

    def noun(self) -> str:
        return QCoreApplication.translate("records", self.record.noun)

    def noun_in_text(self) -> str:
        """The noun inside a sentence ("New person", German "Neu: Person"): ui.core_texts marks every kind's."""
        return QCoreApplication.translate("nouns", self.record.noun.lower())

    def title_of(self, data: dict) -> str:
        """A short human name of one record, for undo texts and headers."""
        return self.record.title(data)

    def restore(self, snapshot: dict) -> None:
        """Put back what capture() took before a delete."""
        (self.record.restore or snapshots.restore)(snapshot)


class _Kinds(Mapping):
    """kind key -> Kind, read from the registry each time (a kind registered later is there too)."""

    def __getitem__(self, key: str) -> Kind:
        return Kind(kinds.get(key))

    def __iter__(self):
        return iter([k.key for k in kinds.all_kinds()])

    def __len__(self) -> int:
        return len(kinds.all_kinds())


KINDS = _Kinds()


def record_title(kind: str, record_id: int) -> str:
    """The short name of a stored record ('' when it is gone)."""
    try:
        return KINDS[kind].title_of(KINDS[kind].data(record_id))
    except Exception:  # noqa: BLE001 - a vanished record just has no title
        return ""


# For lupdate: the nouns the built-in declarations use.
_NOUNS = (QT_TRANSLATE_NOOP("records", "Person"), QT_TRANSLATE_NOOP("records", "Organization"),
          QT_TRANSLATE_NOOP("records", "Meeting"), QT_TRANSLATE_NOOP("records", "Advice"),
          QT_TRANSLATE_NOOP("records", "Ask"), QT_TRANSLATE_NOOP("records", "Opportunity"))
