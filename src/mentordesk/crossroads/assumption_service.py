"""Saving a decision with its assumption tests (as asks or meetings), and the gate that asks for their results."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads import service
from mentordesk.crossroads.answers import ALL_OPTIONS, OPTION_LETTERS, Answers, option_name
from mentordesk.crossroads.assumption_model import AssumptionTest
from mentordesk.crossroads.assumptions import AS_KINDS, RESULT_STANCE, RESULTS, Assumption, filled, latest_test_date, problems
from mentordesk.crossroads.models import Decision, DecisionAsk
from mentordesk.models import Ask
from mentordesk.services import advice as advice_svc, asks as asks_svc, meetings as meetings_svc
from mentordesk.services.core import ValidationError, changed, transactional
from mentordesk.texts import T_, date_text, word

KIND = "assumption_test"   # the change announced when tests or their results change
MEETING_HOUR = dt.time(12, 0)


def _details(a: Assumption | AssumptionTest, when: str) -> str:
    return T_("From your Crossroads decision of {when}. Testing for {option}: {need}. Cost: {cost}. Stop or commit: "
              "{criterion}.", when=when, option=option_name(a.option) if a.option in ALL_OPTIONS else a.option,
              need=a.need, cost=a.cost, criterion=a.criterion)


def _create_test(decision: Decision, a: Assumption, position: int) -> AssumptionTest:
    """One assumption as an ask (linked to the decision like its plan) or a meeting on the test date."""
    day = dt.date.fromisoformat(a.test_on)
    when = decision.created_at.date().isoformat()
    ask = meeting = None
    if a.as_kind == "meeting":
        meeting = meetings_svc.log_meeting(held_at=dt.datetime.combine(day, MEETING_HOUR), kind="coffee",
                                           summary=T_("Test: {test}", test=a.test), notes=_details(a, when),
                                           attendee_ids=[a.person_id])
    else:
        ask = asks_svc.create_ask(person_id=a.person_id, kind="other", purpose=T_("Test: {test}", test=a.test), status="idea",
                                  direction="to", due_on=day, notes=_details(a, when))
        DecisionAsk.create(decision=decision, ask=ask)
    return AssumptionTest.create(
        decision=decision, option=a.option, position=position, need=a.need.strip(), test=a.test.strip(),
        person=a.person_id, person_name=a.person, cost=a.cost.strip(), test_on=day, criterion=a.criterion.strip(),
        as_kind=a.as_kind, ask=ask, meeting=meeting)


def check(assumptions: list[Assumption], revisit_on: dt.date | None, today: dt.date) -> None:
    """Refuse assumptions with something missing, and a gate (revisit date) before the last test."""
    found = problems(assumptions, today)
    if found:
        raise ValidationError("assumptions", "; ".join(found))
    last = latest_test_date(assumptions)
    if revisit_on is not None and last is not None and revisit_on < last:
        raise ValidationError("revisit_on", T_("the revisit date comes before the last test ({day}): revisit after the "
                                               "tests, so their results can decide", day=date_text(last, last.isoformat())))


@transactional
def save_decision_with_tests(answers: Answers, chosen: str, asks, revisit_on: dt.date | None,
                             assumptions: list[Assumption] = (), note: str = "", suggested=None,
                             today: dt.date | None = None, net=None) -> Decision:
    """The wizard's Finish: the decision, its ticked asks, and each assumption's test, in one transaction."""
    today = today or dt.date.today()
    check(list(assumptions), revisit_on, today)
    decision = service.save_decision(answers, chosen, asks, revisit_on, note=note, suggested=suggested, today=today,
                                     net=net)
    positions: dict[str, int] = {}
    created = []
    for a in filled(list(assumptions)):
        positions[a.option] = positions.get(a.option, 0) + 1
        created.append(_create_test(decision, a, positions[a.option]).id)
    if created:
        changed(KIND, created)
    return decision


@transactional
def undo_decision_with_tests(decision_id: int) -> None:
    """Take back a just-saved decision: its tests' meetings, then the decision with its asks."""
    meetings = [m for (m,) in AssumptionTest.select(AssumptionTest.meeting)
                .where(AssumptionTest.decision == decision_id, AssumptionTest.meeting.is_null(False)).tuples()]
    for meeting_id in meetings:
        meetings_svc.delete_meeting(meeting_id)
    service.undo_decision(decision_id)


