"""Child process for the crash test: adds people one transaction at a time, printing each once committed."""

import sys

from mentordesk import db
from mentordesk.services import people

db.open_database(sys.argv[1])
round_no = sys.argv[2]
n = 0
while True:
    n += 1
    name = f"Crash {round_no}-{n}"
    people.create_person(display_name=name, notes="x" * (n % 7) * 300)
    sys.stdout.write(name + "\n")
    sys.stdout.flush()
