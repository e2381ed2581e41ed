"""A quick generator of large networks for UI speed checks (bulk insert_many, one transaction)."""

from __future__ import annotations

import random

from mentordesk.models import Organization, Person, database
from mentordesk.services import search

GIVEN = ["Maya", "Daniel", "Priya", "Tom", "Elena", "Marcus", "Sofia", "Kenji", "Hannah", "Omar", "Grace",
         "Rafael", "Aisha", "Lukas", "Naomi", "Chris", "Ines", "Ben", "Yara", "Samuel", "Laura", "Victor"]
FAMILY = ["Chen", "Okafor", "Raman", "Becker", "Rossi", "Johnson", "Alvarez", "Watanabe", "Schmidt", "Haddad",
          "Liu", "Costa", "Bello", "Novak", "Fischer", "Walker", "Moreau", "Carter", "Adeyemi", "Jensen"]
TITLES = ["Analyst", "Designer", "Engineer", "Manager", "Director", "Recruiter", "Researcher", "Coach"]


def fill(people: int = 100_000, organizations: int = 500, seed: int = 7) -> None:
    """Add `people` people spread over `organizations` organizations, then rebuild the search index."""
    rng = random.Random(seed)
    with database.atomic():
        Organization.insert_many([{"name": f"Company {i:04d}", "field": rng.choice(TITLES)}
                                  for i in range(organizations)]).execute()
        org_ids = [o for (o,) in Organization.select(Organization.id).tuples()]
        rows = []
        for i in range(people):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            rows.append({"display_name": f"{given} {family} {i}", "given_name": given, "family_name": family,
                         "organization": rng.choice(org_ids), "title": rng.choice(TITLES),
                         "trust": rng.randint(1, 5)})
            if len(rows) == 1000:
                Person.insert_many(rows).execute()
                rows = []
        if rows:
            Person.insert_many(rows).execute()
        search.rebuild()
