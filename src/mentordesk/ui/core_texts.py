"""Texts the plain-Python core defines and the UI translates by value: listed here so lupdate can extract them.

The core (no Qt) names its vocabularies, list columns, Crossroads options and criteria, import formats and
stages in English. The UI shows them through QCoreApplication.translate(context, text) or a class's
self.tr(text); `core_texts()` gives every (context, text) pair from the live declarations, and
`make translations` (tools/translations.py) hands them to pyside6-lupdate as QT_TRANSLATE_NOOP marks in a
generated file, so a new vocabulary word or column is extracted without anyone listing it twice.
"""

from __future__ import annotations

import ast
from pathlib import Path

import mentordesk

# Where the UI looks the texts up (a class's self.tr looks in the class's name).
VOCABULARY, COLUMNS, RECORDS, CROSSROADS = "vocabulary", "columns", "records", ""
VALIDATION = "validation"
NOUNS, PLURALS = "nouns", "plurals"  # a kind's noun and plural inside a sentence ("New person", "No people yet")
EXCHANGE_CONTEXTS = ("ImportDialog", "ExportDialog")


def _vocabularies() -> list[dict[str, str]]:
    from mentordesk import models, opportunity_model

    return [models.ROLES, models.MEETING_KINDS, models.PATHS, models.STANCES, models.ASK_KINDS,
            models.ASK_STATUSES, models.ASK_DIRECTIONS, opportunity_model.OPPORTUNITY_KINDS,
            opportunity_model.OPPORTUNITY_STATUSES]


def _kind_texts() -> list[tuple[str, str]]:
    from mentordesk.services import kinds

    pairs = []
    for kind in kinds.all_kinds():
        pairs += [(RECORDS, kind.noun), (NOUNS, kind.noun.lower()), (PLURALS, kind.plural)]
        for column in kind.listing.columns:
            pairs.append((COLUMNS, column.title))
            if column.vocabulary:
                pairs += [(VOCABULARY, label) for label in column.vocabulary.values()]
    return pairs


def _crossroads_texts() -> list[str]:
    from mentordesk.crossroads import answers, assumptions
    from mentordesk.models import ASK_KINDS, STANCES

    texts = list(answers.ALL_OPTIONS.values())
    for label, _importance, meaning in answers.CRITERIA.values():
        texts += [label, meaning]
    texts += list(assumptions.AS_KINDS.values()) + list(assumptions.RESULTS.values())
    texts += list(STANCES.values()) + list(ASK_KINDS.values()) + ["high", "medium", "low"]  # engine.Result.certainty
    return texts


def _progress_stages() -> list[str]:
    """The stage names the import and export code reports (progress_of(options, "Reading cards"))."""
    stages = []
    for path in sorted((Path(mentordesk.__file__).parent / "exchange").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "progress_of":
                stages += [a.value for a in node.args[1:2] + [k.value for k in node.keywords if k.arg == "stage"]
                           if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return stages


def _exchange_texts() -> list[str]:
    from mentordesk.exchange import csvfile, registry

    return [f.label for f in registry.all_formats()] + list(csvfile.TARGETS.values()) + _progress_stages()


def _literal_assignments(module: str, name: str) -> list[str]:
    """The string literals a core module assigns to `name` (sync's conflict reasons)."""
    path = Path(mentordesk.__file__).parent.joinpath(*module.split(".")[1:]).with_suffix(".py")
    return [node.value.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str) and any(getattr(t, "id", "") == name for t in node.targets)]


def _sync_texts() -> list[str]:
    from mentordesk.sync import cards, events

    return (list(cards.PersonSide.merge_fields.values()) + list(events.MeetingSide.merge_fields.values())
            + _literal_assignments("mentordesk.sync.conflicts", "reason"))


def _message_template(node: ast.expr) -> str | None:
    """A message literal as a template: an f-string's values become %1, %2… (None when it is not one)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, count = [], 0
        for part in node.values:
            if isinstance(part, ast.Constant):
                parts.append(part.value)
            else:
                count += 1
                parts.append(f"%{count}")
        return "".join(parts)
    return None


def validation_templates() -> list[str]:
    """The services' validation messages as templates ("is too long (at most %1 characters)"), read from the
    ValidationError(field, message) calls and errors[field] = message assignments in mentordesk/services."""
    templates = []
    for path in sorted((Path(mentordesk.__file__).parent / "services").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ValidationError" and len(node.args) == 2:
                templates.append(_message_template(node.args[1]))
            elif (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript)
                  and getattr(node.targets[0].value, "id", "") == "errors"):
                templates.append(_message_template(node.value))
    return sorted({t for t in templates if t})


def core_messages_source() -> str:
    """ui/core_messages.py: the validation templates, marked for lupdate and read by ui.i18n at run time
    (a frozen app has no sources to scan)."""
    lines = ['"""The services\' validation messages as templates. Generated by `make translations` from',
             'mentordesk/services (ui.core_texts.validation_templates); tests/i18n checks it is current."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "VALIDATION = ("]
    lines += [f"    QT_TRANSLATE_NOOP({VALIDATION!r}, {text!r})," for text in validation_templates()]
    return "\n".join(lines + [")", ""])


def core_texts() -> list[tuple[str, str]]:
    """Every (context, English text) the UI translates by value, without repeats, in a stable order."""
    from mentordesk.services.merge import MERGE_FIELDS, UNION_FIELDS

    pairs = [(VOCABULARY, label) for vocabulary in _vocabularies() for label in vocabulary.values()]
    pairs += _kind_texts()
    pairs += [(CROSSROADS, text) for text in _crossroads_texts()]
    pairs += [(context, text) for context in EXCHANGE_CONTEXTS for text in _exchange_texts()]
    pairs += [("MergeDialog", label) for _field, label in MERGE_FIELDS]
    pairs += [("MergeDialog", field.capitalize()) for field in UNION_FIELDS]
    pairs += [("ConflictDialog", text) for text in _sync_texts()]
    return list(dict.fromkeys((context, text) for context, text in pairs if text))


def as_lupdate_source() -> str:
    """The pairs as Python that pyside6-lupdate reads: one QT_TRANSLATE_NOOP per text."""
    lines = ['"""Generated by tools/translations.py from mentordesk.ui.core_texts: for lupdate only."""', ""]
    lines += [f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for context, text in core_texts()]
    return "\n".join(lines) + "\n"
