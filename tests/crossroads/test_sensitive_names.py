"""People marked sensitive are not named on paper even inside someone else's words, nor in the answers template."""

from __future__ import annotations

from mentordesk.crossroads import evaluation, report, service
from mentordesk.models import Person


def test_the_report_hides_a_sensitive_persons_name_in_anothers_note(demo_db):
    """Daniel's tested advice reads "Did two so far: Priya and Naomi."; with both marked sensitive their advice
    was left out, but their names were still printed in his."""
    data = service.decision_data(service.latest_decision_id())
    assert "Did two so far: Priya and Naomi." in report.decision_html(data)
    Person.update(sensitive=True).where(Person.display_name.in_(["Priya Raman", "Naomi Fischer"])).execute()
    html = report.decision_html(data)
    assert "Priya" not in html and "Naomi" not in html
    assert "Did two so far: [name] and [name]." in html and "Daniel Okafor" in html   # the rest stays


def test_the_answers_template_names_no_sensitive_person(demo_db):
    Person.update(sensitive=True).where(Person.display_name == "Priya Raman").execute()
    priya = Person.get(Person.display_name == "Priya Raman").id
    data = evaluation.template_data()
    named = [c["name"] for c in data["_field_candidates"]] + [p["name"] for p in data["_people"]]
    assert "Priya Raman" not in named and "Naomi Fischer" in named
    assert priya in data["field_people"]["ux research"]        # still counted (by id) as working in the field
