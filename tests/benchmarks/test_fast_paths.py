"""The speed-motivated designs stay correct: cached sorted ids see every write, capped ranking finds names."""

from __future__ import annotations

import sqlite3

from mentordesk.services import listing, people, search


def _names(ids):
    rows = listing.list_rows("person", ids)
    return [rows[i][0] for i in ids]


def test_cached_list_sees_writes_from_this_connection(demo_db):
    before = listing.list_ids("person")
    assert _names(before) == sorted(_names(before), key=str.lower)
    person = people.create_person(display_name="Aaron Quillfeather")
    after = listing.list_ids("person")
    assert after[0] == person.id and len(after) == len(before) + 1
    assert listing.list_ids("person", "quillf") == [person.id]
    people.delete_person(person.id)
    assert person.id not in listing.list_ids("person")
    assert listing.list_ids("person", "quillf") == []


def test_cached_list_sees_writes_from_another_connection(demo_db, db_path):
    first = listing.list_ids("person")[0]
    other = sqlite3.connect(db_path)
    other.execute("UPDATE person SET display_name = 'Zz Last' WHERE id = ?", (first,))
    other.commit()
    other.close()
    assert listing.list_ids("person")[-1] == first


def test_filter_keeps_list_order_for_many_and_few_hits(demo_db):
    everyone = listing.list_ids("person", sort=0, descending=True)
    for text in ("a", "Chen", "ux"):
        hits = listing.list_ids("person", text, sort=0, descending=True)
        assert hits, text
        assert hits == [i for i in everyone if i in set(hits)], text
        if len(text) == 1:  # a lone letter: names starting with it (the NOCASE index, not FTS5)
            from mentordesk.models import Person

            starting = {p.id for p in Person.select() if p.display_name.lower().startswith(text)}
            assert set(hits) == starting, text
        else:
            assert set(hits) == set(search.matching_ids("person", text)), text


def test_unspecific_search_puts_name_matches_first(demo_db, monkeypatch):
    monkeypatch.setattr(search, "RANK_CAP", 1)  # force the unranked path on the small demo network
    ids = search.matching_ids("person", "ma", limit=5)
    assert ids
    first = listing.list_rows("person", ids[:1])[ids[0]][0].lower()
    assert any(word.startswith("ma") for word in first.split())


def test_long_notes_are_ranked_up_to_a_smaller_cap_then_summary_matches_come_first(demo_db, monkeypatch):
    from mentordesk.models import Meeting, database

    monkeypatch.setattr(search, "LONG_TEXT_RANK_CAP", 1)
    assert search.rank_cap("meeting") == search.rank_cap("advice") == 1
    assert search.rank_cap("person") == search.RANK_CAP
    words = [w.strip(".,:;!?").lower() for m in Meeting.select() for w in (m.summary or "").split()]
    word = max((w for w in words if len(w) >= 4), key=words.count)
    in_summary = [row[0] for row in database.execute_sql(
        "SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ? ORDER BY rowid DESC", [f'{{summary}} : ("{word}"*)'])]
    assert len(in_summary) >= 2, word
    assert search.matching_ids("meeting", word, limit=2) == in_summary[:2], "unranked: summary matches, newest first"
