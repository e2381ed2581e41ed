"""What every contact import shares: validate each record, spot duplicates, then write all or nothing."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.exchange import bulk
from mentordesk.exchange.registry import ImportCancelled, ImportRefused, ImportResult, Problem
from mentordesk.services import duplicates, people
from mentordesk.services.core import ValidationError
from mentordesk.safety.backup import backup_now
from mentordesk.texts import N_, translate, validation


@dataclass
class Record:
    """One contact read from a file: where it starts and its fields for create_person."""

    line: int
    fields: dict


def progress_of(options: dict | None, stage: str, cancelled: type[Exception] = ImportCancelled):
    """A (done, total) reporter built from options['progress'] (stage, done, total) -> False to cancel;
    raises `cancelled` (ImportCancelled; the exports pass ExportCancelled) on Cancel."""
    callback = (options or {}).get("progress")

    def report(done: int, total: int) -> None:
        if callback is not None and callback(stage, done, total) is False:
            raise cancelled()

    return report


# A contact's fields as the person editor labels them (ui.widgets.fields), so a problem reads "Emails: …".
FIELD_LABELS = {
    "display_name": N_("Name"), "given_name": N_("Given name"), "family_name": N_("Family name"),
    "nickname": N_("Nickname"), "organization": N_("Organization"), "title": N_("Title"), "roles": N_("Roles"),
    "emails": N_("Emails"), "phones": N_("Phones"), "tags": N_("Tags"), "met_how": N_("How you met"),
    "met_where": N_("Where"), "met_on": N_("Met on"), "introduced_by_id": N_("Introduced by"),
    "trust": N_("Trust (1–5)"), "keep_in_touch_days": N_("Keep in touch (days)"), "notes": N_("Notes"),
    "snoozed_until": N_("Snoozed until"), "knows_situation": N_("Knows my situation at work"),
    "sensitive": N_("Sensitive: hide in privacy mode"),
}


def field_label(field: str) -> str:
    """The label the user knows a contact's field by, in their language (an unknown field: its own name).
    One item of a list ("emails[1]") goes by the list's label: the message quotes the value at fault."""
    name = field.split("[", 1)[0]
    return translate(FIELD_LABELS[name]) if name in FIELD_LABELS else field


def describe(fields: dict, exc: ValidationError) -> str:
    """A reason naming the contact and the field at fault, by the label the editor shows."""
    name = fields.get("display_name") or " ".join(
        str(fields.get(k) or "") for k in ("given_name", "family_name")).strip()
    details = "; ".join(f"{field_label(field)}: {validation(message)}" for field, message in exc.errors.items())
    return f"{name}: {details}" if name else details


def validate(records: list[Record], problems: list[Problem], extra_tags=()) -> list[tuple[Record, dict]]:
    """Clean every record with the same rules as the person editor; failures become problems."""
    valid = []
    for record in records:
        if extra_tags:
            record.fields["tags"] = list(record.fields.get("tags") or []) + list(extra_tags)
        try:
            clean = people._clean(record.fields, None)  # same rules as create_person, without a write
        except ValidationError as exc:
            problems.append(Problem(record.line, describe(record.fields, exc)))
            continue
        valid.append((record, clean))
    problems.sort(key=lambda p: p.line)
    return valid


def run(path, fmt: str, records: list[Record], problems: list[Problem], options: dict) -> ImportResult:
    """Validate, find duplicates and (unless previewing) insert in one transaction."""
    valid = validate(records, problems, options.get("extra_tags") or ())
    matches = duplicates.match_incoming([(record.line, clean) for record, clean in valid])
    result = ImportResult(format=fmt, problems=problems, duplicates=matches, preview=bool(options.get("preview")))
    result.records = [(record.line, clean) for record, clean in valid]
    policy = options.get("duplicates", "skip")
    wanted = set(options.get("import_duplicates") or ())  # lines the user chose to import anyway
    skip = {m.index for m in matches if policy != "add" and m.line not in wanted}
    chosen = [clean for index, (_, clean) in enumerate(valid) if index not in skip]
    result.new, result.skipped_duplicates = len(chosen), len(skip)
    # A strict preview (the command line's --dry-run) refuses exactly when the real run would.
    if problems and not options.get("skip_invalid") and (not result.preview or options.get("strict_preview")):
        raise ImportRefused(path, problems)
    if result.preview:
        return result
    if not chosen:
        return result
    if options.get("backup", True):
        backup_now("before-import")
    result.created = bulk.insert_people(chosen, progress_of(options, "Saving"))
    return result
