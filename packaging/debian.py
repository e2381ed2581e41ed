"""The files a .deb carries besides the bundle: DEP-5 copyright, changelog, md5sums and the man page.

Plain Python (the man page needs argparse-manpage), shared by tools/build_dist.py and the tests.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import io
import lzma
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

MAINTAINER = "MentorDesk developers <mentordesk@users.noreply.github.com>"
HOMEPAGE = "https://github.com/mentordesk/mentordesk"
SUMMARY = "organize the people who help you get unstuck at work"


def metainfo_releases(metainfo: Path) -> list[dict]:
    """The <release> entries of the AppStream file, newest first: version, date and plain-text notes."""
    root = ET.parse(metainfo).getroot()
    releases = []
    for release in root.iter("release"):
        notes = []
        description = release.find("description")
        for element in description.iter() if description is not None else []:
            if element.tag in ("p", "li") and element.text:
                notes.append(" ".join(element.text.split()))
        releases.append({"version": release.get("version"), "date": release.get("date"), "notes": notes})
    return releases


def _wrap(text: str, width: int = 76, first: str = "  * ", rest: str = "    ") -> list[str]:
    lines, line = [], first
    for word in text.split():
        if len(line) + len(word) + 1 > width and line.strip() not in ("*", ""):
            lines.append(line.rstrip())
            line = rest
        line += word + " "
    lines.append(line.rstrip())
    return lines


def changelog(releases: list[dict], package: str = "mentordesk", maintainer: str = MAINTAINER) -> str:
    """A Debian changelog (native package: changelog.gz) from the AppStream releases, newest first."""
    entries = []
    for release in releases:
        when = datetime.strptime(release["date"], "%Y-%m-%d").replace(hour=12, tzinfo=timezone.utc)
        body = [line for note in release["notes"] or ["New upstream release."] for line in _wrap(note)]
        entries.append("\n".join([f"{package} ({release['version']}) unstable; urgency=medium", "", *body, "",
                                  f" -- {maintainer}  {email.utils.format_datetime(when)}"]))
    return "\n\n".join(entries) + "\n"


def gzip_bytes(data: bytes) -> bytes:
    """gzip -9n: maximum compression, no name or time stamp (reproducible, as lintian wants)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(data)
    return buffer.getvalue()


def md5sums(root: Path) -> str:
    """DEBIAN/md5sums: `md5  path` for every regular file of the package tree (DEBIAN/ and symlinks left out)."""
    lines = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink() or not path.is_file() or rel.startswith("DEBIAN/"):
            continue
        lines.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}")
    return "\n".join(lines) + "\n"


def man_page(version: str, root: Path) -> str:
    """mentordesk.1 generated from the command line's argparse parser by argparse-manpage."""
    command = [sys.executable, "-c", "import sys; from argparse_manpage.cli import main; sys.exit(main())", "--module", "mentordesk.commands", "--function", "build_parser", "--project-name", "MentorDesk", "--prog", "mentordesk",
               "--version", version, "--description", SUMMARY, "--author", "MentorDesk developers",
               "--url", HOMEPAGE, "--manual-title", "MentorDesk Manual"]
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    result = subprocess.run(command, capture_output=True, text=True, cwd=root, env=env)
    if result.returncode != 0 or ".TH" not in result.stdout:
        raise RuntimeError(f"argparse-manpage failed (pip install -e '.[dist]'): {result.stderr.strip()[-600:]}")
    return result.stdout


