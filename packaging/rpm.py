"""The RPM's spec file (packaging/linux/mentordesk.rpm.spec.in) and its Requires, for tools/build_dist.py."""

from __future__ import annotations

import platform
from datetime import datetime
from pathlib import Path

from debian import MAINTAINER

RPM_ARCH = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64"}


def rpm_arch(machine: str | None = None) -> str:
    machine = machine or platform.machine()
    return RPM_ARCH.get(machine.lower(), machine)


def requires(sonames, glibc: str | None, arch: str) -> list[str]:
    """`Requires:` lines naming each system library by soname, as RPM distributions provide them."""
    suffix = "()(64bit)" if arch in ("x86_64", "aarch64", "ppc64le", "s390x") else ""
    lines = [f"Requires:       {name}{suffix}" for name in sorted(set(sonames))]
    if glibc:
        bits = "(64bit)" if suffix else ""
        lines.append(f"Requires:       libc.so.6(GLIBC_{glibc}){bits}")
    return lines


def changelog(releases: list[dict]) -> str:
    """%changelog entries from the AppStream releases, newest first."""
    entries = []
    for release in releases:
        day = datetime.strptime(release["date"], "%Y-%m-%d").strftime("%a %b %d %Y")
        notes = [f"- {note}" for note in release["notes"]] or ["- New upstream release."]
        entries.append("\n".join([f"* {day} {MAINTAINER} - {release['version']}-1", *notes]))
    return "\n\n".join(entries)


def spec_text(template: Path, *, version: str, arch: str, stage: Path, desktop_id: str,
              requires_lines: list[str], releases: list[dict]) -> str:
    text = template.read_text(encoding="utf-8")
    for key, value in {"version": version, "arch": arch, "stage": str(stage), "desktop_id": desktop_id,
                       "requires": "\n".join(requires_lines), "changelog": changelog(releases)}.items():
        text = text.replace("{" + key + "}", value)
    return text
