"""Which field a CSV column holds, from the words of its header, for exports nobody wrote a profile for.

Exact header names of the known exports come first (csvfile._SYNONYMS); then the header's words decide:
"Work E-mail", "Email Address 2", "Cell Phone", "Telephone (home)", "Company Name", "Surname",
"Forename", "Comments", "Groups" ... Columns still unrecognised are named in the import's notes with
how many rows fill them, so nothing is dropped silently.
"""

from __future__ import annotations

import re

from mentordesk.exchange import labels
from mentordesk.exchange.registry import Problem
from mentordesk.texts import P_, T_

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_A_VALUE = {"type", "label", "kind", "yomi", "phonetic", "format", "description"}
_PHONE_WORDS = {"phone", "telephone", "tel", "mobile", "cell", "cellphone", "mobilephone", "fax", "pager",
                "handy", "mobil", "mobiltelefon", "telefon", "telefono", "téléphone", "portable"}
_EMAIL_WORDS = {"email", "mail", "emailaddress", "courriel", "correo"}
_WORDS_TO_TARGET = (
    ({"first", "given", "forename", "vorname", "prénom", "prenom", "nombre"}, "given_name"),
    ({"middle", "additional"}, "middle_name"),
    ({"last", "family", "surname", "nachname", "nom", "apellido", "apellidos"}, "family_name"),
    ({"nick", "nickname", "spitzname"}, "nickname"),
    ({"department", "dept", "abteilung"}, "department"),
    ({"jobtitle", "position", "role", "job"}, "title"),
    ({"company", "organization", "organisation", "employer", "org", "firma", "société", "societe", "empresa"},
     "organization"),
    ({"notes", "note", "comments", "comment", "remarks", "notizen", "notiz", "memo"}, "notes"),
    ({"categories", "category", "labels", "groups", "group", "tags", "kategorien"}, "tags"),
    ({"website", "webpage", "url", "homepage", "web"}, "url"),
)
# Japanese Outlook's headers (its CSV is Shift-JIS): no spaces to split words at, so whole names.
_JAPANESE = {"姓": "family_name", "名": "given_name", "ミドル ネーム": "middle_name", "ニックネーム": "nickname",
             "電子メール アドレス": "email", "電子メール 2 アドレス": "email", "電子メール 3 アドレス": "email",
             "携帯電話": "phone:mobile", "自宅電話": "phone:home", "会社電話": "phone:work", "勤務先電話": "phone:work",
             "会社名": "organization", "会社": "organization", "部署": "department", "役職": "title",
             "メモ": "notes", "分類": "tags", "Web ページ": "url", "氏名": "display_name", "名前": "display_name",
             "メールアドレス": "email", "電話": "phone", "電話番号": "phone"}


def words(column: str) -> list[str]:
    """A header's lower-case words, 'E-mail' read as one word."""
    text = re.sub(r"e-mail", "email", column.strip().lower())
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return _WORD.findall(text)


def _label(found: set[str], prop: str = "TEL") -> str:
    """The label a header's words give ('' for none): Business Fax is a work fax (exchange.labels)."""
    label = labels.from_words(prop, found)
    return "" if label == "other" else label


def guess_target(column: str, honorific_title: bool = False) -> str:
    """The field a column most likely holds, or '' when its header does not say."""
    if column.strip() in _JAPANESE:
        return _JAPANESE[column.strip()]
    found = set(words(column))
    if not found or found & _NOT_A_VALUE:
        return ""
    if found & _PHONE_WORDS:
        label = _label(found)
        return f"phone:{label}" if label else "phone"
    if found & _EMAIL_WORDS and not found & {"mailing", "list", "lists", "display"}:
        label = _label(found - {"email", "mail"}, "EMAIL")
        return f"email:{label}" if label else "email"
    if "name" in found or found <= {"full", "display", "name"}:
        for keys, target in _WORDS_TO_TARGET[:4]:
            if found & keys:
                return target
        if found & {"company", "organization", "organisation", "firm"}:
            return "organization"
        if found <= {"full", "display", "name", "contact", "file", "as"}:
            return "display_name"
        return ""
    if "title" in found:
        return "" if honorific_title and found == {"title"} else "title"
    for index, (keys, target) in enumerate(_WORDS_TO_TARGET):
        if found & keys and (index >= 3 or len(found) == 1):  # "Last" is a name part, "Last Contacted" is not
            return target
    return ""


_EMAIL_VALUE = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
_PHONE_VALUE = re.compile(r"^\+?[\d\s().\-/]{7,}$")
_DATE_VALUE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
# Yahoo's "Home", "Work", "Other" hold phone numbers; a header that is only such a word is read by its values.
_LABEL_ONLY = {"home", "work", "business", "other", "primary", "personal", "private", "office", "main"}


def guess_by_values(column: str, values: list[str]) -> str:
    """For a column its header does not explain: 'email' when every value is an address, a phone target when
    the header is a bare label ("Home") and every value is a phone number; else ''."""
    values = [v.strip() for v in values if v.strip()]
    if not values:
        return ""
    if all(_EMAIL_VALUE.match(v) for v in values):
        return "email"
    found = set(words(column))
    if found and found <= _LABEL_ONLY and all(_PHONE_VALUE.match(v) and not _DATE_VALUE.match(v)
                                               and sum(c.isdigit() for c in v) >= 7 for v in values):
        label = _label(found)
        return f"phone:{label}" if label else "phone"
    return ""


_LABEL_COLUMN = re.compile(r"^((?:e-mail|phone) \d+) - (?:label|type)$", re.I)


def label_of_mapped(column: str, mapping: dict[str, str]) -> bool:
    """True for Google's 'E-mail 1 - Label' (or '- Type') when 'E-mail 1 - Value' is imported: it is read as
    that value's label."""
    match = _LABEL_COLUMN.match(column.strip())
    if not match:
        return False
    stem = match.group(1).lower()
    return any(target in ("email", "phone") and other.strip().lower() == f"{stem} - value"
               for other, target in mapping.items())


def unmapped_note(header: list[str], rows: list[tuple[int, list[str]]], mapping: dict[str, str]) -> Problem | None:
    """A note naming the columns that hold values but feed no field (and how many rows fill each)."""
    filled = []
    for index, column in enumerate(header):
        if mapping.get(column) or not column.strip() or label_of_mapped(column, mapping):
            continue
        count = sum(1 for _, row in rows if index < len(row) and row[index].strip())
        if count:
            filled.append(P_(count, "{column!r} ({n} row)", "{column!r} ({n} rows)", column=column))
    if not filled:
        return None
    return Problem(None, T_("column(s) not imported: {columns}; map them to a field to keep them (the column list "
                            "in the dialog, or --mapping COLUMN=FIELD)", columns=", ".join(filled)), kind="info")