# Licences Debian keeps in /usr/share/common-licenses: policy 12.5 wants a reference there instead of the text.
_COMMON = (
    ("LGPL-3", r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3"),
    ("LGPL-2.1", r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1"),
    ("LGPL-2", r"GNU LIBRARY GENERAL PUBLIC LICENSE\s+Version 2"),
    ("GPL-3", r"GNU GENERAL PUBLIC LICENSE\s+Version 3"),
    ("GPL-2", r"GNU GENERAL PUBLIC LICENSE\s+Version 2"),
    ("Apache-2.0", r"Apache License\s+Version 2\.0, January 2004"),
    ("MPL-2.0", r"Mozilla Public License Version 2\.0"),
)
_SECTION = re.compile(r"^--- .+ ---$", re.M)  # the file headers ui.licences puts between licence files


def common_licences(text: str, install_dir: str = "opt/mentordesk") -> str:
    """`text` with every full copy of a licence in /usr/share/common-licenses replaced by a reference to it.

    A full text starts at its title and runs to the next title or licence-file header; short notices
    ("Licensed under the Apache License, Version 2.0...") have no title line and stay.
    """
    starts = []
    for name, pattern in _COMMON:
        for match in re.finditer(pattern, text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if not text[line_start:match.start()].strip():  # the title opens its line
                starts.append((line_start, name))
    if not starts:
        return text
    starts.sort()
    bounds = sorted({pos for pos, _ in starts} | {m.start() for m in _SECTION.finditer(text)} | {len(text)})
    out, last = [], 0
    for pos, name in starts:
        if pos < last:
            continue
        end = next(b for b in bounds if b > pos)
        body = text[pos:end]
        if "TERMS AND CONDITIONS" not in body and "Definitions" not in body:
            continue  # a title without the terms: not the full text
        out.append(text[last:pos])
        out.append(f"On Debian systems the complete text of this licence is in /usr/share/common-licenses/{name};\n"
                   f"the copy shipped with the program is in /{install_dir}/_internal/licences/LICENCES.txt.\n")
        last = end
    out.append(text[last:])
    return "".join(out)


def _dep5_text(text: str) -> str:
    """A licence text as a DEP-5 field continuation: every line indented, blank lines as ' .'."""
    lines = text.replace("\t", "    ").strip("\n").splitlines() or ["(no text)"]
    return "\n".join(f" {line.rstrip()}" if line.strip() else " ." for line in lines)


def _licence_name(licence: str) -> str:
    """A DEP-5 license short name from an SPDX-like expression ('see the text' -> 'other')."""
    name = re.sub(r"\s+", " ", licence).strip()
    return "other" if not name or name.lower().startswith("see ") else name.replace(",", "")


def copyright_file(components, install_dir: str = "opt/mentordesk") -> str:
    """The .deb's machine-readable copyright file (DEP-5) with the full licence text of every component."""
    paragraphs = [f"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
                  f"Upstream-Name: MentorDesk\nUpstream-Contact: {MAINTAINER}\nSource: {HOMEPAGE}\n"
                  f"Comment: MentorDesk ships a self-contained build under /{install_dir}: its own Python, Qt\n"
                  f" and Python packages. The licence of each, with its full text, follows; the same texts\n"
                  f" are in /{install_dir}/_internal/licences/LICENCES.txt."]
    own, *others = components
    paragraphs.append(f"Files: *\nCopyright: {own.name} developers\nLicense: {own.licence}\n{_dep5_text(own.text)}")
    text_of = lambda item: common_licences(item.text, install_dir)  # noqa: E731
    for item in others:
        files = " ".join(p if p.startswith("*") else f"{install_dir}/{p}*" for p in item.paths) or \
            f"{install_dir}/_internal/*"
        comment = f"Comment: {item.title}." + (f" {item.note}" if item.note else "")
        paragraphs.append(f"Files: {files}\nCopyright: the {item.name} authors\n"
                          f"License: {_licence_name(item.licence)}\n{_dep5_text(text_of(item))}\n"
                          + "\n".join(_wrap_field(comment)))
    return "\n\n".join(paragraphs) + "\n"


def _wrap_field(text: str, width: int = 78) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = " "
        line = f"{line} {word}" if line.strip() else f"{line}{word}"
    return lines + [line]


def xz_filters(size: int) -> list[dict]:
    """xz -9e with a dictionary as large as the data (64 MiB to 1.5 GiB): one window over the whole bundle,
    whose libraries share code, where xz's own -9 stops at 64 MiB. Unpacking needs that much memory."""
    dictionary = max(64 << 20, min(size + (1 << 20), 1536 << 20))
    return [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": dictionary}]


def ar_members(path: Path) -> list[tuple[str, bytes]]:
    """The members (name, data) of an ar archive such as a .deb."""
    data = path.read_bytes()
    if not data.startswith(b"!<arch>\n"):
        raise ValueError(f"{path} is not an ar archive")
    members, pos = [], 8
    while pos < len(data):
        header = data[pos:pos + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58].decode().strip())
        members.append((name, data[pos + 60:pos + 60 + size]))
        pos += 60 + size + (size % 2)
    return members


def write_ar(path: Path, members: list[tuple[str, bytes]]) -> None:
    """An ar archive laid out as dpkg-deb writes a .deb (mtime 0, root, mode 100644)."""
    with open(path, "wb") as out:
        out.write(b"!<arch>\n")
        for name, data in members:
            out.write(f"{name:<16}{0:<12}{0:<6}{0:<6}{'100644':<8}{len(data):<10}`\n".encode())
            out.write(data)
            if len(data) % 2:
                out.write(b"\n")


def recompress_deb(plain: Path, target: Path) -> None:
    """Turn a .deb built with `dpkg-deb -Znone` (dpkg's own tar layout) into one whose control and data
    tarballs are xz -9e with a whole-bundle dictionary (xz_filters)."""
    members = dict(ar_members(plain))
    control, data = members["control.tar"], members["data.tar"]
    write_ar(target, [("debian-binary", members["debian-binary"]),
                      ("control.tar.xz", lzma.compress(control, format=lzma.FORMAT_XZ, filters=xz_filters(len(control)))),
                      ("data.tar.xz", lzma.compress(data, format=lzma.FORMAT_XZ, filters=xz_filters(len(data))))])
