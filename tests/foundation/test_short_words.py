"""One-letter words in search and list filters: name initials for people, no scan of the whole FTS index."""

from __future__ import annotations

from mentordesk.services import listing, people, search


def _people(*names):
    return {name: people.create_person(display_name=name).id for name in names}


def test_one_letter_people_filter_means_names_starting_with_it(database):
    ids = _people("Marta Cruz", "carl Olsen", "Ana Costa", "Élodie Chen")
    assert set(listing.list_ids("person", "c")) == {ids["carl Olsen"]}
    assert set(listing.list_ids("person", "M")) == {ids["Marta Cruz"]}
    assert listing.list_ids("person", "c") == listing.list_ids("person", "C")
    assert set(listing.list_ids("person", "co")) == {ids["Ana Costa"]}, "from two letters on, FTS5 as before"


def test_one_letter_filter_keeps_the_extra_condition_and_sort(database):
    ids = _people("Cara Zed", "Cleo Abel", "Dan Ode")
    people.update_person(ids["Cleo Abel"], sensitive=True)
    assert listing.list_ids("person", "c", where="t.sensitive = 0") == [ids["Cara Zed"]]
    assert listing.list_ids("person", "c", sort=0, descending=True) == [ids["Cleo Abel"], ids["Cara Zed"]]


def test_search_with_a_trailing_letter_narrows_people_by_initial(database):
    ids = _people("Marta Cruz", "Marta Lind", "Marta Çelik")
    found = [h.id for h in search.search("Marta C") if h.kind == "person"]
    assert set(found) == {ids["Marta Cruz"], ids["Marta Çelik"]}, "accents fold like the FTS tokenizer"
    assert [h.id for h in search.search("marta l") if h.kind == "person"] == [ids["Marta Lind"]]
    lone = [h.id for h in search.search("L") if h.kind == "person"]
    assert lone == [], "a lone letter matches names that start with it"
    assert [h.id for h in search.search("m") if h.kind == "person"] == [ids["Marta Cruz"], ids["Marta Lind"],
                                                                        ids["Marta Çelik"]], "in name order"


def test_one_letter_words_are_left_out_for_other_kinds(database):
    from mentordesk.services import organizations

    organizations.create_organization(name="Oakridge Labs")
    assert [h.kind for h in search.search("Oakridge S")] == ["organization"]
    assert listing.list_ids("organization", "x") == listing.list_ids("organization", ""), "lists narrow from two letters"


def test_initials_are_found_past_the_first_batch_of_best_matches(database):
    """Matches are read best-first in batches; people matching the initial late in the ranking still show."""
    for i in range(120):
        people.create_person(display_name=f"Alex Anders{i}")
    late = {people.create_person(display_name=f"Alex Tiberius Quintus Maximus Varro{i}").id for i in range(3)}
    ranked = search.matching_ids("person", "Alex", 500)
    assert ranked.index(min(late)) > 100, "the long names rank last"
    assert set(search.matching_ids("person", "Alex T", 5)) == late
    assert len(search.matching_ids("person", "Alex A", 5)) == 5
