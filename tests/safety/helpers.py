"""Running the CLI as a subprocess and damaging files, for the safety tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(*args, passphrase: str | None = None, env_extra: dict | None = None, input: str | None = None):
    """Run `python -m mentordesk ARGS` and return the CompletedProcess (text mode)."""
    env = dict(os.environ)
    env.pop("MENTORDESK_PASSPHRASE", None)
    if passphrase is not None:
        env["MENTORDESK_PASSPHRASE"] = passphrase
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "mentordesk", *map(str, args)], capture_output=True,
                          text=True, env=env, input=input if input is not None else "", timeout=120)


def damage_middle(path: Path, pages: int = 6, page_size: int = 4096) -> None:
    """Overwrite the first bytes of a few b-tree pages in the middle of the file."""
    size = path.stat().st_size
    middle = size // page_size // 2
    with open(path, "r+b") as fh:
        for page in range(middle - pages // 2, middle + pages // 2):
            fh.seek(page * page_size)
            fh.write(b"\xff" * 16)
