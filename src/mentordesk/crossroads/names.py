"""Who may be named on paper: people marked sensitive never, anyone when quotes are anonymised. Hides names in
free text (the share version for a mentor, and the user's own report: another person's note may name them)."""

from __future__ import annotations

import dataclasses as dc
import re

from mentordesk.models import Person, PersonRole

HIDDEN = "[name]"


@dc.dataclass
class Someone:
    id: int
    display_name: str
    sensitive: bool
    trust: int
    knows_situation: bool


@dc.dataclass
class People:
    """What the share version must know about people, read when it is written."""

    sensitive: set[int]
    names: dict[int, list[str]]        # every way a person is named: display, given, family, nickname
    roles: dict[int, list[str]]
    rows: list[Someone]

    @classmethod
    def read(cls, sensitive_only: bool = False) -> "People":
        """Everyone (or only the people marked sensitive: all the user's own report hides), as plain tuples
        (a network of thousands is read in a few hundred milliseconds)."""
        rows, names = [], {}
        query = Person.select(Person.id, Person.display_name, Person.given_name, Person.family_name, Person.nickname,
                              Person.sensitive, Person.trust, Person.knows_situation)
        for pid, display, given, family, nick, sensitive, trust, knows in (
                (query.where(Person.sensitive) if sensitive_only else query).tuples()):
            rows.append(Someone(pid, display, bool(sensitive), trust or 0, bool(knows)))
            names[pid] = [n for n in (display, given, family, nick) if n and len(n.strip()) >= 2]
        roles: dict[int, list[str]] = {}
        role_rows = PersonRole.select(PersonRole.person, PersonRole.role)
        if sensitive_only:
            role_rows = role_rows.where(PersonRole.person.in_(list(names)))
        for pid, role in role_rows.tuples():
            roles.setdefault(pid, []).append(role)
        return cls({p.id for p in rows if p.sensitive}, names, roles, rows)


class Scrubber:
    """Hides names in free text: the sensitive people's always, everyone's when anonymising.

    Names are looked up by their first word among the text's words, so a network of thousands of people
    costs a dictionary lookup per word, not a pattern of every name.
    """

    def __init__(self, people: People, anonymise: bool):
        self.by_first: dict[str, set[str]] = {}
        for pid, names in people.names.items():
            if anonymise or pid in people.sensitive:
                for name in names:
                    name = name.strip()
                    self.by_first.setdefault(name.split()[0], set()).add(name)

    def __call__(self, text: str) -> str:
        if not text or not self.by_first:
            return text or ""
        found = {n for word in set(re.findall(r"\w+", text)) for n in self.by_first.get(word, ())}
        if not found:
            return text
        ordered = sorted(found, key=len, reverse=True)   # "Maya Chen" before "Maya"
        return re.sub(r"(?<!\w)(" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)", HIDDEN, text)


