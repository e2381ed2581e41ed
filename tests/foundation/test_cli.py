"""The command line, run as a user would: a subprocess against a temporary database."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args, env=None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "mentordesk", *map(str, args)], capture_output=True,
                          text=True, env=full_env, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def test_demo_then_stats(demo_file):
    result = run("stats", "--db", demo_file, "--json")
    assert result.returncode == 0
    counts = json.loads(result.stdout)
    assert set(counts) == {"people", "organizations", "meetings", "advice", "asks", "opportunities"}
    assert counts["people"] >= 30 and counts["meetings"] >= 50
    assert counts["advice"] >= 20 and counts["asks"] >= 5


def test_search_finds_a_word_only_in_advice(demo_file):
    result = run("search", "--db", demo_file, "brag")
    assert result.returncode == 0
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.startswith("advice\t") for line in lines)
    assert "brag document" in result.stdout


def test_check_is_healthy(demo_file):
    result = run("check", "--db", demo_file)
    assert result.returncode == 0, result.stderr


def test_demo_refuses_to_double_fill(demo_file):
    result = run("demo", "--db", demo_file)
    assert result.returncode != 0
    assert "already has data" in result.stderr


def test_env_variable_names_the_database(tmp_path):
    path = tmp_path / "env.db"
    assert run("stats", env={"MENTORDESK_DB": str(path)}).returncode == 0
    assert path.exists()


@pytest.mark.parametrize("bad", ["directory", "unwritable", "unknown", "badvalue"])
def test_user_mistakes_are_one_line_errors(tmp_path, bad):
    if bad == "directory":
        result = run("stats", "--db", tmp_path)
    elif bad == "unwritable":
        result = run("stats", "--db", "/proc/mentordesk/x.db")
    elif bad == "unknown":
        result = run("frobnicate")
    else:
        result = run("search", "--db", tmp_path / "x.db", "--limit", "lots", "word")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mentordesk: error:") and "Traceback" not in result.stderr


def test_database_file_is_private(tmp_path):
    path = tmp_path / "private.db"
    run("stats", "--db", path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
