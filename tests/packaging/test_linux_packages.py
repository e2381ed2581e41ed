"""The Linux packages' metadata (issue #22 items 2, 4, 6-8): AppStream, Debian copyright/changelog/md5sums,
the man page, RUNPATH stripping, the tarball's install.sh, the RPM spec and SHA256SUMS.

The slow end-to-end versions (lintian, appstreamcli on the built .deb, rpm --root) run in `make dist-check`.
"""

from __future__ import annotations

import configparser
import gzip
import hashlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import mentordesk

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

import build_dist  # noqa: E402
import debian  # noqa: E402
import package_checks  # noqa: E402
import rpm  # noqa: E402
from bundle_rules import foreign_search_paths  # noqa: E402
from mentordesk.ui.licences import Component  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
DESKTOP_ID = mentordesk.DESKTOP_ID
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
SCREENSHOTS = ("today.png", "people.png", "person.png", "pipeline.png", "crossroads.png", "dark.png", "german.png")


def test_one_reverse_dns_id_names_the_desktop_entry_metainfo_icon_and_app():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID == "io.github.mentordesk.MentorDesk"
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop" and (LINUX / f"{DESKTOP_ID}.desktop").is_file()
    assert root.find("launchable").get("type") == "desktop-id"
    assert root.find("content_rating").get("type").startswith("oars-")
    assert root.findtext("provides/binary") == mentordesk.APP_ID
    assert root.findtext("summary") and len(root.find("description")) >= 2
    assert "setDesktopFileName(DESKTOP_ID)" in (ROOT / "src/mentordesk/ui/app.py").read_text()


def test_screenshots_point_at_docs_screenshots_in_the_repository():
    images = [image.text for image in ET.parse(METAINFO).getroot().iter("image")]
    assert [Path(url).name for url in images] == list(SCREENSHOTS)
    for url in images:
        assert url.startswith("https://raw.githubusercontent.com/mentordesk/mentordesk/main/docs/screenshots/")


def test_newest_release_is_the_app_version_and_becomes_the_changelogs():
    releases = debian.metainfo_releases(METAINFO)
    assert releases[0]["version"] == mentordesk.__version__ and releases[0]["notes"]
    text = debian.changelog(releases)
    assert text.startswith(f"mentordesk ({mentordesk.__version__}) unstable; urgency=medium\n\n  * ")
    assert "\n -- MentorDesk developers <mentordesk@users.noreply.github.com>  " in text
    if shutil.which("dpkg-parsechangelog"):
        parsed = subprocess.run(["dpkg-parsechangelog", "-l", "-", "-S", "Version"], input=text,
                                capture_output=True, text=True)
        assert parsed.returncode == 0 and parsed.stdout.strip() == mentordesk.__version__, parsed.stderr
    spec_log = rpm.changelog(releases)
    assert spec_log.startswith("* ") and f"- {mentordesk.__version__}-1\n- " in spec_log


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstreamcli (apt-get install appstream)")
def test_metainfo_validates_pedantically():
    result = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert not [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))], result.stdout


def test_control_has_real_maintainer_and_homepage():
    text = build_dist.control_text("1.2.3", "amd64", 1, "2.36")
    assert "Maintainer: MentorDesk developers <mentordesk@users.noreply.github.com>" in text
    assert "Homepage: https://github.com/mentordesk/mentordesk\n" in text
    assert ".invalid" not in text


