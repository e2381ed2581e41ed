"""The share version for a mentor: no sensitive person, no weights, anonymous quotes on request, three questions first."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from pypdf import PdfReader

from mentordesk import cli
from mentordesk.crossroads import assumption_service, service, share
from mentordesk.crossroads.assumptions import Assumption
from mentordesk.models import Person

TODAY = dt.date.today()


def person(name: str) -> Person:
    return Person.get(Person.display_name == name)


def decision_with_tests() -> int:
    """The demo answers decided again, with a test helped by Priya and one by Maya."""
    from mentordesk.crossroads.demo import demo_answers

    answers = demo_answers(TODAY)
    analysis = service.analyse(answers, TODAY)
    plan = analysis.plan("switch", TODAY)
    priya, maya = person("Priya Raman"), person("Maya Chen")
    tests = [Assumption("switch", "I would enjoy UX research day to day", "Shadow Priya Raman for half a day", priya.id,
                        priya.display_name, "half a day", (TODAY + dt.timedelta(days=20)).isoformat(),
                        "Commit if I want a second day", "meeting"),
             Assumption("improve", "Tom puts a promotion date in writing", "Ask Maya how to make the case", maya.id,
                        maya.display_name, "one hour", (TODAY + dt.timedelta(days=45)).isoformat(),
                        "Stop if there is no date by spring", "ask")]
    decision = assumption_service.save_decision_with_tests(answers, "switch", [i for i in plan if i.checked],
                                                           TODAY + dt.timedelta(days=75), assumptions=tests, today=TODAY)
    return decision.id


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", html, flags=re.S))


def test_the_share_version_names_no_sensitive_person(demo_db):
    decision = decision_with_tests()
    data, tests = service.decision_data(decision), assumption_service.tests_of(decision)
    before = share.share_html(data, tests, share.find_person("Maya Chen"))
    assert "Priya Raman" in before                                    # before she is marked sensitive
    Person.update(sensitive=True).where(Person.display_name == "Priya Raman").execute()
    html = share.share_html(data, tests, share.find_person("Maya Chen"))
    assert "Priya" not in html and "Raman" not in html              # not in her test, her ask, her quotes, nor in text
    assert "Shadow [name] for half a day" in html and share.SOMEONE in html
    zoe = person("Zoe Anderson")                                      # marked sensitive in the demo
    assert zoe.sensitive and "Zoe" not in html and "Anderson" not in html
    try:
        share.share_html(data, tests, (zoe.id, zoe.display_name))
    except Exception as exc:                                          # not even as the reader
        assert "sensitive" in str(exc)
    else:
        raise AssertionError("a share version for a sensitive person was written")


def test_the_share_version_drops_the_weights_and_asks_three_questions_first(demo_db):
    decision = decision_with_tests()
    data, tests = service.decision_data(decision), assumption_service.tests_of(decision)
    html = share.share_html(data, tests, share.find_person("Priya Raman"))
    text = text_of(html)
    assert "weight" not in text.lower() and "%" not in text and "of 10" not in text
    assert not re.search(r"\b\d\.\d\d\b", text)                         # no scores, no advice weights
    first_page = html.split("page-break-before")[0]
    assert "What I\u2019d like from you" in first_page and first_page.count("<li>") == 3
    assert "Would you help me test whether i would enjoy UX research" in first_page.replace("I would", "i would")
    assert "Shadow Priya Raman" in html and "Commit if I want a second day" in html   # the tests and their criteria
    assert "Days 1\u201330" in text and "Days 31\u201360" in text and "The gate" in text
    assert "Plan B." in text and "Improve in place" in text.split("Plan B.")[1][:80]
    assert "Plan Z" in text and "5 months" in text


def test_anonymise_hides_names_in_quotes_and_who_said_them(demo_db):
    decision = decision_with_tests()
    data, tests = service.decision_data(decision), assumption_service.tests_of(decision)
    plain = share.share_html(data, tests, None)
    quotes = plain.split("What people told me")[1]
    assert "Tom to notice" in quotes or "ask Tom" in quotes             # Maya and Daniel name Tom in their advice
    assert "Daniel Okafor" in quotes
    hidden = share.share_html(data, tests, None, anonymise=True).split("What people told me")[1]
    assert "Tom" not in hidden and "[name]" in hidden
    for name in ("Daniel Okafor", "Maya Chen", "Priya Raman", "Hannah Schmidt"):
        assert name not in hidden
    assert "a career coach" in hidden or "a mentor" in hidden


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_report_command_writes_the_share_version(demo_db, db_path, tmp_path, capsys, qapp):
    decision = decision_with_tests()
    html, pdf = tmp_path / "share.html", tmp_path / "share.pdf"
    assert cli.main(["report", "--db", str(db_path), "-o", str(html), "--share", "--anonymise", "--for", "Maya"]) == 0
    written = html.read_text(encoding="utf-8")
    assert "For Maya Chen" in written and "[name]" in written and "weight" not in text_of(written).lower()
    assert cli.main(["report", "--db", str(db_path), "-o", str(pdf), "--share", "--decision", str(decision)]) == 0
    assert "What I\u2019d like from you" in pdf_text(pdf) or "What I'd like from you" in pdf_text(pdf)
    assert cli.main(["report", "--db", str(db_path), "-o", str(html), "--share", "--for", "Zoe Anderson"]) != 0
    assert "sensitive" in capsys.readouterr().err
    assert cli.main(["report", "--db", str(db_path), "-o", str(html), "--share", "--for", "a"]) != 0
    assert "several people" in capsys.readouterr().err
    assert cli.main(["report", "--db", str(db_path), "-o", str(html), "--anonymise"]) == 2
    assert "go with --share" in capsys.readouterr().err
