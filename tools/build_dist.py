"""`make dist` on Linux: the onedir bundle, a .tar.xz of it, a .deb and an RPM installing under /opt/mentordesk.

Steps: render icons, run PyInstaller on packaging/mentordesk.spec (which also writes the licence files),
remove RUNPATHs pointing at the build machine, refuse a bundle holding a forbidden Qt module, something the
lean bundle leaves out, or failing its --self-test; pack dist/mentordesk-<version>-linux-<machine>.tar.xz
(with install.sh), stage the package tree once (AppStream metadata, .desktop entry, icons, man page,
copyright, changelog) and build dist/mentordesk_<version>_<arch>.deb with dpkg-deb and
dist/mentordesk-<version>-1.<arch>.rpm with rpmbuild; write dist/SHA256SUMS and record the sizes in
dist/budgets.json.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

sys.path.insert(0, str(ROOT / "src"))

import debian  # noqa: E402
import rpm  # noqa: E402
from bundle_rules import (  # noqa: E402
    DEB_RECOMMENDS,
    DEB_SUGGESTS,
    app_info,
    deb_depends,
    desktop_id,
    dropped_files,
    forbidden_files,
    foreign_search_paths,
    lean_violations,
    left_out_modules_in,
    pyz_modules,
    shipped_languages,
    system_libraries,
)
from make_icons import make_icons  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"
LINUX = ROOT / "packaging" / "linux"
INSTALL_DIR = "opt/mentordesk"
DESKTOP_ID = desktop_id(ROOT)
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
LICENCES_TXT = Path("_internal") / "licences" / "LICENCES.txt"
MB = 1024 * 1024


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, **kwargs)


def tree_size(path: Path) -> int:
    """Bytes of the regular files under `path` (symlinks not followed), as du would count them."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle() -> Path:
    """Run PyInstaller from a clean state; returns dist/<app_id>."""
    _, app_id, _ = app_info(ROOT)
    bundle = DIST / app_id
    shutil.rmtree(bundle, ignore_errors=True)
    # zlib level 9 for the module archive (PyInstaller's default is 6): it is already compressed, so
    # the .deb's xz cannot shrink it further, and every 100 kB counts toward the size goal
    env = {**os.environ, "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "9"}
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
         str(ROOT / "packaging" / "mentordesk.spec")], cwd=ROOT, env=env)
    if not (bundle / app_id).is_file():
        raise SystemExit(f"build_dist: PyInstaller made no {bundle / app_id}")
    return bundle


def strip_build_paths(bundle: Path) -> list[str]:
    """Remove RPATH/RUNPATH entries naming the build machine (libpython's /root/.pyenv/... lib folder).

    They make the bundle look for libraries in a folder of the build machine first (lintian: custom
    library search path); $ORIGIN-relative entries, which Qt and PySide6 use, stay. Needs patchelf.
    """
    fixed = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not (foreign := foreign_search_paths(path)):
            continue
        if not shutil.which("patchelf"):
            raise SystemExit("build_dist: patchelf not found (tools/ensure-sysdeps.sh installs it): "
                             f"{path.relative_to(bundle)} has RUNPATH {':'.join(foreign)}")
        current = subprocess.run(["patchelf", "--print-rpath", str(path)], capture_output=True, text=True,
                                 check=True).stdout.strip()
        kept = [entry for entry in current.split(":") if entry and entry not in foreign]
        if kept:
            run(["patchelf", "--set-rpath", ":".join(kept), str(path)])
        else:
            run(["patchelf", "--remove-rpath", str(path)])
        fixed.append(f"{path.relative_to(bundle).as_posix()} ({':'.join(foreign)})")
    return fixed