def test_copyright_is_dep5_with_every_text():
    components = [Component("MentorDesk", "1", "MIT", "MIT text\n\nsecond paragraph"),
                  Component("Qt", "6.11", "LGPL-3.0-only", "GNU LESSER GENERAL PUBLIC LICENSE\n\n  Version 3",
                            "Replaceable.", ["*/PySide6/Qt/*"]),
                  Component("peewee", "3", "see the text", "Copyright (c) peewee\tauthors", "", ["_internal/peewee"])]
    text = debian.copyright_file(components)
    assert text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")
    paragraphs = text.split("\n\n")
    assert paragraphs[1].startswith("Files: *\nCopyright: MentorDesk developers\nLicense: MIT\n MIT text\n .\n")
    assert "Files: */PySide6/Qt/*\nCopyright: the Qt authors\nLicense: LGPL-3.0-only\n GNU LESSER" in text
    assert "Files: opt/mentordesk/_internal/peewee*\n" in text and "License: other\n" in text
    assert "\t" not in text  # tabs would break the field continuation lines
    assert all(line == "" or not line.startswith("\t") for line in text.splitlines())


def test_md5sums_list_regular_files_but_not_debian_or_symlinks(tmp_path):
    (tmp_path / "DEBIAN").mkdir()
    (tmp_path / "DEBIAN" / "control").write_text("x")
    (tmp_path / "opt").mkdir()
    (tmp_path / "opt" / "app").write_bytes(b"binary")
    (tmp_path / "usr").mkdir()
    (tmp_path / "usr" / "link").symlink_to("/opt/app")
    assert debian.md5sums(tmp_path) == f"{hashlib.md5(b'binary').hexdigest()}  opt/app\n"


def test_gzip_is_reproducible():
    assert debian.gzip_bytes(b"same") == debian.gzip_bytes(b"same")
    assert gzip.decompress(debian.gzip_bytes(b"text")) == b"text"


def test_man_page_is_generated_from_the_parser_with_every_subcommand():
    pytest.importorskip("argparse_manpage", reason="the dist extra (pip install -e '.[dist]') brings it")
    page = debian.man_page(mentordesk.__version__, ROOT)
    assert page.startswith(".TH MENTORDESK \"1\"")
    assert f"MentorDesk {mentordesk.__version__}" in page.splitlines()[0]
    for command in ("import", "export", "sync", "backup", "today", "search"):
        assert f"\\fI\\,{command}\\/\\fR" in page, command
    if shutil.which("man"):
        rendered = subprocess.run(["man", "-l", "-"], input=page, capture_output=True, text=True,
                                  env={"MANPAGER": "cat", "MANWIDTH": "80", "PATH": "/usr/bin:/bin"})
        assert "SYNOPSIS" in rendered.stdout


@pytest.mark.skipif(not shutil.which("patchelf"), reason="needs patchelf")
def test_build_machine_runpaths_are_stripped_and_origin_kept(tmp_path):
    import PySide6

    source = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Core.so.6*"))
    bundle = tmp_path / "mentordesk"
    (bundle / "_internal").mkdir(parents=True)
    mixed = bundle / "_internal" / "libmixed.so"
    only_build = bundle / "_internal" / "libpython-like.so"
    for target, rpath in ((mixed, "$ORIGIN:/root/.pyenv/versions/3.11.7/lib"), (only_build, "/root/.pyenv/lib")):
        shutil.copyfile(source, target)
        subprocess.run(["patchelf", "--set-rpath", rpath, str(target)], check=True)
    assert foreign_search_paths(mixed) == ["/root/.pyenv/versions/3.11.7/lib"]
    fixed = build_dist.strip_build_paths(bundle)
    assert len(fixed) == 2
    assert foreign_search_paths(mixed) == [] and foreign_search_paths(only_build) == []
    kept = subprocess.run(["patchelf", "--print-rpath", str(mixed)], capture_output=True, text=True).stdout.strip()
    assert kept == "$ORIGIN"


def test_the_tarball_entry_has_no_tryexec():
    text = build_dist.tarball_desktop_entry()
    assert "TryExec" not in text and "Exec=mentordesk" in text and f"Icon={DESKTOP_ID}" in text


