"""Fail when a forbidden Qt module (WebEngine, Qml, Quick, 3D, Multimedia...) is in a built bundle.

Usage: python tools/check_bundle.py dist/mentordesk   (or dist/MentorDesk.app on macOS)
The rules live in packaging/bundle_rules.py, shared with the spec and the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))

from bundle_rules import forbidden_files, qt_modules_in  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: check_bundle.py BUNDLE_DIR", file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    if not bundle.is_dir():
        print(f"check_bundle: {bundle} is not a folder (build it first)", file=sys.stderr)
        return 2
    bad = forbidden_files(bundle)
    for rel, reason in bad:
        print(f"check_bundle: forbidden: {rel} ({reason})", file=sys.stderr)
    modules = ", ".join(sorted(qt_modules_in(bundle)))
    if bad:
        print(f"check_bundle: {len(bad)} forbidden Qt file(s) in {bundle}", file=sys.stderr)
        return 1
    print(f"check_bundle: {bundle} ok; Qt modules: {modules}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
