"""dist-check's checks of what makes the Linux packages real (issue #22), beside tools/dist_check.py's.

AppStream metadata validated pedantically, lintian with no errors outside the overrides, the licence texts
in every artifact, the size goals, SHA256SUMS, the RPM (file list and an install into a scratch root) and
the tarball's install.sh run into a fresh HOME.
"""

from __future__ import annotations

import configparser
import gzip
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from check_helpers import IS_ROOT, CheckFailed, apt_install, check, ok, sh

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
DEB_GOAL_MB = 42
BUNDLE_GOAL_MB = 150
# What every licence file must hold: Qt's LGPL, SQLCipher's BSD licence, Python's and MentorDesk's own.
LICENCE_MARKERS = {"Qt (LGPL-3.0)": "GNU LESSER GENERAL PUBLIC LICENSE", "SQLCipher": "ZETETIC LLC",
                   "Python": "PYTHON SOFTWARE FOUNDATION LICENSE", "MentorDesk (MIT)": "MentorDesk developers",
                   "PySide6": "PySide6"}


def _need(tool: str, package: str) -> None:
    if not shutil.which(tool):
        apt_install([package])
    check(shutil.which(tool), f"{tool} is not installed (apt-get install {package})")


def check_appstream(deb_root: Path, desktop_id: str, version: str) -> str:
    """The installed metainfo passes `appstreamcli validate --pedantic` and matches the package."""
    _need("appstreamcli", "appstream")
    metainfo = deb_root / f"usr/share/metainfo/{desktop_id}.metainfo.xml"
    check(metainfo.is_file(), f"no /usr/share/metainfo/{desktop_id}.metainfo.xml in the .deb")
    result = sh(["appstreamcli", "validate", "--pedantic", "--no-net", "--no-color", str(metainfo)])
    problems = [line for line in result.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    check(result.returncode == 0 and not problems, f"appstreamcli validate --pedantic:\n{result.stdout}{result.stderr}")
    root = ET.parse(metainfo).getroot()
    check(root.findtext("id") == desktop_id, f"metainfo id {root.findtext('id')!r} is not {desktop_id!r}")
    launchable = root.findtext("launchable")
    check((deb_root / f"usr/share/applications/{launchable}").is_file(),
          f"the launchable {launchable} is not installed in /usr/share/applications")
    newest = next(root.iter("release")).get("version")
    check(newest == version, f"the newest AppStream release is {newest}, the package is {version}")
    shots = [Path(image.text).name for image in root.iter("image")]
    folder = ROOT / "docs" / "screenshots"
    missing = [name for name in shots if not (folder / name).is_file()]
    note = (f"; screenshots not yet in docs/screenshots: {', '.join(missing)}" if missing
            else f"; its {len(shots)} screenshots are in docs/screenshots")
    hints = [line for line in result.stdout.splitlines() if re.match(r"^[IP]: ", line)]
    return (f"appstreamcli validate --pedantic passes for {metainfo.name} (id, launchable, release {version}"
            f"{note}); hints: {'; '.join(h.split(': ', 1)[1] for h in hints) or 'none'}")


def check_lintian(deb: Path) -> str:
    """lintian reports no error; overridden tags are in the package's overrides file with reasons."""
    _need("lintian", "lintian")
    # (--show-overrides would make overridden errors count toward the exit status)
    result = sh(["lintian", "--fail-on", "error", "--tag-display-limit", "0", str(deb)], timeout=900)
    lines = result.stdout.splitlines()
    errors = [line for line in lines if line.startswith("E: ")]
    check(result.returncode == 0 and not errors,
          f"lintian {deb.name} found errors (fix them or override with a reason in packaging/linux/lintian-overrides):\n"
          + "\n".join(errors or lines[-40:]) + result.stderr[-800:])
    counts = {kind: sum(line.startswith(f"{kind}: ") for line in lines) for kind in ("W", "I", "P")}
    warned = sorted({line.split()[2] for line in lines if line.startswith("W: ") and len(line.split()) > 2})
    overrides = (ROOT / "packaging/linux/lintian-overrides").read_text().splitlines()
    overridden = sorted({line.split()[1] for line in overrides if line.startswith("mentordesk:")})
    return (f"lintian {deb.name}: no errors; overridden with reasons: {', '.join(overridden)}; "
            f"{counts['W']} warnings ({', '.join(warned) or 'none'}), {counts['I']} info")


# The .deb's copyright file refers to /usr/share/common-licenses for the GPL family and Apache-2.0 (Debian
# policy 12.5; lintian's copyright-file-contains-full-*-license errors): the full texts ship beside the app.
DEB_COPYRIGHT_MARKERS = {**LICENCE_MARKERS, "Qt (LGPL-3.0)": "/usr/share/common-licenses/LGPL-3"}


def licence_text_problems(text: str, markers=LICENCE_MARKERS) -> list[str]:
    return [what for what, marker in markers.items() if marker not in text]


def check_licences(bundle: Path, deb_root: Path, tarball: Path, rpm_root: Path | None) -> str:
    """Every artifact carries the licence texts of what it ships."""
    places = {"bundle _internal/licences/LICENCES.txt": bundle / "_internal/licences/LICENCES.txt",
              ".deb /usr/share/doc/mentordesk/copyright": deb_root / "usr/share/doc/mentordesk/copyright",
              ".deb /opt/mentordesk/_internal/licences/LICENCES.txt":
                  deb_root / "opt/mentordesk/_internal/licences/LICENCES.txt"}
    if rpm_root is not None:
        places["RPM %license LICENCES.txt"] = rpm_root / "usr/share/licenses/mentordesk/LICENCES.txt"
    problems = []
    for where, path in places.items():
        if not path.is_file():
            problems.append(f"{where}: missing")
        elif missing := licence_text_problems(path.read_text(encoding="utf-8", errors="replace"),
                                              DEB_COPYRIGHT_MARKERS if path.name == "copyright" else LICENCE_MARKERS):
            problems.append(f"{where}: lacks {', '.join(missing)}")
    with tarfile.open(tarball) as tar:
        names = tar.getnames()
        top = names[0].split("/")[0]
        member = tar.extractfile(f"{top}/LICENCES.txt") if f"{top}/LICENCES.txt" in names else None
        if member is None:
            problems.append(f"{tarball.name}: no {top}/LICENCES.txt")
        elif missing := licence_text_problems(member.read().decode("utf-8", "replace")):
            problems.append(f"{tarball.name} LICENCES.txt: lacks {', '.join(missing)}")
    copyright_text = (deb_root / "usr/share/doc/mentordesk/copyright").read_text(encoding="utf-8")
    if not copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"):
        problems.append("the .deb's copyright file is not in the machine-readable (DEP-5) format")
    check(not problems, "licence texts:\n    " + "\n    ".join(problems))
    components = copyright_text.count("\nFiles: ")
    return (f"licence texts (Qt LGPL-3.0, SQLCipher, Python, MentorDesk, every Python package) in the bundle, "
            f"the tarball, the .deb's copyright ({components} Files paragraphs)"
            + (" and the RPM" if rpm_root is not None else ""))


def check_sizes(budgets: dict) -> str:
    """The size goals of issue #22: .deb ≤ 42 MB, onedir bundle ≤ 150 MB (MiB, as the build prints them)."""
    deb_mb, bundle_mb = budgets["deb_bytes"] / MB, budgets["onedir_bytes"] / MB
    check(deb_mb <= DEB_GOAL_MB, f".deb is {deb_mb:.1f} MB, over the {DEB_GOAL_MB} MB goal")
    check(bundle_mb <= BUNDLE_GOAL_MB, f"onedir bundle is {bundle_mb:.1f} MB, over the {BUNDLE_GOAL_MB} MB goal")
    return f"sizes: .deb {deb_mb:.1f} MB (goal {DEB_GOAL_MB}), bundle {bundle_mb:.1f} MB (goal {BUNDLE_GOAL_MB})"


def check_sha256sums(dist: Path, artifacts: list[Path]) -> str:
    """dist/SHA256SUMS names every artifact and `sha256sum -c` agrees."""
    sums = dist / "SHA256SUMS"
    check(sums.is_file(), "dist/SHA256SUMS is missing")
    listed = {line.split()[-1] for line in sums.read_text().splitlines() if line.strip()}
    missing = [p.name for p in artifacts if p.name not in listed]
    check(not missing, f"SHA256SUMS does not list {missing}")
    result = sh(["sha256sum", "-c", "SHA256SUMS"], cwd=dist)
    check(result.returncode == 0, f"sha256sum -c SHA256SUMS failed:\n{result.stdout}{result.stderr}")
    return f"SHA256SUMS verifies {', '.join(sorted(listed))}"


def check_rpm(rpm_file: Path, version: str, desktop_id: str) -> tuple[str, Path]:
    """`rpm -qlp` lists the expected files; an install into a scratch root puts them there and runs.

    The install uses --nodeps: the scratch root's RPM database is empty, so nothing in it provides the
    system libraries the package requires by soname (libEGL.so.1()(64bit)...); those Requires are checked
    against the bundle's own needs instead. Returns the message and the scratch root (removed by the caller).
    """
    _need("rpm", "rpm")
    listing = sh(["rpm", "-qlp", str(rpm_file)])
    check(listing.returncode == 0, f"rpm -qlp {rpm_file.name} failed: {listing.stderr}")
    files = set(listing.stdout.split())
    expected = {"/opt/mentordesk/mentordesk", "/usr/bin/mentordesk", f"/usr/share/applications/{desktop_id}.desktop",
                f"/usr/share/metainfo/{desktop_id}.metainfo.xml", "/usr/share/man/man1/mentordesk.1.gz",
                "/usr/share/licenses/mentordesk/LICENCES.txt",
                f"/usr/share/icons/hicolor/256x256/apps/{desktop_id}.png"}
    check(expected <= files, f"rpm -qlp {rpm_file.name} lacks {sorted(expected - files)}")
    info = sh(["rpm", "-qp", "--queryformat", "%{NAME} %{VERSION} %{LICENSE}", str(rpm_file)]).stdout
    check(info.startswith(f"mentordesk {version} "), f"RPM name/version: {info}")
    requires = sh(["rpm", "-qp", "--requires", str(rpm_file)]).stdout.split("\n")
    check(any(r.startswith("libEGL.so.1") for r in requires) and any(r.startswith("libxcb-cursor.so.0") for r in requires),
          f"the RPM does not require Qt's system libraries by soname: {requires}")
    scratch = Path(tempfile.mkdtemp(prefix="mentordesk-rpmroot-"))
    result = sh(["rpm", "--root", str(scratch), "--initdb"])
    check(result.returncode == 0, f"rpm --initdb in {scratch} failed: {result.stderr}")
    result = sh(["rpm", "--root", str(scratch), "-i", "--nodeps", str(rpm_file.resolve())], timeout=600)
    check(result.returncode == 0, f"rpm --root {scratch} -i --nodeps {rpm_file.name} failed: {result.stderr}")
    check(sh(["rpm", "--root", str(scratch), "-q", "mentordesk"]).stdout.startswith(f"mentordesk-{version}"),
          "the scratch root's RPM database does not list mentordesk after the install")
    app = scratch / "opt/mentordesk/mentordesk"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(scratch / "home")}
    ran = sh([str(app), "--version"], env=env)
    check(ran.returncode == 0 and version in ran.stdout, f"{app} --version: {ran.stdout}{ran.stderr}")
    verify = sh(["rpm", "--root", str(scratch), "-V", "--nodeps", "mentordesk"])  # files only, as for -i
    check(verify.returncode == 0, f"rpm -V in the scratch root reports changed files:\n{verify.stdout}")
    return (f"{rpm_file.name}: rpm -qlp lists {len(files)} files; installed with rpm --root into a scratch "
            f"root (--nodeps: its empty database provides no system library), rpm -V clean, "
            f"/opt/mentordesk/mentordesk --version runs"), scratch