def _fake_unpacked(tmp_path) -> Path:
    top = tmp_path / "unpacked dir" / "mentordesk-9.9-linux-x86_64"
    (top / "share/applications").mkdir(parents=True)
    (top / "share/metainfo").mkdir(parents=True)
    for size in ("48x48", "256x256"):
        (top / f"share/icons/hicolor/{size}/apps").mkdir(parents=True)
        (top / f"share/icons/hicolor/{size}/apps/{DESKTOP_ID}.png").write_bytes(b"png")
    (top / f"share/applications/{DESKTOP_ID}.desktop").write_text(build_dist.tarball_desktop_entry())
    shutil.copyfile(METAINFO, top / f"share/metainfo/{DESKTOP_ID}.metainfo.xml")
    shutil.copy2(LINUX / "install.sh", top / "install.sh")
    (top / "mentordesk").write_text("#!/bin/sh\necho MentorDesk 9.9\n")
    (top / "mentordesk").chmod(0o755)
    return top


def test_install_sh_installs_the_menu_entry_for_the_user_and_uninstalls(tmp_path):
    top = _fake_unpacked(tmp_path)
    message, desktop, home = package_checks.check_install_script(top, DESKTOP_ID)
    try:
        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(desktop)
        section = entry["Desktop Entry"]
        assert section["Exec"] == f'"{top / "mentordesk"}"'  # quoted: the folder name has a space
        assert section["TryExec"] == str(top / "mentordesk")
        import dist_check

        assert dist_check.desktop_exec(desktop) == [str(top / "mentordesk")]
        assert "Exec and TryExec" in message
        assert package_checks.check_uninstall_script(top, home, DESKTOP_ID).startswith("install.sh --uninstall")
        assert not (home / ".local/bin/mentordesk").exists() and not desktop.exists()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_rpm_requires_system_libraries_by_soname():
    lines = rpm.requires(["libxcb-cursor.so.0", "libEGL.so.1", "libEGL.so.1"], "2.34", "x86_64")
    assert lines == ["Requires:       libEGL.so.1()(64bit)", "Requires:       libxcb-cursor.so.0()(64bit)",
                     "Requires:       libc.so.6(GLIBC_2.34)(64bit)"]
    assert rpm.rpm_arch("amd64") == "x86_64" and rpm.rpm_arch("arm64") == "aarch64"


def test_rpm_spec_renders_every_placeholder(tmp_path):
    text = rpm.spec_text(LINUX / "mentordesk.rpm.spec.in", version="1.2.3", arch="x86_64", stage=tmp_path,
                         desktop_id=DESKTOP_ID, requires_lines=["Requires:       libEGL.so.1()(64bit)"],
                         releases=debian.metainfo_releases(METAINFO))
    assert "{" not in text.replace("%{", "")
    assert "Version:        1.2.3\n" in text and "AutoReqProv:    no" in text
    assert f"/usr/share/metainfo/{DESKTOP_ID}.metainfo.xml" in text and "%license " in text
    assert f"cp -a {tmp_path}/. %{{buildroot}}/" in text
    if shutil.which("rpmspec"):
        (tmp_path / "mentordesk.spec").write_text(text)
        parsed = subprocess.run(["rpmspec", "-P", str(tmp_path / "mentordesk.spec")], capture_output=True, text=True)
        assert parsed.returncode == 0, parsed.stderr


def test_sha256sums_verify(tmp_path, monkeypatch):
    monkeypatch.setattr(build_dist, "DIST", tmp_path)
    files = []
    for name in ("mentordesk_1.0_amd64.deb", "mentordesk-1.0-linux-x86_64.tar.xz"):
        (tmp_path / name).write_bytes(name.encode())
        files.append(tmp_path / name)
    build_dist.sha256sums(files)
    assert "SHA256SUMS verifies" in package_checks.check_sha256sums(tmp_path, files)
    files[0].write_bytes(b"tampered")
    with pytest.raises(package_checks.CheckFailed, match="sha256sum -c"):
        package_checks.check_sha256sums(tmp_path, files)


