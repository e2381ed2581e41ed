"""Time from process start to the first painted main window of the (frozen) app.

Starts `APP --db DEMO` with MENTORDESK_STARTUP_PROBE=quit (see mentordesk/ui/selftest_probe.py), which
prints a marker once the main window (whichever area it opens on) has been painted, then quits; the
wall time from spawning the process to reading that line is the start-up time. The first run warms the page cache; the
median of the rest is the "warm" figure.

  python tools/measure_startup.py [--app dist/mentordesk/mentordesk] [--runs 7] [--platform xcb|offscreen]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "mentordesk-first-window-painted"
PROBE_ENV = "MENTORDESK_STARTUP_PROBE"


@contextlib.contextmanager
def xvfb():
    """A private Xvfb display for the block; yields its DISPLAY value."""
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
    # -displayfd: Xvfb takes a free display itself and says which, so two checks (or test runs) on one
    # machine never pick the same number and find the other's server gone under them.
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,))
    os.close(write_end)
    try:
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()  # written once the server is ready
        if not number.isdigit() or proc.poll() is not None:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def app_env(platform: str, display: str | None, home: Path) -> dict[str, str]:
    """Environment for one run: the Qt platform, a display for xcb, an isolated home and config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "MENTORDESK_"))}
    env.update(QT_QPA_PLATFORM=platform, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    if display:
        env["DISPLAY"] = display
    else:
        env.pop("DISPLAY", None)
    return env


def time_once(cmd: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from spawn to the marker line; raises if the app exits or stalls without printing it."""
    env = {**env, PROBE_ENV: "quit"}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(timeout, proc.kill)
    watchdog.start()
    try:
        for line in proc.stdout:
            if line.startswith(MARKER):
                elapsed = time.perf_counter() - started
                proc.wait(timeout=timeout)
                return elapsed
        proc.wait(timeout=timeout)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    raise RuntimeError(f"{cmd[0]} exited {proc.returncode} without painting a window "
                       f"(killed after {timeout} s if negative): {proc.stderr.read()[-500:]}")


def measure(app: Path, platform: str = "xcb", runs: int = 7) -> dict[str, float]:
    """First and warm (median, best) start-up times in milliseconds on a demo database."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-startup-") as tmp:
        home = Path(tmp)
        demo = home / "demo.db"
        subprocess.run([str(app), "demo", "--db", str(demo)], check=True, capture_output=True,
                       env=app_env("offscreen", None, home))
        cmd = [str(app), "--db", str(demo)]
        with xvfb() if platform == "xcb" else contextlib.nullcontext(None) as display:
            env = app_env(platform, display, home)
            times = [time_once(cmd, env) for _ in range(runs)]
    warm = times[1:] or times
    return {"first_ms": round(times[0] * 1000), "warm_median_ms": round(statistics.median(warm) * 1000),
            "warm_best_ms": round(min(warm) * 1000), "runs": runs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "mentordesk" / "mentordesk")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="xcb", choices=("xcb", "offscreen"))
    args = parser.parse_args()
    result = measure(args.app, args.platform, args.runs)
    print(f"start-up to first painted window ({args.platform}, {args.runs} runs): first {result['first_ms']} ms, "
          f"warm median {result['warm_median_ms']} ms, best {result['warm_best_ms']} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