def check_install_script(top: Path, desktop_id: str) -> tuple[str, Path, Path]:
    """The tarball's install.sh, run with a fresh HOME, installs the menu entry, icons and ~/.local/bin link.

    Returns the message, the installed .desktop file and the HOME (the caller starts the app from it).
    """
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(top / f"share/applications/{desktop_id}.desktop")
    check("TryExec" not in entry["Desktop Entry"],
          "the tarball's .desktop entry has a TryExec, which hides it while mentordesk is not on PATH")
    home = Path(tempfile.mkdtemp(prefix="mentordesk-install-home-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), PATH="/usr/bin:/bin")
    result = sh(["sh", str(top / "install.sh")], env=env, cwd=home)
    check(result.returncode == 0, f"install.sh failed: {result.stdout}{result.stderr}")
    data = home / ".local/share"
    desktop = data / f"applications/{desktop_id}.desktop"
    expected = [desktop, data / f"metainfo/{desktop_id}.metainfo.xml",
                data / f"icons/hicolor/48x48/apps/{desktop_id}.png", data / f"icons/hicolor/256x256/apps/{desktop_id}.png"]
    missing = [str(p.relative_to(home)) for p in expected if not p.is_file()]
    check(not missing, f"install.sh did not install {missing}")
    link = home / ".local/bin/mentordesk"
    check(link.is_symlink() and link.resolve() == (top / "mentordesk").resolve(),
          f"install.sh made no ~/.local/bin/mentordesk link to {top / 'mentordesk'}")
    if shutil.which("desktop-file-validate"):
        valid = sh(["desktop-file-validate", str(desktop)])
        check(valid.returncode == 0 and not valid.stdout.strip(), f"installed entry: {valid.stdout}")
    return ("install.sh into a fresh HOME: menu entry (Exec and TryExec with the unpacked launcher's full path), "
            "metainfo, hicolor icons and ~/.local/bin/mentordesk"), desktop, home


def check_uninstall_script(top: Path, home: Path, desktop_id: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), PATH="/usr/bin:/bin")
    result = sh(["sh", str(top / "install.sh"), "--uninstall"], env=env, cwd=home)
    check(result.returncode == 0, f"install.sh --uninstall failed: {result.stdout}{result.stderr}")
    left = [str(p.relative_to(home)) for p in home.rglob(f"{desktop_id}*")] + \
        ([".local/bin/mentordesk"] if (home / ".local/bin/mentordesk").is_symlink() else [])
    check(not left, f"install.sh --uninstall left {left}")
    return "install.sh --uninstall removes the menu entry, icons and link again"


def check_deb_extras(deb: Path, deb_root: Path) -> str:
    """md5sums, changelog.gz (Debian format), the man page and real Maintainer/Homepage values."""
    fields = {f: sh(["dpkg-deb", "-f", str(deb), f]).stdout.strip() for f in ("Maintainer", "Homepage")}
    check(not any(".invalid" in v or not v for v in fields.values()), f"placeholder control fields: {fields}")
    with tempfile.TemporaryDirectory(prefix="mentordesk-control-") as tmp:
        check(sh(["dpkg-deb", "-e", str(deb), tmp]).returncode == 0, f"dpkg-deb -e {deb.name} failed")
        md5 = Path(tmp) / "md5sums"
        check(md5.is_file(), f"{deb.name} has no md5sums")
        lines = md5.read_text().splitlines()
    verify = sh(["md5sum", "--quiet", "-c", "-"], input="\n".join(lines) + "\n", cwd=deb_root)
    check(verify.returncode == 0, f"md5sums do not match the files: {verify.stdout[-800:]}")
    changelog = gzip.decompress((deb_root / "usr/share/doc/mentordesk/changelog.gz").read_bytes()).decode()
    check(re.match(r"^mentordesk \([^)]+\) \S+; urgency=\w+\n", changelog), f"changelog.gz is not a Debian changelog:\n{changelog[:300]}")
    if shutil.which("dpkg-parsechangelog"):
        with tempfile.NamedTemporaryFile("w", suffix="changelog") as fh:
            fh.write(changelog)
            fh.flush()
            parsed = sh(["dpkg-parsechangelog", "-l", fh.name, "-S", "Version"])
        check(parsed.returncode == 0, f"dpkg-parsechangelog rejects changelog.gz: {parsed.stderr}")
    page = deb_root / "usr/share/man/man1/mentordesk.1.gz"
    check(page.is_file(), "no /usr/share/man/man1/mentordesk.1.gz")
    text = gzip.decompress(page.read_bytes()).decode()
    check(".TH MENTORDESK" in text and "import" in text and "sync" in text,
          "the man page does not describe the subcommands (import, sync)")
    if shutil.which("man"):
        rendered = sh(["man", "-l", str(page)], env={**os.environ, "MANPAGER": "cat", "MANWIDTH": "80"})
        check(rendered.returncode == 0 and "SYNOPSIS" in rendered.stdout, f"man -l fails: {rendered.stderr}")
    return (f"{deb.name}: md5sums match {len(lines)} files, changelog.gz parses, man page renders, "
            f"Maintainer {fields['Maintainer']}, Homepage {fields['Homepage']}")


def remove_tree(path: Path | None) -> None:
    if path is not None:
        shutil.rmtree(path, ignore_errors=True)


__all__ = ["CheckFailed", "IS_ROOT", "subprocess"]
