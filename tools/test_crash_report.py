"""After `make test` failed: if the suite died hard (a segfault or an abort), say in a few lines which test and where.

CI shows only the tail of the output, and faulthandler's dump of a crash is long; this prints its gist last.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PROJECT_FRAME = re.compile(r'File "(?:.*/)?((?:src/mentordesk|tests)/[^"]+)", line (\d+) in (\S+)')


def gist(text: str, frames: int = 8) -> list[str]:
    """The test that was running, the fatal error and the innermost project frames of the crashing thread."""
    lines = text.splitlines()
    running = [line.removeprefix("running: ") for line in lines if line.startswith("running: ")]
    fatal = next((i for i, line in enumerate(lines) if line.startswith("Fatal Python error")), None)
    if fatal is None:
        return []
    out = [f"The suite crashed ({lines[fatal]}) while running {running[-1] if running else 'no test'}"]
    current = next((i for i in range(fatal, len(lines)) if lines[i].startswith("Current thread")), fatal)
    stack = []
    for line in lines[current + 1:]:
        if not line.startswith("  "):
            break
        match = PROJECT_FRAME.search(line)
        if match:
            stack.append(f"  {match[1]}:{match[2]} in {match[3]}")
    out += stack[:frames] or ["  (no project frame on the crashing thread)"]
    threads = sum(1 for line in lines[fatal:] if line.startswith(("Thread 0x", "Current thread")))
    out.append(f"{threads} Python thread(s) were alive; the whole dump is in {sys.argv[1]}")
    return out


def main() -> int:
    path = Path(sys.argv[1])
    if path.exists():
        for line in gist(path.read_text(encoding="utf-8", errors="replace")):
            print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
