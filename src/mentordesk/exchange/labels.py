"""Phone and email labels: one table for every reader and writer, so a pager, a main number or a work fax keeps
its kind through vCard (TYPE words, Apple's X-ABLabel), Google's CSV labels and CSV column headers."""

from __future__ import annotations

import re

# MentorDesk's label -> (vCard TYPE words, Google Contacts' label). Google's own phone types are these
# (People API: homeFax, workFax, otherFax, workMobile, workPager, main, pager...); Apple writes the same
# vCard words (TEL;type=MAIN, TEL;type=HOME;type=FAX, TEL;type=PAGER).
PHONE = {
    "mobile": (("cell",), "Mobile"),
    "home": (("home",), "Home"),
    "work": (("work",), "Work"),
    "main": (("main",), "Main"),
    "pager": (("pager",), "Pager"),
    "fax": (("fax",), "Other Fax"),
    "home fax": (("home", "fax"), "Home Fax"),
    "work fax": (("work", "fax"), "Work Fax"),
    "work mobile": (("work", "cell"), "Work Mobile"),
    "work pager": (("work", "pager"), "Work Pager"),
    "other": ((), "Other"),
}
EMAIL = {
    "home": (("home",), "Home"),
    "work": (("work",), "Work"),
    "other": ((), "Other"),
}
_TABLES = {"TEL": PHONE, "EMAIL": EMAIL}

# Words that say what kind of number it is, and where (vCard TYPE words and CSV header words alike).
_MOBILE = {"cell", "mobile", "iphone", "cellphone", "mobilephone", "handy", "mobil", "mobiltelefon", "portable"}
_KINDS = (("fax", {"fax", "telefax"}), ("pager", {"pager", "beeper"}), ("mobile", _MOBILE),
          ("main", {"main", "company-main"}))
_HOME = {"home", "private", "personal", "privat", "domicile"}
_WORK = {"work", "business", "office", "company", "job", "geschäftlich", "bureau"}
# Apple's built-in labels as written inside _$!<…>!$_
_APPLE = {"iphone": "mobile", "cell": "mobile", "homefax": "home fax", "workfax": "work fax", "otherfax": "fax"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


def _table(prop: str) -> dict:
    return _TABLES.get(prop.upper(), PHONE)


def from_words(prop: str, words) -> str:
    """The label of a TEL or EMAIL whose TYPE words (or CSV header words) are `words`: 'other' when they
    name no kind or place ('voice', 'pref', 'internet' say nothing)."""
    found = {str(w).strip().lower() for w in words}
    where = "home" if found & _HOME else "work" if found & _WORK else ""
    if prop.upper() == "EMAIL":
        return where or "other"
    kind = next((name for name, keys in _KINDS if found & keys), "")
    if kind and where and f"{where} {kind}" in PHONE:
        return f"{where} {kind}"
    return kind or where or "other"


def apple_text(text: str) -> str:
    """An X-ABLabel's words in lower case, without Apple's `_$!<…>!$_` around a built-in label."""
    match = _APPLE_LABEL.match(text.strip())
    return (match.group(1) if match else text).strip().lower()


def from_apple(text: str) -> str:
    """The label of an Apple group's X-ABLabel (`_$!<HomeFAX>!$_` or a label the user typed)."""
    label = apple_text(text)
    return _APPLE.get(label, label)


def from_google(text: str) -> str:
    """The label of Google's 'Phone 1 - Label' or 'E-mail 1 - Label' ('* Mobile': '*' marks the first)."""
    label = text.replace("*", "").split(":::")[0].strip().lower()
    if not label:
        return "other"
    for name, (_, google) in (*PHONE.items(), *EMAIL.items()):
        if google.lower() == label:
            return name
    return label


def to_google(label: str, prop: str = "TEL") -> str:
    """Google's label for ours; a label of the user's own is written as they typed it, capitalised."""
    label = (label or "other").strip()
    known = _table(prop).get(label.lower())
    return known[1] if known else label[:1].upper() + label[1:]


def vcard_types(label: str, prop: str = "TEL") -> tuple[str, ...] | None:
    """vCard TYPE words for a label (empty for 'other'); None for a label of the user's own (written with
    an Apple-style X-ABLabel so it survives)."""
    known = _table(prop).get((label or "other").strip().lower())
    return known[0] if known else None


def targets() -> dict[str, str]:
    """CSV mapping targets for labelled phones and emails: 'phone:work fax' -> 'Phone (work fax)'."""
    found = {f"email:{label}": f"Email ({label})" for label in EMAIL if label != "other"}
    found.update({f"phone:{label}": f"Phone ({label})" for label in PHONE if label != "other"})
    return found
