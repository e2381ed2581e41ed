"""The figures of a returning user's day for `make bench` (issue #21): a command, Today, and sync.

Each figure is taken beside its floor in the same run, alternating where both are short:
- cli_stats_s: `mentordesk stats` from spawn to exit, against python_sqlite_count_s, a Python that
  imports sqlite3 and counts the people (median of the runs each);
- today_ms: computing the whole Today screen (bench_today.py --json, median of warm runs);
- sync_first_s, sync_idle_s against raw_put_s: bench_sync.py, in a process of its own.
app_start_today_s (start to a painted Today) is taken in run.py's start-up loop, beside the bare window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
COUNT = "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM person').fetchone()[0])"


def _elapsed(cmd: list[str], env: dict) -> float:
    """Seconds from spawning `cmd` to its exit (it must succeed)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def cli_stats(db_path: Path, env: dict, runs: int) -> tuple[dict, dict]:
    """cli_stats_s and its floor python_sqlite_count_s, alternating `runs` times."""
    stats, floor = [], []
    for _ in range(runs):
        floor.append(_elapsed([PYTHON, "-c", COUNT, str(db_path)], env))
        stats.append(_elapsed([PYTHON, "-m", "mentordesk", "stats", "--json", "--db", str(db_path)], env))
    print(f"  stats: {', '.join(f'{s:.2f}' for s in stats)} s; sqlite3 count {', '.join(f'{s:.3f}' for s in floor)} s",
          file=sys.stderr)
    return ({"cli_stats_s": _median(stats), "python_sqlite_count_s": _median(floor)},
            {"cli_stats_runs_s": [round(s, 3) for s in stats], "sqlite_count_runs_s": [round(s, 3) for s in floor]})


def sync(env: dict, people: int, meetings: int) -> dict:
    """sync_first_s, raw_put_s, sync_idle_s and details, from bench_sync.py."""
    import json

    done = subprocess.run([PYTHON, str(HERE / "bench_sync.py"), "--people", str(people), "--meetings", str(meetings)],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"bench_sync.py failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  sync of {people:,} people and {meetings:,} meetings: first {result['sync_first_s']:.1f} s, "
          f"raw PUTs {result['raw_put_s']:.1f} s, idle {result['sync_idle_s']:.2f} s", file=sys.stderr)
    return result


def budgets(r: dict) -> list[tuple[str, float, float, str]]:
    """The issue's budgets for these figures (ratios from the same run)."""
    return [
        ("cli_stats_s <= python_sqlite_count_s + 0.25", r["cli_stats_s"], r["python_sqlite_count_s"] + 0.25, "s"),
        ("today_ms <= 50", r["today_ms"], 50, "ms"),
        ("app_start_today_s <= 1.5 x bare_window_s + 0.3", r["app_start_today_s"], 1.5 * r["bare_window_s"] + 0.3,
         "s"),
        ("sync_first_s <= 1.5 x raw_put_s", r["sync_first_s"], 1.5 * r["raw_put_s"], "s"),
        ("sync_idle_s <= 2", r["sync_idle_s"], 2, "s"),
    ]


if __name__ == "__main__":  # a quick look without the whole of `make bench`: python benchmarks/returning.py DB
    environment = dict(os.environ)
    print(cli_stats(Path(sys.argv[1]), environment, 5))
