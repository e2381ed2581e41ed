"""`make bench`: generate (or reuse) a large network, run every benchmark, print a table, write results.json.

Usage: python benchmarks/run.py [--people 100000] [--repeat 3] [--startups 7]
Each measurement runs in a fresh process; ratio budgets compare figures taken in this same run.
Start-ups are short (~0.5 s) and noisy on a shared 2-core machine, so app and bare window are
timed alternately `--startups` times and the medians compared.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402
import returning  # noqa: E402
from vcards import write_vcards  # noqa: E402

PYTHON = sys.executable
RESULTS = HERE / "results.json"
KEYS = ("people", "cold_start_s", "bare_window_s", "search_p95_ms", "raw_fts_p95_ms", "list_open_ms",
        "person_open_ms", "import_10k_s", "vobject_parse_10k_s", "rss_mb", "ics_export_s", "vcard_export_s",
        "cli_stats_s", "python_sqlite_count_s", "today_ms", "app_start_today_s", "sync_first_s", "raw_put_s",
        "sync_idle_s", "crossroads_evaluate_s", "crossroads_tick_ms")
VCARDS = 10_000


def _env(home: Path, area: str = "people", **extra) -> dict:
    """A clean environment: offscreen Qt and settings/data folders of our own (start in `area`)."""
    config = home / "config" / "MentorDesk"
    config.mkdir(parents=True, exist_ok=True)
    (config / "MentorDesk.conf").write_text(f"[window]\nlast_area={area}\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), HOME=str(home))
    env.pop("MENTORDESK_DB", None)
    env.update(extra)
    return env


def _spawn(cmd: list[str], env: dict | None = None) -> tuple[str, float, float]:
    """Run a process; returns (stdout, seconds from spawn to exit, its peak RSS in MB)."""
    with tempfile.TemporaryFile("w+") as errors:
        start = time.time()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, env=env, text=True)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)  # reap it ourselves to read its peak memory
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        if proc.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{errors.read()[-2000:]}")
    return out, start, usage.ru_maxrss / 1024


def _json(cmd: list[str], env: dict | None = None) -> tuple[dict, float]:
    out, _, rss = _spawn(cmd, env)
    return json.loads(out.strip().splitlines()[-1]), rss


def _first_paint(cmd: list[str], env: dict) -> tuple[float, float]:
    """Seconds from spawning `cmd` to the BENCH_SHOWN line it prints after its first painted frame."""
    out, start, rss = _spawn(cmd, env)
    line = next(x for x in out.splitlines() if x.startswith("BENCH_SHOWN"))
    return float(line.split()[1]) - start, rss


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def measure(people: int, repeat: int, startups: int = 7, sync_people: int = 5000,
            sync_meetings: int = 10000) -> tuple[dict, dict]:
    """All figures (the KEYS) plus extra detail."""
    db_path = generate.ensure_network(people)
    # Apply any pending schema steps and indexes now, so no timed run pays for them.
    # Also clear a lock left by an earlier run that was killed: the app would run its full integrity
    # check first, as after any crash, and one start-up would time that instead of a normal start.
    subprocess.run([PYTHON, "-c", "import sys; from mentordesk import db; from mentordesk.safety.lock import "
                    "InstanceLock; lock = InstanceLock(sys.argv[1]); lock.acquire(); db.open_database(sys.argv[1]); "
                    "db.close_database(); lock.release()", str(db_path)], check=True)
    # The app as installed (wheel, .deb, PyInstaller bundle) runs from compiled bytecode; in a checkout
    # where PYTHONDONTWRITEBYTECODE is set, every timed start would first compile ~16,000 lines of
    # source (~0.3 s). Compile once, as an installation does, so cold_start_s times the app itself.
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(HERE.parent / "src" / "mentordesk")],
                   check=True, stdout=subprocess.DEVNULL)
    vcf = generate.DATA_DIR / f"contacts-{VCARDS}.vcf"
    if not vcf.exists():
        write_vcards(vcf, VCARDS)
    detail: dict = {"load_before": os.getloadavg()[0]}
    rss: list[float] = []
    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-") as tmp:
        tmp = Path(tmp)
        app_cmd = [PYTHON, "-m", "mentordesk", "--db", str(db_path)]
        bare_cmd = [PYTHON, str(HERE / "bare_window.py")]
        cold, bare, on_today = [], [], []
        for index in range(startups):
            home = tmp / f"start{index}"
            seconds, peak = _first_paint(app_cmd, _env(home, MENTORDESK_BENCH_EXIT_ON_SHOWN="1"))
            cold.append(seconds)
            rss.append(peak)
            bare.append(_first_paint(bare_cmd, _env(tmp / f"bare{index}"))[0])
            seconds, peak = _first_paint(app_cmd, _env(tmp / f"today{index}", "today", MENTORDESK_BENCH_EXIT_ON_SHOWN="1"))
            on_today.append(seconds)  # a returning user's first screen: Today, painted with its people
            rss.append(peak)
        print(f"  start-up: app {', '.join(f'{s:.2f}' for s in cold)} s; on Today "
              f"{', '.join(f'{s:.2f}' for s in on_today)} s; bare {', '.join(f'{s:.2f}' for s in bare)} s",
              file=sys.stderr)
        detail["cold_start_runs_s"] = [round(x, 3) for x in cold]
        detail["app_start_today_runs_s"] = [round(x, 3) for x in on_today]
        detail["bare_window_runs_s"] = [round(x, 3) for x in bare]
        command, command_detail = returning.cli_stats(db_path, _env(tmp / "stats"), startups)
        detail.update(command_detail)
        today, _ = _json([PYTHON, str(HERE / "bench_today.py"), "--json", str(db_path)], _env(tmp / "today"))
        detail.update({k: v for k, v in today.items() if k != "today_ms"})

        fts, _ = _json([PYTHON, str(HERE / "bench_core.py"), "fts", "--db", str(db_path)])

        parse, imports = [], []
        for index in range(repeat):
            parse.append(_json([PYTHON, str(HERE / "bench_core.py"), "vobject", "--vcf", str(vcf)],
                               _env(tmp / f"parse{index}"))[0]["vobject_parse_10k_s"])
            result, _ = _json([PYTHON, str(HERE / "bench_core.py"), "import", "--vcf", str(vcf),
                               "--db", str(tmp / f"import{index}.db")], _env(tmp / f"import{index}"))
            imports.append(result["import_10k_s"])
            detail["imported"] = result["imported"]
        print(f"  vCards: parse {', '.join(f'{s:.2f}' for s in parse)} s; import "
              f"{', '.join(f'{s:.2f}' for s in imports)} s", file=sys.stderr)

        crossroads, _ = _json([PYTHON, str(HERE / "bench_crossroads.py"), "--json", "--db", str(db_path)],
                              _env(tmp / "crossroads"))
        detail.update({f"crossroads_{k}": v for k, v in crossroads.items() if k != "crossroads_evaluate_s"})
        print(f"  crossroads: evaluate {crossroads['crossroads_evaluate_s']:.2f} s; evidence tick median "
              f"{crossroads['evidence_tick_median_ms']:.0f} ms, max {crossroads['evidence_tick_max_ms']:.0f} ms",
              file=sys.stderr)
        exports, _ = _json([PYTHON, str(HERE / "bench_export.py"), "--db", str(db_path)], _env(tmp / "export"))
        detail.update({"export_meetings": exports["meetings"], "ics_mb": exports["ics_mb"],
                       "vcard_mb": exports["vcard_mb"]})
        print(f"  exports: ics {exports['ics_export_s']:.2f} s ({exports['meetings']:,} meetings); "
              f"vcard {exports['vcard_export_s']:.2f} s", file=sys.stderr)

        ui, peak = _json([PYTHON, str(HERE / "bench_ui.py"), "--db", str(db_path)], _env(tmp / "ui"))
        rss.append(peak)
        synced = returning.sync(_env(tmp / "sync"), sync_people, sync_meetings)
        detail.update({k: v for k, v in synced.items() if not k.endswith("_s")})
    detail.update(ui)
    detail.update({"raw_fts_median_ms": fts["raw_fts_median_ms"], "load_after": os.getloadavg()[0]})
    results = {
        "people": people,
        "cold_start_s": _median(cold),
        "bare_window_s": _median(bare),
        "search_p95_ms": ui["search_p95_ms"],
        "raw_fts_p95_ms": fts["raw_fts_p95_ms"],
        "list_open_ms": ui["list_open_ms"],
        "person_open_ms": ui["person_open_ms"],
        "import_10k_s": min(imports),
        "vobject_parse_10k_s": min(parse),
        "rss_mb": max(rss),
        "ics_export_s": exports["ics_export_s"],
        "vcard_export_s": exports["vcard_export_s"],
        **command,
        "today_ms": today["today_ms"],
        "app_start_today_s": _median(on_today),
        "sync_first_s": synced["sync_first_s"],
        "raw_put_s": synced["raw_put_s"],
        "sync_idle_s": synced["sync_idle_s"],
        "crossroads_evaluate_s": crossroads["crossroads_evaluate_s"],
        "crossroads_tick_ms": crossroads["evidence_tick_median_ms"],
    }
    return {key: results[key] for key in KEYS}, detail


def budgets(r: dict, detail: dict) -> list[tuple[str, float, float, str]]:
    """(name, figure, limit, unit) for every budget of the issue (ratios from this same run)."""
    return [
        ("cold_start_s <= 1.5 x bare_window_s + 0.3", r["cold_start_s"], 1.5 * r["bare_window_s"] + 0.3, "s"),
        ("search_p95_ms <= 25 (global search box)", r["search_p95_ms"], 25, "ms"),
        ("filter_p95_ms <= 50 (People filter, extra)", detail.get("filter_p95_ms", float("nan")), 50, "ms"),
        ("list_open_ms <= 100", r["list_open_ms"], 100, "ms"),
        ("person_open_ms <= 100", r["person_open_ms"], 100, "ms"),
        ("import_10k_s <= 1.5 x vobject_parse_10k_s", r["import_10k_s"], 1.5 * r["vobject_parse_10k_s"], "s"),
        ("rss_mb <= 300", r["rss_mb"], 300, "MB"),
        ("ics_export_s <= 30 s per 300,000 meetings", r["ics_export_s"],
         30 * detail.get("export_meetings", 300_000) / 300_000, "s"),
        *returning.budgets(r),
        ("crossroads_tick_ms <= 100 (evidence page tick)", r["crossroads_tick_ms"], 100, "ms"),
    ]


def report(results: dict, detail: dict) -> str:
    lines = [f"MentorDesk benchmarks: {results['people']:,} people on {platform.node() or 'this machine'} "
             f"({os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, "
             f"load {detail['load_before']:.1f} before / {detail['load_after']:.1f} after)", ""]
    lines.append(f"{'figure':22} {'value':>12}")
    for key in KEYS[1:]:
        value = results[key]
        lines.append(f"{key:22} {value:12.3f}" if key.endswith("_s") else f"{key:22} {value:12.1f}")
    lines += ["", f"{'budget':46} {'value':>10} {'limit':>10}  unit result"]
    for name, value, limit, unit in budgets(results, detail):
        verdict = "pass" if value <= limit else "MISS"
        lines.append(f"{name:46} {value:10.2f} {limit:10.2f}  {unit:2}  {verdict}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000, help="network size (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each vCard figure (default 3)")
    parser.add_argument("--startups", type=int, default=7, help="alternating app / bare window start-ups (default 7)")
    parser.add_argument("--sync-people", type=int, default=5000, help="people in the sync network (default 5000)")
    parser.add_argument("--sync-meetings", type=int, default=10000, help="meetings in the sync network (default 10000)")
    args = parser.parse_args(argv)
    if args.people < 600:
        parser.error("--people must be at least 600 (the busy person needs 500 meetings)")
    results, detail = measure(args.people, max(1, args.repeat), max(1, args.startups), args.sync_people,
                              args.sync_meetings)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(report(results, detail))
    print(f"\nwrote {RESULTS.relative_to(HERE.parent)}; details: {json.dumps(detail)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
