"""A person's stored original card, parsed once, so the writer can put back what the user did not change.

MentorDesk reads a few properties of a card into its own fields (FN, N, ORG, TEL...). When the field
still holds what was read, the original property goes back untouched, with what MentorDesk has no
field for: the middle name and suffix in N, the department in ORG, TEL;TYPE=fax,pager, PREF.
"""

from __future__ import annotations

import re

from mentordesk.exchange import labels
from mentordesk.exchange.vcard_lines import Line, components, decode_qp, list_items, logical_lines, parse_line, unescape

_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]")
# TYPE words earlier versions turned into a label (a pager or main number was read as "other"): a label
# stored then still fits the line it came from, so its types are written back.
_EARLIER_TYPES = {
    "TEL": {"mobile": {"cell", "mobile", "iphone"}, "home": {"home"}, "work": {"work"}, "fax": {"fax"}},
    "EMAIL": {"home": {"home"}, "work": {"work"}},
}


class Original:
    """The card's version and content lines (BEGIN/END left out), with readers of their text."""

    def __init__(self, text: str | None):
        self.lines: list[Line] = []
        self.version = "3.0"
        for raw in logical_lines(text or ""):
            if ":" not in raw:
                continue  # not a content line: nothing to carry
            line = parse_line(raw)
            if line.name in ("BEGIN", "END"):
                continue
            if line.name == "VERSION":
                self.version = line.value.strip() or "3.0"
            self.lines.append(line)
        self.group_labels = {line.group.lower(): labels.from_apple(self.text(line)) for line in self.lines
                             if line.name == "X-ABLABEL" and line.group}

    def all(self, name: str) -> list[Line]:
        return [line for line in self.lines if line.name == name]

    def decoded(self, line: Line) -> str:
        """The value with quoted-printable undone (escapes still in place)."""
        if any(v.upper() == "QUOTED-PRINTABLE" for key, values in line.params if key in ("ENCODING", "")
               for v in values):
            return decode_qp(line.value, next(iter(line.values("CHARSET")), None))
        return line.value

    def text(self, line: Line) -> str:
        return unescape(self.decoded(line))

    def parts(self, line: Line) -> list[str]:
        """A structured value's components as text (a component's list items joined by a space)."""
        return [" ".join(unescape(item).strip() for item in list_items(part) if item.strip())
                for part in components(self.decoded(line))]

    def units(self, line: Line) -> list[str]:
        """A structured value's components as text, commas kept (ORG's name and department)."""
        return [unescape(part) for part in components(self.decoded(line))]

    def items(self, line: Line) -> list[str]:
        return [unescape(item).strip() for item in list_items(self.decoded(line)) if item.strip()]

    def companions(self, group: str) -> list[Line]:
        """The other lines of an Apple-style group (item1.X-ABLabel beside item1.TEL)."""
        return [line for line in self.lines if line.group.lower() == group.lower()]

    def label(self, line: Line) -> str:
        """The label reading this TEL or EMAIL line gives (its Apple group's label, else its TYPE words)."""
        group = self.group_labels.get(line.group.lower()) if line.group else None
        if group:
            return group
        return labels.from_words(line.name, (t for key, values in line.params if key in ("TYPE", "")
                                             for v in values for t in v.split(",")))

    def label_fits(self, line: Line, label: str) -> bool:
        """True when reading this line again would give `label` (the user did not relabel it), or an earlier
        version's reading of it would have."""
        label = (label or "other").lower()
        if label == self.label(line):
            return True
        if line.group and line.group.lower() in self.group_labels:  # earlier: the label's text, lower case
            return any(label == labels.apple_text(self.text(other)) for other in self.companions(line.group)
                       if other.name == "X-ABLABEL")
        types = {t.lower() for key, values in line.params if key in ("TYPE", "") for v in values
                 for t in v.split(",")}
        known = _EARLIER_TYPES.get(line.name, {})
        if label == "other":
            return not any(types & words for words in known.values())
        return label in types or bool(types & known.get(label, set()))

    def bday(self) -> str:
        """The birthday as written (first BDAY), for CSV."""
        found = self.all("BDAY")
        return self.text(found[0]).strip() if found else ""


def same_text(a: str, b: str, phone: bool) -> bool:
    """The value as stored is the value as read (a phone's tel: and direction marks aside)."""
    if phone:
        a, b = re.sub(r"^tel:", "", a.strip(), flags=re.I), re.sub(r"^tel:", "", b.strip(), flags=re.I)
        return _MARKS.sub("", a) == _MARKS.sub("", b)
    return a.strip() == b.strip()


def same_address(a: str, b: str, phone: bool) -> bool:
    """Two emails (case-insensitive) or phone numbers (ignoring spaces and direction marks) are one."""
    if phone:
        a, b = re.sub(r"^tel:", "", a, flags=re.I), re.sub(r"^tel:", "", b, flags=re.I)
        return _INVISIBLE.sub("", a).lower() == _INVISIBLE.sub("", b).lower()
    return a.strip().lower() == b.strip().lower()
