"""Undo in the core, without Qt: each edit applies once, undoes and redoes, and reports what it changed."""

from __future__ import annotations

from mentordesk.models import AdviceNote, Ask, Meeting, MeetingAttendee, Person
from mentordesk.services import search
from mentordesk.services.edits import Create, Custom, Delete, History, Update


def test_create_undo_redo_puts_the_very_same_row_back(database):
    history = History()
    person_id = history.run(Create("person", {"display_name": "Ines Ortega", "notes": "met at PyCon"}))
    edit = history.done[-1]
    assert (edit.verb, edit.kind, edit.name) == ("New", "person", "Ines Ortega")
    assert edit.report.changed == {"person": {person_id}}
    assert [h.id for h in search.search("Ortega")] == [person_id]

    history.undo()
    assert Person.get_or_none(Person.id == person_id) is None
    assert search.search("Ortega") == [], "the search index follows the undo"
    history.redo()
    assert Person.get_by_id(person_id).notes == "met at PyCon"
    assert [h.id for h in search.search("Ortega")] == [person_id]


def test_update_undo_writes_back_the_earlier_values(demo_db):
    maya = Person.get(Person.display_name == "Maya Chen")
    history = History()
    history.run(Update("person", maya.id, {"display_name": "Maya Chen-Park", "trust": 2}))
    assert history.done[-1].report.kinds >= {"person", "meeting"}, "a rename reports the meetings showing it"
    history.undo()
    restored = Person.get_by_id(maya.id)
    assert (restored.display_name, restored.trust) == ("Maya Chen", maya.trust)
    assert search.search("Chen-Park") == []


def test_delete_undo_restores_the_person_with_their_history(demo_db):
    maya = Person.get(Person.display_name == "Maya Chen")
    counts = (AdviceNote.select().where(AdviceNote.person == maya.id).count(),
              Ask.select().where(Ask.person == maya.id).count(),
              MeetingAttendee.select().where(MeetingAttendee.person == maya.id).count())
    meetings = Meeting.select().count()
    history = History()
    history.run(Delete("person", maya.id))
    assert Person.get_or_none(Person.id == maya.id) is None
    history.undo()
    assert Person.get_by_id(maya.id).display_name == "Maya Chen"
    assert (AdviceNote.select().where(AdviceNote.person == maya.id).count(),
            Ask.select().where(Ask.person == maya.id).count(),
            MeetingAttendee.select().where(MeetingAttendee.person == maya.id).count()) == counts
    assert Meeting.select().count() == meetings


def test_an_ask_has_a_field_called_kind_and_that_is_fine(demo_db):
    maya = Person.get(Person.display_name == "Maya Chen")
    history = History()
    ask_id = history.run(Create("ask", {"person_id": maya.id, "kind": "referral", "purpose": "Intro"}))
    history.run(Update("ask", ask_id, {"kind": "letter"}))
    history.undo()
    assert Ask.get_by_id(ask_id).kind == "referral"


def test_a_custom_edit_undoes_with_its_result(database):
    made: list[int] = []
    history = History()
    history.run(Custom("Two things", do=lambda: made.append(len(made)) or len(made), undo=lambda n: made.pop()))
    assert made == [0]
    history.undo()
    assert made == []
    history.redo()
    assert made == [0]


def test_the_core_edits_need_no_qt():
    import subprocess
    import sys

    code = "import sys, mentordesk.services.edits; assert not any(m.startswith('PySide6') for m in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_writing_services_return_a_typed_report_made_inside_their_transaction(demo_db):
    """create/update/delete report what they created, changed and deleted, and what an undo needs."""
    from mentordesk import changes
    from mentordesk.services import records

    seen_inside = []
    hook = lambda entries: seen_inside.append(sorted(k for k, _ in entries))  # noqa: E731
    changes.before_commit(hook)
    try:
        created = records.create_record("person", {"display_name": "Ines Ortega"})
    finally:
        changes._before_commit.remove(hook)
    assert created.report.created == {"person": {created.value}} and created.report.deleted == {}
    assert seen_inside and "person" in seen_inside[-1], "the change is known before the commit"

    updated = records.update_record("person", created.value, {"display_name": "Ines Ortega-Ruiz", "trust": 4})
    old = updated.report.before[("person", created.value)]
    assert old["display_name"] == "Ines Ortega" and "trust" in old
    assert updated.report.changed["person"] == {created.value} and not updated.report.created

    maya = Person.get(Person.display_name == "Maya Chen")
    deleted = records.delete_record("person", maya.id)
    assert deleted.report.deleted == {"person": {maya.id}}
    snapshot = deleted.report.before[("person", maya.id)]
    from mentordesk.services import snapshots

    snapshots.restore(snapshot)  # the report alone is enough to undo the delete
    assert Person.get_by_id(maya.id).display_name == "Maya Chen"


def test_a_nested_service_reports_its_own_changes_and_the_outer_edit_sees_them(demo_db):
    from mentordesk.changes import recording
    from mentordesk.services import records

    with recording() as outer:
        inner = records.create_record("organization", {"name": "Lakeview Labs"})
    assert inner.report.created == {"organization": {inner.value}}
    assert outer.created == {"organization": {inner.value}}, "the edit's report sees what its service created"


def test_undo_of_an_update_uses_the_values_from_the_first_apply_not_the_redo(demo_db):
    maya = Person.get(Person.display_name == "Maya Chen")
    history = History()
    history.run(Update("person", maya.id, {"display_name": "Maya C."}))
    history.undo()
    history.redo()
    history.undo()
    assert Person.get_by_id(maya.id).display_name == "Maya Chen"


def test_undoing_a_meeting_delete_after_another_meetings_attendees_changed(demo_db):
    """Deleting a meeting frees its attendee row ids; a later edit reuses them; undoing both must still work."""
    from mentordesk.models import MeetingAttendee
    from mentordesk.services import meetings

    newest = max(MeetingAttendee.select(), key=lambda row: row.id).meeting_id
    attendees_before = meetings.attendee_ids(newest)
    other = Meeting.select().where(Meeting.id != newest).order_by(Meeting.id).first()
    other_before = meetings.attendee_ids(other.id)
    people = [p.id for p in Person.select().order_by(Person.id).limit(3)]
    history = History()
    history.run(Delete("meeting", newest))
    history.run(Update("meeting", other.id, {"attendee_ids": people}))
    history.undo()
    history.undo()  # failed with "UNIQUE constraint failed: meeting_attendee.id"
    assert Meeting.get_by_id(newest) and meetings.attendee_ids(newest) == attendees_before
    assert meetings.attendee_ids(other.id) == other_before