def check_bundle(bundle: Path) -> None:
    """Fail the build if a forbidden Qt module, a dropped plugin (the GTK3 theme) and its GTK, something the
    lean bundle leaves out (HTTP/2 and /3 stacks, other languages' Qt translations...) or a build-machine
    library path slipped in, or the licence files are missing."""
    bad = forbidden_files(bundle) + [(rel, "dropped plugin or its GTK libraries") for rel in dropped_files(bundle)]
    bad += lean_violations(bundle, shipped_languages(ROOT))
    bad += [(f"{bundle.name} (module archive): {m}", "a Python module the lean bundle leaves out")
            for m in left_out_modules_in(pyz_modules(bundle / bundle.name))]
    bad += [(p.relative_to(bundle).as_posix(), f"RUNPATH {foreign_search_paths(p)} of the build machine")
            for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and foreign_search_paths(p)]
    if not (bundle / LICENCES_TXT).is_file():
        bad.append((LICENCES_TXT.as_posix(), "missing: the spec writes it from the bundled packages' metadata"))
    if bad:
        for rel, reason in bad:
            print(f"build_dist: forbidden in bundle: {rel} ({reason})", file=sys.stderr)
        raise SystemExit(f"build_dist: {len(bad)} file(s) that must not ship in {bundle}; see packaging/bundle_rules.py")


def self_test(bundle: Path) -> None:
    """Run the bundle's --self-test offscreen before spending minutes on compression."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(bundle / bundle.name), "--self-test"], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"build_dist: {bundle.name} --self-test failed (exit {result.returncode})")
    print("    " + result.stdout.strip().splitlines()[-1])


def install_icons(source: Path, target: Path) -> None:
    """hicolor/<size>/apps/mentordesk.* from make_icons, renamed to the desktop id."""
    for icon in sorted(source.rglob("*")):
        if icon.is_file():
            dest = target / icon.relative_to(source).parent / f"{DESKTOP_ID}{icon.suffix}"
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(icon, dest)


def tarball_desktop_entry() -> str:
    """The tarball's .desktop entry: without TryExec, which would hide it while `mentordesk` is not on PATH
    (install.sh writes the installed entry with the unpacked launcher's full path)."""
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("TryExec=")) + "\n"


