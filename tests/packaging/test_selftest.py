"""The `--self-test` and start-up probe hooks the frozen app is checked with, run from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mentordesk import selftest


def _run(args, tmp_path, **env):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), **env}
    full_env.update(env)
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          env=full_env, timeout=120)


def test_self_test_passes_every_step_and_writes_a_report(tmp_path):
    report = tmp_path / "report.txt"
    result = _run(["--self-test"], tmp_path, MENTORDESK_SELFTEST_REPORT=str(report))
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("database", "modules", "libraries", "resources", "main window", "pdf report", "translations"):
        assert f"self-test: ok {step} (" in result.stdout
    assert "shown on 'offscreen'" in result.stdout
    assert "self-test: ok translations (" in result.stdout and "de with Qt's own catalogue" in result.stdout
    assert report.read_text().splitlines()[-1] == "passed 7 steps"


def test_a_failing_step_exits_non_zero_naming_the_step_and_reason(qapp, monkeypatch, capsys):
    def broken(workdir):
        raise selftest.SelfTestFailure("search found nothing")

    monkeypatch.setattr(selftest, "check_database", broken)
    assert selftest.run_self_test() == 1
    err = capsys.readouterr().err
    assert "FAILED at database: SelfTestFailure: search found nothing" in err


def test_an_unexpected_error_is_reported_with_its_traceback(qapp, monkeypatch, capsys):
    monkeypatch.setattr(selftest, "check_database", lambda workdir: None)
    monkeypatch.setattr(selftest, "check_modules", lambda: 1 / 0)
    assert selftest.run_self_test() == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "FAILED at modules: ZeroDivisionError" in err


def test_startup_timing_hook_prints_its_marker_and_quits(tmp_path):
    """tools/measure_startup.py times the frozen app with this hook (mentordesk/ui/selftest_probe.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from measure_startup import MARKER, PROBE_ENV

    demo = tmp_path / "demo.db"
    assert _run(["demo", "--db", str(demo)], tmp_path).returncode == 0
    result = _run(["--db", str(demo)], tmp_path, **{PROBE_ENV: "quit"})
    assert result.returncode == 0, result.stderr
    assert any(line.startswith(MARKER) for line in result.stdout.splitlines())


def test_without_the_probe_variable_nothing_is_installed(qapp, monkeypatch):
    from mentordesk.ui.selftest_probe import PROBE_ENV, watch_startup

    monkeypatch.delenv(PROBE_ENV, raising=False)
    before = len(qapp.children())
    watch_startup()
    assert len(qapp.children()) == before
