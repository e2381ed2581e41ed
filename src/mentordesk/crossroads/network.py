"""Reading the network for Crossroads: advice notes with their authors and meetings, and who knows what."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.engine import NetworkFacts
from mentordesk.crossroads.evidence import Advisor, Evidence, Note, TargetField, went_to_school, weigh, works_in
from mentordesk.crossroads.matching import same_field
from mentordesk.crossroads.network_read import PATHS_WEIGHED, advice_notes, advisors, meeting_label  # noqa: F401 - read here
from mentordesk.crossroads.situation import call_first


class PeopleIndex:
    """The network's people arranged once for the questions every analysis asks, which a wizard asks again on every
    tick: by trust, by organization, who studied again, and who matches each switch target (per target, once)."""

    def __init__(self, people: dict[int, Advisor]):
        self.people = people
        self.by_trust = sorted(people.values(), key=lambda a: (-a.trust, a.name))
        self.rank = {a.person_id: place for place, a in enumerate(self.by_trust)}
        # Whom to call first (situation.call_first): trust, then knowing your situation, then name.
        self.to_call = sorted(people.values(), key=lambda a: (-a.trust, not a.knows_situation, a.name))
        self.by_org: dict[str, list[Advisor]] = {}
        for a in self.by_trust:
            self.by_org.setdefault(_key(a.organization), []).append(a)
        self.studied = {a.person_id for a in self.by_trust if went_to_school(a)}
        self._matched: dict[str | tuple[str, str], frozenset[int]] = {}

    def names(self, ids) -> list[str]:
        """The names of these people, most trusted first."""
        return [self.people[i].name for i in sorted(ids, key=self.rank.__getitem__)]

    def matched(self, target: str) -> frozenset[int]:
        """Who works in the target by whole-word matching (their field, title or a tag)."""
        if target not in self._matched:
            self._matched[target] = frozenset(a.person_id for a in self.by_trust if works_in(a, target))
        return self._matched[target]

    def near(self, target: str) -> frozenset[int]:
        """Who shares a word with the target in their field, title or a tag (near misses to confirm or not)."""
        key = ("near", target)
        if key not in self._matched:
            self._matched[key] = frozenset(a.person_id for a in self.by_trust
                                           if any(same_field(target, t) for t in (a.org_field, a.title, *a.tags) if t))
        return self._matched[key]

    def field(self, answers: Answers) -> TargetField:
        return TargetField(answers, self.matched(answers.choices.switch_target))

    def at(self, organization: str) -> list[Advisor]:
        """The people at this organization, most trusted first ("" names nobody)."""
        key = _key(organization)
        return self.by_org.get(key, []) if key else []

    def facts(self, answers: Answers) -> NetworkFacts:
        """Who works in the target field or organization, studied again, or works where you do."""
        choices, situation = answers.choices, answers.situation
        field = self.field(answers)
        studied = self.studied | {a.person_id for a in self.at(choices.school_institution)}
        return NetworkFacts(
            in_target_field=self.names(field.among(self.people)),
            at_target_org=[a.name for a in self.at(choices.switch_organization)],
            school_experienced=self.names(studied),
            at_current_org=[a.name for a in self.at(situation.current_organization)],
            call_first=call_first(self.people, answers, ranked=self.to_call, field=field),
        )


class Network:
    """The people and advice Crossroads weighs, read from the database once.

    A wizard session keeps one and analyses it again on every tick without reading the database; a note is
    weighed again only when what its weight depends on changed (the target, who counts as in it, your
    organization, the school, the day). read() again after a write (the gate's test results).
    """

    def __init__(self, people: dict[int, Advisor], notes: list[Note]):
        self.people, self.notes = people, [n for n in notes if n.person_id in people]
        self.index = PeopleIndex(people)
        self.switch_notes: dict[int, list[int]] = {}   # person -> positions of their switch notes in `notes`
        for position, note in enumerate(self.notes):
            if note.path == "switch":
                self.switch_notes.setdefault(note.person_id, []).append(position)
        self.switch_authors = {i: people[i] for i in self.switch_notes}
        self._last: tuple[tuple, frozenset[int], list[Evidence]] | None = None

    def weighed(self, answers: Answers, today: dt.date) -> list[Evidence]:
        """Every note weighed for these answers. When only who counts as in the target field changed (the evidence
        page's ticks), only the switch notes of the people who changed are weighed again."""
        field = self.index.field(answers)
        common = (today, answers.situation.current_organization, answers.choices.school_institution,
                  answers.choices.switch_target)
        in_field = field.among(self.switch_authors)
        if self._last is not None and self._last[0] == common:
            found = list(self._last[2])
            for person_id in in_field ^ self._last[1]:
                advisor = self.people[person_id]
                for position in self.switch_notes[person_id]:
                    found[position] = weigh(self.notes[position], advisor, answers, today, field)
        else:
            found = [weigh(n, self.people[n.person_id], answers, today, field) for n in self.notes]
        self._last = (common, in_field, found)
        return list(found)

    def facts(self, answers: Answers) -> NetworkFacts:
        return self.index.facts(answers)


def _key(organization: str) -> str:
    return (organization or "").strip().lower()


def read() -> Network:
    """Everyone and every advice note about the three paths, in a handful of queries."""
    return Network(advisors(), advice_notes())


def weighed_evidence(answers: Answers, today: dt.date | None = None, net: Network | None = None) -> list[Evidence]:
    """Every relevant advice note, weighed for these answers (excluded ones included; the engine skips them)."""
    today = today or dt.date.today()
    if net is None:
        notes = advice_notes()
        net = Network(advisors({n.person_id for n in notes}), notes)
    return net.weighed(answers, today)


def facts(answers: Answers, people: dict[int, Advisor] | None = None) -> NetworkFacts:
    """Who in the network works in the target field or organization, studied again, or works where you do."""
    return PeopleIndex(people if people is not None else advisors()).facts(answers)


def field_candidates(answers: Answers, people: dict[int, Advisor] | PeopleIndex | None = None) -> list[dict]:
    """People who may work in the switch target, for the user to confirm (Answers.field_people).

    Each: person_id, name, title, organization, `matched` (whole-word matching says so) and `counted` (what the
    engine uses: the user's confirmed list when there is one, else `matched`). Near misses that share a word
    with the target ("Clinical Research Nurse" for "UX research") are listed unmatched, to tick if they count.
    """
    target = answers.choices.switch_target
    if not target:
        return []
    index = people if isinstance(people, PeopleIndex) else PeopleIndex(people if people is not None else advisors())
    field, found, matching, near = index.field(answers), [], index.matched(target), index.near(target)
    for a in index.by_trust:
        matched = a.person_id in matching
        counted = a in field
        if matched or counted or a.person_id in near:
            found.append({"person_id": a.person_id, "name": a.name, "title": a.title, "organization": a.organization,
                          "matched": matched, "counted": counted})
    return found


