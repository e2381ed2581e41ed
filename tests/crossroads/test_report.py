"""The decision report: HTML content, the PDF written by Qt, and the `mentordesk report` command."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from mentordesk import cli
from mentordesk.crossroads import report, service


def pdf_text(path) -> str:
    """The PDF's text with ligatures undone and whitespace collapsed."""
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_html_report_has_recommendation_scores_evidence_and_plan(demo_db):
    data = service.decision_data(service.latest_decision_id())
    html = report.decision_html(data)
    assert "Recommendation: <b>Switch fields: UX research</b>" in html
    assert "Weighted score (of 5)" in html and f"{data['result']['options']['switch']['total']:.2f}" in html
    assert "Priya Raman</b>" in html and "I made the same move" in html
    assert "conflict of interest" in html and "Tom Becker" in html
    assert "Review my resume for UX research roles" in html


def test_compare_html_highlights_what_differs(demo_db):
    first = service.decision_data(service.latest_decision_id())
    answers = service.latest_answers()
    answers.importance["network"] = 0
    second = service.decision_data(service.save_decision(answers, "improve", [], None).id)
    html = report.compare_html(first, second)
    assert "Switch fields: UX research" in html and "Improve in place" in html
    assert "background-color:#fff4d6" in html


def test_pdf_export_contains_the_chosen_option_and_an_advisor(demo_db, tmp_path, qapp):
    from mentordesk.ui.crossroads.report_pdf import write_pdf

    out = tmp_path / "decision.pdf"
    write_pdf(report.decision_html(service.decision_data(service.latest_decision_id())), out)
    text = pdf_text(out)
    assert "Switch fields: UX research" in text
    assert "Maya Chen" in text and "Priya Raman" in text
    assert len(PdfReader(str(out)).pages) <= 2


def test_report_command_writes_pdf_and_html(demo_db, db_path, tmp_path, capsys, qapp):
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    assert cli.main(["report", "--db", str(db_path), "-o", str(pdf)]) == 0
    assert "Switch fields: UX research" in pdf_text(pdf)
    assert cli.main(["report", "--db", str(db_path), "-o", str(html)]) == 0
    assert "Priya Raman" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, message", [("r.txt", "must end in .pdf or .html"), ("missing/r.pdf", "does not exist")])
def test_report_command_bad_output_is_one_line(database, db_path, tmp_path, capsys, name, message):
    assert cli.main(["report", "--db", str(db_path), "-o", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_report_command_without_a_decision_says_so(database, db_path, tmp_path, capsys):
    assert cli.main(["report", "--db", str(db_path), "-o", str(tmp_path / "r.pdf")]) == 1
    assert "no decision yet" in capsys.readouterr().err


def test_the_report_leaves_out_the_advice_of_people_marked_sensitive(demo_db):
    """The planner and the calendar export already did; the report printed their name and advice (#20, defect 8)."""
    from mentordesk.models import Person

    data = service.decision_data(service.latest_decision_id())
    assert "Priya Raman</b>" in report.decision_html(data)
    Person.update(sensitive=True).where(Person.display_name == "Priya Raman").execute()
    html = report.decision_html(data)
    assert "Priya Raman</b>" not in html and "I made the same move" not in html
