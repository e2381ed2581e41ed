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


KILL_AT = Path(__file__).with_name("kill_at.py")
_DEMO_BYTES: list[bytes] = []


def run_killed(spec: str, *args, when: str = "before", passphrase: str | None = None, env_extra: dict | None = None):
    """Run the CLI with ARGS in a child that SIGKILLs itself at `spec` (module:function:N); CompletedProcess."""
    env = dict(os.environ)
    env.pop("MENTORDESK_PASSPHRASE", None)
    if passphrase is not None:
        env["MENTORDESK_PASSPHRASE"] = passphrase
    env.update(env_extra or {})
    return subprocess.run([sys.executable, str(KILL_AT), spec, when, "--", *map(str, args)], capture_output=True,
                          text=True, env=env, input="", timeout=120)


def demo_file_at(path: Path) -> Path:
    """Write the demo network (made once per test process) to the new plain file `path`."""
    if not _DEMO_BYTES:
        import tempfile

        from mentordesk import db
        from mentordesk.demo import load_demo

        with tempfile.TemporaryDirectory() as folder:
            template = Path(folder) / "demo.db"
            db.open_database(template)
            try:
                load_demo()
            finally:
                db.close_database()
            _DEMO_BYTES.append(template.read_bytes())
    path.write_bytes(_DEMO_BYTES[0])
    os.chmod(path, 0o600)
    return path


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative name -> content), to show that nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
