"""The benchmark generators at a small size, so they cannot rot between benchmark runs (no timings)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import vobject

from mentordesk import db as dbmod
from mentordesk.services import listing, search

BENCH_DIR = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def generated(tmp_path):
    """A 300-person network written by the benchmark generator, opened and bound."""
    generate = _load("generate")
    path = tmp_path / "net.db"
    generate.generate(path, 300, quiet=True)
    db = dbmod.open_database(path)
    yield generate, db
    dbmod.close_database()


def test_generator_writes_the_promised_counts(generated):
    generate, db = generated
    expected = generate.sizes(300)
    counts = {
        "people": "person", "organizations": "organization", "meetings": "meeting",
        "advice": "advice_note", "asks": "ask",
    }
    for key, table in counts.items():
        (count,) = db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()
        assert count == expected[key], key
    (orphans,) = db.execute_sql(
        "SELECT COUNT(*) FROM meeting m WHERE NOT EXISTS "
        "(SELECT 1 FROM meeting_attendee a WHERE a.meeting_id = m.id)").fetchone()
    assert orphans == 0


def test_heavy_person_and_denormalized_fields(generated):
    generate, db = generated
    (heavy,) = db.execute_sql("SELECT COUNT(*) FROM meeting_attendee WHERE person_id = ?",
                              (generate.HEAVY_PERSON_ID,)).fetchone()
    assert heavy == generate.HEAVY_MEETINGS
    (stale,) = db.execute_sql(
        "SELECT COUNT(*) FROM person p WHERE p.last_met_on IS NOT (SELECT MAX(date(m.held_at)) "
        "FROM meeting m JOIN meeting_attendee a ON a.meeting_id = m.id WHERE a.person_id = p.id)").fetchone()
    assert stale == 0
    from mentordesk.services.cadence import out_of_step

    assert out_of_step() == 0, "every catch-up due day is stored, as the services keep it"
    (indexed,) = db.execute_sql("SELECT COUNT(*) FROM person_fts").fetchone()
    assert indexed == 300


def test_generated_text_is_searchable_through_the_app(generated):
    _, db = generated
    name = db.execute_sql("SELECT family_name FROM person WHERE id = 7").fetchone()[0]
    assert 7 in listing.list_ids("person", name)
    assert search.matching_ids("advice", "portfolio")


def test_vcard_file_parses_with_vobject(tmp_path):
    vcards = _load("vcards")
    path = vcards.write_vcards(tmp_path / "cards.vcf", 50)
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert len(cards) == 50
    assert all(c.fn.value and c.email.value for c in cards)