def test_size_goals_fail_when_exceeded():
    mb = 1024 * 1024
    assert "goal 42" in package_checks.check_sizes({"deb_bytes": 40 * mb, "onedir_bytes": 140 * mb})
    with pytest.raises(package_checks.CheckFailed, match="over the 42 MB goal"):
        package_checks.check_sizes({"deb_bytes": 43 * mb, "onedir_bytes": 140 * mb})
    with pytest.raises(package_checks.CheckFailed, match="over the 150 MB goal"):
        package_checks.check_sizes({"deb_bytes": 40 * mb, "onedir_bytes": 151 * mb})


def test_licence_markers_catch_a_file_without_the_lgpl():
    assert package_checks.licence_text_problems("MentorDesk developers PySide6 ZETETIC LLC "
                                                "PYTHON SOFTWARE FOUNDATION LICENSE") == ["Qt (LGPL-3.0)"]


def test_copyright_refers_to_common_licenses_for_full_gpl_and_apache_texts():
    """Debian policy 12.5 (lintian: copyright-file-contains-full-gpl-license): a reference, not the text;
    short notices and other licences stay as they are."""
    lgpl = (ROOT / "resources/licences/LGPL-3.0.txt").read_text()
    gpl = (ROOT / "resources/licences/GPL-3.0.txt").read_text()
    text = ("--- licenses/LICENSE ---\nCopyright 2020 someone. Licensed under the Apache License, Version 2.0.\n"
            f"--- licenses/COPYING.LGPL ---\n{lgpl}\n\n{gpl}\n--- licenses/NOTICE ---\nkeep me\n")
    out = debian.common_licences(text)
    assert "Licensed under the Apache License, Version 2.0." in out and "keep me" in out
    assert "/usr/share/common-licenses/LGPL-3" in out and "/usr/share/common-licenses/GPL-3" in out
    assert "TERMS AND CONDITIONS" not in out and "Version 3, 29 June 2007" not in out
    assert "/opt/mentordesk/_internal/licences/LICENCES.txt" in out
    components = [Component("MentorDesk", "1", "MIT", "m"), Component("Qt", "6", "LGPL-3.0-only", lgpl + gpl)]
    assert "Version 3, 29 June 2007" not in debian.copyright_file(components)


@pytest.mark.skipif(not shutil.which("dpkg-deb"), reason="needs dpkg-deb")
def test_recompressed_deb_is_one_dpkg_reads(tmp_path):
    """dpkg-deb -Znone's package, its tarballs recompressed with the whole-bundle xz dictionary."""
    root = tmp_path / "root"
    (root / "DEBIAN").mkdir(parents=True)
    (root / "DEBIAN" / "control").write_text("Package: tiny\nVersion: 1.0\nArchitecture: all\n"
                                             "Maintainer: A <a@example.org>\nDescription: tiny\n tiny test\n")
    (root / "opt/tiny").mkdir(parents=True)
    (root / "opt/tiny/data.txt").write_text("odd-sized payload\n" * 7)
    plain, packed = tmp_path / "plain.deb", tmp_path / "tiny.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(root), str(plain)],
                   check=True, capture_output=True)
    debian.recompress_deb(plain, packed)
    assert [name for name, _ in debian.ar_members(packed)] == ["debian-binary", "control.tar.xz", "data.tar.xz"]
    info = subprocess.run(["dpkg-deb", "-f", str(packed), "Package"], capture_output=True, text=True)
    assert info.stdout.strip() == "tiny", info.stderr
    listing = subprocess.run(["dpkg-deb", "-c", str(packed)], capture_output=True, text=True, check=True).stdout
    assert "./opt/tiny/data.txt" in listing and "root/root" in listing
    out = tmp_path / "x"
    subprocess.run(["dpkg-deb", "-x", str(packed), str(out)], check=True)
    assert (out / "opt/tiny/data.txt").read_text() == "odd-sized payload\n" * 7
    assert debian.xz_filters(10)[0]["dict_size"] == 64 << 20
    assert debian.xz_filters(150 << 20)[0]["dict_size"] == (151 << 20)
