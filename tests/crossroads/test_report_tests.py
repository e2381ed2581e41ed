"""The full decision report lists the assumptions and their tests, with results once recorded."""

from __future__ import annotations

import datetime as dt

from mentordesk.crossroads import assumption_service, report, service
from mentordesk.crossroads.assumptions import Assumption
from mentordesk.crossroads.demo import demo_answers
from mentordesk.models import Person

TODAY = dt.date.today()


def test_the_report_lists_tests_and_results_and_hides_a_sensitive_helper(demo_db):
    priya = Person.get(Person.display_name == "Priya Raman")
    test = Assumption("switch", "I would enjoy research work", "Shadow a research day", priya.id, priya.display_name,
                      "half a day", (TODAY + dt.timedelta(days=10)).isoformat(), "Commit if I want a second day", "ask")
    decision = assumption_service.save_decision_with_tests(demo_answers(TODAY), "switch", [], TODAY + dt.timedelta(days=30),
                                                           assumptions=[test], today=TODAY)
    html = report.decision_html(service.decision_data(decision.id))
    assert "I would enjoy research work" in html and "Shadow a research day" in html and "ask with Priya Raman" in html
    (row,) = assumption_service.tests_of(decision.id)
    assumption_service.record_results([(row["id"], "holds", "Loved the synthesis part")], TODAY)
    html = report.decision_html(service.decision_data(decision.id))
    assert "Result: Held: commit" in html and "Loved the synthesis part" in html
    Person.update(sensitive=True).where(Person.id == priya.id).execute()
    html = report.decision_html(service.decision_data(decision.id))
    assert "Shadow a research day" in html and "Priya Raman" not in html