def test_data(t: AssumptionTest) -> dict:
    """A test as plain values (for the gate, the reports and the command line)."""
    return {
        "id": t.id, "decision_id": t.decision_id, "option": t.option, "position": t.position, "need": t.need,
        "test": t.test, "person_id": t.person_id, "person": t.person.display_name if t.person_id else t.person_name,
        "cost": t.cost, "test_on": t.test_on.isoformat() if isinstance(t.test_on, dt.date) else "",
        "criterion": t.criterion, "as_kind": t.as_kind, "ask_id": t.ask_id, "meeting_id": t.meeting_id,
        "result": t.result, "result_note": t.result_note,
        "result_on": t.result_on.isoformat() if isinstance(t.result_on, dt.date) else None,
        "advice_id": t.advice_id,
    }


def tests_of(decision_id: int) -> list[dict]:
    """A decision's tests, by option and position."""
    order = {o: i for i, o in enumerate(ALL_OPTIONS)}
    rows = AssumptionTest.select().where(AssumptionTest.decision == decision_id)
    return sorted((test_data(t) for t in rows), key=lambda t: (order.get(t["option"], 9), t["position"]))


def pending(today: dt.date | None = None) -> list[dict]:
    """The gate: tests without a result whose decision's revisit date has come, oldest decision first."""
    today = today or dt.date.today()
    due = {d.id: d for d in Decision.select(Decision.id, Decision.chosen_label, Decision.revisit_on)  # not the JSON
           .where(Decision.revisit_on.is_null(False), Decision.revisit_on <= today)}
    if not due:
        return []
    rows = (AssumptionTest.select().where(AssumptionTest.result == "", AssumptionTest.decision.in_(list(due)))
            .order_by(AssumptionTest.option, AssumptionTest.position))
    out = []
    for t in rows:
        data = test_data(t)
        data["decision_label"] = due[t.decision_id].chosen_label
        data["revisit_on"] = due[t.decision_id].revisit_on.isoformat()
        out.append(data)
    return sorted(out, key=lambda t: t["revisit_on"])


@transactional
def record_results(results: list[tuple[int, str, str]], today: dt.date | None = None) -> list[dict]:
    """Record (test id, result, what happened) for each test; each becomes tested evidence and closes its ask.

    The evidence is an advice note by the test's person on the option's path, acted on, with the outcome:
    held counts for the option, failed against it. Returns what undo_results needs to take it back.
    """
    today = today or dt.date.today()
    undo = []
    for test_id, result, note in results:
        if not result:
            continue
        if result not in RESULTS:
            raise ValidationError("result", f"a test result is one of {', '.join(RESULTS)}, not {result!r}")
        t = AssumptionTest.get_or_none(AssumptionTest.id == test_id)
        if t is None:
            raise ValidationError("result", f"there is no assumption test {test_id}")
        before = {"id": t.id, "ask_status": t.ask.status if t.ask_id else None, "advice_id": None}
        outcome = note.strip() or RESULTS[result]
        if t.person_id:
            advice = advice_svc.create_advice(
                person_id=t.person_id, path=t.option, stance=RESULT_STANCE[result], given_on=today,
                advice=T_("Tested \u201c{need}\u201d: {test}", need=t.need, test=t.test), acted_on=True, outcome=outcome,
                meeting_id=t.meeting_id)
            t.advice = advice
            before["advice_id"] = advice.id
        if t.ask_id and t.ask.status not in ("done", "declined"):
            asks_svc.update_ask(t.ask_id, status="done")
        t.result, t.result_note, t.result_on = result, note.strip(), today
        t.save()
        undo.append(before)
    if undo:
        changed(KIND, [u["id"] for u in undo])
    return undo


@transactional
def undo_results(undo: list[dict]) -> None:
    """Take back record_results: the advice it wrote, the asks' status and the results."""
    for before in undo:
        t = AssumptionTest.get_by_id(before["id"])
        if before["advice_id"]:
            t.advice = None
            t.save()
            advice_svc.delete_advice(before["advice_id"])
        if before["ask_status"] and t.ask_id and Ask.get_by_id(t.ask_id).status != before["ask_status"]:
            asks_svc.update_ask(t.ask_id, status=before["ask_status"])
        t.result, t.result_note, t.result_on = "", "", None
        t.save()
    changed(KIND, [u["id"] for u in undo])


def describe(t: dict) -> str:
    """"B. I would enjoy UX research — test: shadow a day (Priya Raman, by 1 Apr 2026, ask)"."""
    try:
        day = dt.date.fromisoformat(t["test_on"])
        when = date_text(day, f"{day.day} {day.strftime('%b %Y')}")
    except (TypeError, ValueError):
        when = t["test_on"] or T_("no date")
    english = AS_KINDS.get(t["as_kind"], t["as_kind"])
    kind = word(english, "")
    return T_("{letter}. {need} \u2014 test: {test} ({who}, by {day}, {kind})", letter=OPTION_LETTERS.get(t["option"], "?"),
              need=t["need"], test=t["test"], who=t["person"] or T_("nobody named"), day=when,
              kind=kind.lower() if kind == english else kind)