def make_tarball(bundle: Path, version: str) -> Path:
    """dist/mentordesk-<version>-linux-<machine>.tar.xz: one top folder with the bundle, install.sh, share/."""
    name = f"{bundle.name}-{version}-linux-{platform.machine()}"
    stage = BUILD / "tarball" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(bundle, stage, symlinks=True)
    shutil.copy2(LINUX / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)
    shutil.copyfile(bundle / LICENCES_TXT, stage / "LICENCES.txt")
    (stage / "share/applications").mkdir(parents=True)
    (stage / f"share/applications/{DESKTOP_ID}.desktop").write_text(tarball_desktop_entry(), encoding="utf-8")
    (stage / "share/metainfo").mkdir(parents=True)
    shutil.copyfile(METAINFO, stage / f"share/metainfo/{DESKTOP_ID}.metainfo.xml")
    install_icons(BUILD / "icons" / "hicolor", stage / "share/icons/hicolor")
    target = DIST / f"{name}.tar.xz"
    with lzma.LZMAFile(target, "w", format=lzma.FORMAT_XZ, filters=debian.xz_filters(tree_size(stage))) as xz, \
            tarfile.open(fileobj=xz, mode="w", format=tarfile.GNU_FORMAT) as tar:
        tar.add(stage, arcname=name, filter=_root_owned)
    return target


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def glibc_needed(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any bundled ELF file asks for (None without objdump)."""
    if not shutil.which("objdump"):
        return None
    versions = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
            versions.update(re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", out))
    return max(versions, key=lambda v: tuple(int(x) for x in v.split("."))) if versions else None


def stage_tree(bundle: Path, root: Path, version: str) -> None:
    """The installed file tree shared by the .deb and the RPM: /opt/mentordesk, the /usr/bin link, the
    .desktop entry, AppStream metadata, hicolor icons, the man page and the licence texts."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    os.symlink(f"/{INSTALL_DIR}/{bundle.name}", root / "usr/bin" / bundle.name)
    (root / "usr/share/applications").mkdir(parents=True)
    shutil.copyfile(DESKTOP, root / f"usr/share/applications/{DESKTOP_ID}.desktop")
    (root / "usr/share/metainfo").mkdir(parents=True)
    shutil.copyfile(METAINFO, root / f"usr/share/metainfo/{DESKTOP_ID}.metainfo.xml")
    install_icons(BUILD / "icons" / "hicolor", root / "usr/share/icons/hicolor")
    man = root / "usr/share/man/man1"
    man.mkdir(parents=True)
    (man / "mentordesk.1.gz").write_bytes(debian.gzip_bytes(debian.man_page(version, ROOT).encode()))


def fix_modes(root: Path) -> None:
    """Folders and programs 0755, other files 0644; shared libraries are not programs (0644, as lintian wants)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        elif ".so" in path.name or path.suffix == ".so":
            path.chmod(0o644)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)


def bundled_components(bundle: Path):
    """The licence list the spec wrote into the bundle (licences/licences.json)."""
    from mentordesk.ui.licences import Component

    data = json.loads((bundle / "_internal" / "licences" / "licences.json").read_text(encoding="utf-8"))
    return [Component(**item) for item in data]


def stage_deb(bundle: Path, root: Path, version: str) -> None:
    """The .deb's tree: the shared tree plus /usr/share/doc (copyright, changelog.gz) and lintian overrides."""
    stage_tree(bundle, root, version)
    doc = root / "usr/share/doc/mentordesk"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(debian.copyright_file(bundled_components(bundle), INSTALL_DIR), encoding="utf-8")
    releases = debian.metainfo_releases(METAINFO)
    (doc / "changelog.gz").write_bytes(debian.gzip_bytes(debian.changelog(releases).encode()))
    overrides = root / "usr/share/lintian/overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(LINUX / "lintian-overrides", overrides / "mentordesk")
    fix_modes(root)


def dpkg_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def control_text(version: str, arch: str, installed_kb: int, glibc: str | None) -> str:
    """The DEBIAN/control file from packaging/linux/control.in."""
    return (LINUX / "control.in").read_text(encoding="utf-8").format(
        version=version, arch=arch, installed_kb=installed_kb, depends=deb_depends(glibc),
        recommends=", ".join(DEB_RECOMMENDS), suggests=", ".join(DEB_SUGGESTS))


def make_deb(bundle: Path, version: str, glibc: str | None) -> Path:
    """Build dist/mentordesk_<version>_<arch>.deb with dpkg-deb (files owned by root, md5sums), its tarballs
    recompressed with xz -9e over a whole-bundle dictionary."""
    if not shutil.which("dpkg-deb"):
        raise SystemExit("build_dist: dpkg-deb not found (install the dpkg package) - cannot build the .deb")
    root = BUILD / "deb" / "root"
    stage_deb(bundle, root, version)
    arch = dpkg_arch()
    installed_kb = (tree_size(root) + 1023) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "md5sums").write_text(debian.md5sums(root))
    (root / "DEBIAN" / "control").write_text(control_text(version, arch, installed_kb, glibc))
    for path in (root / "DEBIAN").iterdir():
        path.chmod(0o644)
    target = DIST / f"{bundle.name}_{version}_{arch}.deb"
    plain = BUILD / "deb" / "uncompressed.deb"
    run(["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(root), str(plain)], stdout=subprocess.DEVNULL)
    debian.recompress_deb(plain, target)  # xz -9e over the whole bundle at once: ~0.3 MB smaller than dpkg-deb's
    plain.unlink()
    return target


def make_rpm(bundle: Path, version: str, glibc: str | None) -> Path | None:
    """dist/mentordesk-<version>-1.<arch>.rpm with rpmbuild from the same staged tree (None without rpmbuild)."""
    if not shutil.which("rpmbuild"):
        print("    rpmbuild not found (apt-get install rpm): no RPM built", file=sys.stderr)
        return None
    top = BUILD / "rpm"
    shutil.rmtree(top, ignore_errors=True)
    stage = top / "stage"
    stage_tree(bundle, stage, version)
    licences = stage / "usr/share/licenses/mentordesk"
    licences.mkdir(parents=True)
    shutil.copyfile(bundle / LICENCES_TXT, licences / "LICENCES.txt")
    fix_modes(stage)
    arch = rpm.rpm_arch()
    required = sorted(name for name, info in system_libraries(bundle).items()
                      if info["required"] and not name.startswith(("ld-linux", "libc.so", "libm.so", "libdl.so",
                                                                   "libpthread.so", "librt.so", "libutil.so")))
    spec = top / "SPECS" / "mentordesk.spec"
    spec.parent.mkdir(parents=True)
    spec.write_text(rpm.spec_text(LINUX / "mentordesk.rpm.spec.in", version=version, arch=arch, stage=stage.resolve(),
                                  desktop_id=DESKTOP_ID, requires_lines=rpm.requires(required, glibc, arch),
                                  releases=debian.metainfo_releases(METAINFO)))
    run(["rpmbuild", "-bb", "--quiet", "--define", f"_topdir {top.resolve()}", str(spec)],
        stdout=subprocess.DEVNULL)
    built = next((top / "RPMS" / arch).glob(f"mentordesk-{version}-1.*.rpm"))
    target = DIST / built.name
    shutil.move(built, target)
    return target


def sha256sums(paths: list[Path]) -> Path:
    """dist/SHA256SUMS for the artifacts, in `sha256sum -c` format."""
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in sorted(paths)]
    target = DIST / "SHA256SUMS"
    target.write_text("\n".join(lines) + "\n")
    return target


def main() -> int:
    started = time.monotonic()
    if not sys.platform.startswith("linux"):
        raise SystemExit("build_dist: builds the Linux artifacts; Windows/macOS use .github/workflows/release.yml")
    _, _, version = app_info(ROOT)
    DIST.mkdir(exist_ok=True)
    for old in [*DIST.glob("*.tar.*"), *DIST.glob("*.deb"), *DIST.glob("*.rpm"), DIST / "SHA256SUMS"]:
        old.unlink(missing_ok=True)  # artifacts of another version must not end up in SHA256SUMS
    step("icons")
    source = make_icons(BUILD / "icons")
    print(f"    from {source.relative_to(ROOT)}")
    step("PyInstaller onedir bundle")
    bundle = build_bundle()
    fixed = strip_build_paths(bundle)
    if fixed:
        print(f"    removed the build machine's library path from {len(fixed)} files: {fixed[0]}, ...")
    check_bundle(bundle)
    self_test(bundle)
    glibc = glibc_needed(bundle)
    step("tarball (.tar.xz)")
    tarball = make_tarball(bundle, version)
    step(".deb")
    deb = make_deb(bundle, version, glibc)
    step("RPM")
    rpm_file = make_rpm(bundle, version, glibc)
    artifacts = [tarball, deb] + ([rpm_file] if rpm_file else [])
    sums = sha256sums(artifacts)
    sizes = {"version": version, "onedir_bytes": tree_size(bundle), "tar_xz_bytes": tarball.stat().st_size,
             "deb_bytes": deb.stat().st_size, "tar_xz": tarball.name, "deb": deb.name,
             "rpm": rpm_file.name if rpm_file else None, "rpm_bytes": rpm_file.stat().st_size if rpm_file else None,
             "sha256sums": sums.name, "build_seconds": round(time.monotonic() - started, 1)}
    budgets = DIST / "budgets.json"
    old = json.loads(budgets.read_text()) if budgets.exists() else {}
    old = {k: v for k, v in old.items() if not k.startswith("tar_gz")}
    budgets.write_text(json.dumps({**old, **sizes}, indent=2) + "\n")
    rpm_note = f", {rpm_file.name} {rpm_file.stat().st_size / MB:.1f} MB" if rpm_file else ""
    print(f"built in {sizes['build_seconds']} s: {bundle.relative_to(ROOT)}/ {sizes['onedir_bytes'] / MB:.1f} MB, "
          f"{tarball.name} {sizes['tar_xz_bytes'] / MB:.1f} MB, {deb.name} {sizes['deb_bytes'] / MB:.1f} MB{rpm_note}")
    if sizes["deb_bytes"] >= 80 * MB:
        raise SystemExit(f"build_dist: {deb.name} is {sizes['deb_bytes'] / MB:.1f} MB, over the 80 MB budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
