"""The small helpers every dist-check module shares: a failed check, ok lines, commands, apt installs."""

from __future__ import annotations

import os
import shutil
import subprocess

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


class CheckFailed(Exception):
    """A check failed; the message says what and where."""


def ok(message: str) -> None:
    print(f"  ok  {message}", flush=True)


def check(condition, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def sh(cmd, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


def apt_install(packages: list[str]) -> None:
    """Install Debian packages when we are root and have apt-get; otherwise say what is missing."""
    if not packages:
        return
    if not (IS_ROOT and shutil.which("apt-get")):
        raise CheckFailed(f"missing system packages (install them): {' '.join(packages)}")
    print(f"  ..  apt-get install {' '.join(packages)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if sh(["apt-get", "install", "-y", "-qq", *packages], env=env).returncode != 0:
        sh(["apt-get", "update", "-qq"], env=env)
        result = sh(["apt-get", "install", "-y", "-qq", *packages], env=env)
        check(result.returncode == 0, f"apt-get install failed: {result.stderr[-800:]}")
