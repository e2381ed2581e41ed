"""Crash safety and the instance lock: SIGKILL mid-write loses nothing acknowledged; stale locks recover."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import db
from mentordesk.safety.integrity import check_file
from mentordesk.safety.lock import InstanceLock, held_elsewhere, lock_path

WRITER = Path(__file__).with_name("crash_writer.py")
HOLDER = "import sys, time; from mentordesk.safety.lock import InstanceLock; l = InstanceLock(sys.argv[1]); " \
         "print('held' if l.acquire() else f'busy {l.owner}', flush=True); sys.stdin.read()"

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


@posix_only
def test_sigkill_in_the_middle_of_writes_loses_no_acknowledged_commit(db_path):
    db.open_database(db_path)
    db.close_database()
    rng = random.Random(7)
    acknowledged: list[str] = []
    for round_no in range(12):
        child = subprocess.Popen([sys.executable, str(WRITER), str(db_path), str(round_no)],
                                 stdout=subprocess.PIPE, text=True)
        for _ in range(rng.randint(1, 40)):
            line = child.stdout.readline().strip()
            assert line, "the writer stopped early"
            acknowledged.append(line)
        child.send_signal(signal.SIGKILL)  # the writer is busy with its next transaction
        child.wait()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL
    assert check_file(db_path) == []
    db.open_database(db_path)
    try:
        from mentordesk.models import Person
        from mentordesk.services.health import check

        stored = {p.display_name for p in Person.select(Person.display_name)}
        assert set(acknowledged) <= stored
        assert check() == []  # search index and denormalized fields are consistent too
    finally:
        db.close_database()


def _holder(db_path):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    return child, child.stdout.readline().strip()


def test_a_second_holder_is_refused_and_told_who_holds_it(db_path):
    child, state = _holder(db_path)
    try:
        assert state == "held"
        lock = InstanceLock(db_path)
        assert not lock.acquire()
        assert lock.owner == child.pid
        assert held_elsewhere(db_path) == child.pid
    finally:
        child.communicate("")
    assert held_elsewhere(db_path) is None
    assert not lock_path(db_path).exists(), "a clean exit removes the lock file"


@posix_only
def test_a_lock_left_by_a_killed_process_is_recovered(db_path):
    child, state = _holder(db_path)
    assert state == "held"
    child.kill()
    child.wait()
    child.stdout.close()
    child.stdin.close()
    assert lock_path(db_path).exists()
    lock = InstanceLock(db_path)
    assert lock.acquire()
    assert lock.recovered_from == child.pid
    assert lock_path(db_path).read_text().strip() == str(os.getpid())
    lock.release()


def test_a_stale_lock_file_with_a_dead_pid_is_recovered(db_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(db_path).write_text(f"{dead.pid}\n")
    lock = InstanceLock(db_path)
    assert lock.acquire()
    assert lock.recovered_from == dead.pid
    child, state = _holder(db_path)
    child.communicate("")
    assert state == f"busy {os.getpid()}"
    lock.release()
