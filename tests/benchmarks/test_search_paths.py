"""The faster search keystrokes (#21) find what the slower ones found."""

from __future__ import annotations

import datetime as dt

from mentordesk.services import meetings, people, search


def test_a_word_and_an_initial_lists_name_matches_before_other_matches(database):
    from mentordesk.services import organizations

    organizations.create_organization(name="Hollow University")
    at_hollow = people.create_person(display_name="Uma Patel", organization="Hollow University").id
    named = people.create_person(display_name="Ursula Hollowell").id
    people.create_person(display_name="Hal Hollow")  # no word of the name starts with U
    people.create_person(display_name="Una Brook")  # the initial, but not the word
    assert search.matching_ids("person", "Hollow U", 5) == [named, at_hollow], \
        "the name holding the word first, then the organization's"
    assert search.matching_ids("person", "Hollow U", 1) == [named]


def test_a_word_and_an_initial_stops_reading_names_once_enough_match(database, monkeypatch):
    for i in range(60):
        people.create_person(display_name=f"Naomi Jansen{i}")
    read = []
    real = search.fold
    monkeypatch.setattr(search, "fold", lambda text: read.append(text) or real(text))
    assert len(search.matching_ids("person", "Naomi J", 5)) == 5
    assert len(read) < 20, "names are read only until five match"


def test_names_fold_like_the_tokenizer_with_or_without_accents():
    for name in ("Ana Costa", "ÉLODIE Chen", "Çelik", "straße", "", None):
        slow = "".join(c for c in __import__("unicodedata").normalize("NFKD", name or "")
                       if not __import__("unicodedata").combining(c)).casefold()
        assert search.fold(name) == slow


def test_an_unspecific_two_letter_search_in_meeting_notes_lists_the_newest(database, monkeypatch):
    ana = people.create_person(display_name="Ana Ruiz").id
    ids = [meetings.log_meeting(held_at=dt.datetime(2025, 1, 1 + i, 10), kind="call", attendee_ids=[ana],
                                summary=f"Call {i}", notes=f"mentoring session {i}").id for i in range(8)]
    monkeypatch.setattr(search, "LONG_TEXT_RANK_CAP", 3)  # the unranked path on a small network
    assert search.matching_ids("meeting", "me", 4) == sorted(ids, reverse=True)[:4]
    assert search.matching_ids("meeting", "ment", 4) == sorted(ids, reverse=True)[:4]
