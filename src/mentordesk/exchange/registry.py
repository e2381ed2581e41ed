"""The file formats MentorDesk reads and writes, keyed by name, so commands and dialogs need no if-chains."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from mentordesk.services.core import ServiceError
from mentordesk.texts import P_, T_



def format_modules() -> list[str]:
    """Every module of the exchange package: a format registers itself when imported, so a new one is
    named nowhere else (the bundle collects every mentordesk module; see packaging/mentordesk.spec)."""
    import pkgutil

    from mentordesk import exchange

    return [f"mentordesk.exchange.{m.name}" for m in pkgutil.iter_modules(exchange.__path__)]


@dataclass(frozen=True)
class Problem:
    """One bad record (where it is in the file and why it was refused), or a note about what was read."""

    line: int | None  # None when the format has no useful line (a JSON record names itself instead)
    reason: str
    # For notes: "skipped" (a row with nothing to import), "oversized" or "left out" (a property dropped,
    # the contact kept), "warning" (check it: doubtful text encoding), "info" (columns not imported, ...).
    kind: str = ""

    def __str__(self) -> str:
        return T_("line {line}: {reason}", line=self.line, reason=self.reason) if self.line else self.reason


@dataclass
class ImportResult:
    """What an import did (or, for a preview, would do)."""

    format: str = ""
    created: list[int] = field(default_factory=list)  # ids of new people (empty for a preview)
    created_kind: str = "person"  # what `created` holds: "person", or "meeting" for a calendar
    new: int = 0  # records that are (or would be) added
    duplicates: list = field(default_factory=list)  # services.duplicates.IncomingMatch, one per likely duplicate
    skipped_duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # whole-database formats: records per kind
    preview: bool = False
    notes: list[Problem] = field(default_factory=list)  # imported with something left out (a huge photo)
    # (line, fields) of every valid record in file order, as they would be written (a preview's list of people;
    # `duplicates` names them by index): emails are (address, label) pairs, organization a name.
    records: list = field(default_factory=list)
    # A text file whose encoding was a guess with rivals: the codec it was read with, then the rivals; the
    # import dialog offers them, the command line takes --encoding.
    encodings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the command line and the dialog."""
        if self.counts:
            parts = ", ".join(COUNTED[kind](n) if kind in COUNTED else f"{n} {kind}" for kind, n in self.counts.items())
            return T_("would import {parts}", parts=parts) if self.preview else T_("imported {parts}", parts=parts)
        text = P_(self.new, "would import {n} people") if self.preview else P_(self.new, "imported {n} people")
        if self.duplicates:
            text += "; " + P_(len(self.duplicates), "{n} likely duplicate(s)")
            if self.skipped_duplicates:
                text += ", " + P_(self.skipped_duplicates, "{n} skipped")
        if self.problems:
            text += "; " + P_(len(self.problems), "{n} bad record(s) left out")
        kinds = [note_kind(note) for note in self.notes]
        for kind, phrase in NOTE_COUNTS.items():
            if kinds.count(kind):
                text += "; " + phrase(kinds.count(kind))
        return text


# A whole database's records per kind, and the notes an import counts, in the user's language.
COUNTED = {"organizations": lambda n: P_(n, "{n} organizations"), "people": lambda n: P_(n, "{n} people"),
           "meetings": lambda n: P_(n, "{n} meetings"), "advice": lambda n: P_(n, "{n} advice"),
           "asks": lambda n: P_(n, "{n} asks")}
NOTE_COUNTS = {"oversized": lambda n: P_(n, "{n} oversized item(s) left out"),
               "left out": lambda n: P_(n, "{n} unreadable field(s) left out"),
               "skipped": lambda n: P_(n, "{n} empty row(s) skipped"),
               "warning": lambda n: P_(n, "{n} warning(s): check the preview")}


def note_kind(note: Problem) -> str:
    """The kind of a note; an older note without one is 'skipped' when its reason says so, else 'oversized'."""
    if note.kind:
        return note.kind
    return "skipped" if note.reason.startswith("skipped:") else "oversized"


class ImportRefused(ServiceError):
    """The file has bad records and the caller did not ask to import only the valid ones."""

    def __init__(self, path, problems: list[Problem]):
        self.path = str(path)
        self.problems = list(problems)
        first = self.problems[0] if self.problems else T_("no readable records")
        if len(self.problems) > 1:
            super().__init__(P_(len(self.problems) - 1, "{path}: {first} (and {n} more); nothing was imported",
                                path=self.path, first=first))
        else:
            super().__init__(T_("{path}: {first}; nothing was imported", path=self.path, first=first))


class ImportCancelled(ServiceError):
    """The user pressed Cancel; the database is unchanged."""

    def __init__(self):
        super().__init__(T_("import cancelled; nothing was imported"))


@dataclass(frozen=True)
class Format:
    """A file format: how to export people to it and/or import from it."""

    key: str
    label: str
    extensions: tuple[str, ...]
    # export(path, person_ids or None for everyone, options) -> summary line
    export: Callable[[Path | str, list[int] | None, dict], str] | None = None
    # import_(path, options) -> ImportResult; options: preview, skip_invalid, duplicates, mapping, progress,
    # strict_preview (a preview that raises ImportRefused whenever the real import would, for --dry-run)
    import_: Callable[[Path | str, dict], ImportResult] | None = None
    # True when `skip_invalid` can import the valid records of a file that has bad ones (not a whole database)
    skips_invalid: bool = True


FORMATS: dict[str, Format] = {}
# Extension -> a function that reads a file and names the format key to import it with (CSV has profiles).
SNIFFERS: dict[str, Callable[[Path], str]] = {}
_loaded = False


def register(fmt: Format) -> Format:
    """Make a format available by its key (a later registration replaces an earlier one)."""
    FORMATS[fmt.key] = fmt
    return fmt


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in format_modules():
            importlib.import_module(name)


def file_filter(purpose: str = "import", label: str = "Contacts") -> str:
    """A file-dialog filter naming every extension the registered formats read (or write)."""
    extensions = dict.fromkeys(ext for f in all_formats() for ext in f.extensions
                               if (f.import_ if purpose == "import" else f.export) is not None)
    return f"{label} ({' '.join('*.' + ext for ext in extensions)});;All files (*)"


def all_formats() -> list[Format]:
    """Every registered format, in registration order."""
    _load()
    return list(FORMATS.values())


def get(key: str) -> Format:
    """The format called `key`, or a ServiceError listing the known ones."""
    _load()
    fmt = FORMATS.get((key or "").lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise ServiceError(T_("unknown format {key!r} (known formats: {known})", key=key, known=known))
    return fmt


def guess(path: Path | str, purpose: str = "import") -> Format:
    """The format whose extension matches the file name; CSV files are sniffed for known profiles."""
    suffix = Path(path).suffix.lower().lstrip(".")
    candidates = [f for f in all_formats() if suffix in f.extensions
                  and (f.import_ if purpose == "import" else f.export) is not None]
    if not candidates:
        raise ServiceError(T_("cannot tell the format of {name} from its extension; give --format", name=Path(path).name))
    if purpose == "import" and suffix in SNIFFERS:
        return get(SNIFFERS[suffix](Path(path)))
    return candidates[0]
