"""`make dist` on Linux: the onedir bundle, a .tar.gz of it and a .deb installing under /opt/mentordesk.

Steps: render icons, run PyInstaller on packaging/mentordesk.spec, refuse a bundle holding a forbidden
Qt module or failing its --self-test, pack dist/mentordesk-<version>-linux-<machine>.tar.gz, stage and build
dist/mentordesk_<version>_<arch>.deb with dpkg-deb, and record the sizes in dist/budgets.json.
"""

from __future__ import annotations

import json
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

from bundle_rules import (  # noqa: E402
    DEB_RECOMMENDS,
    DEB_SUGGESTS,
    app_info,
    deb_depends,
    dropped_files,
    forbidden_files,
)
from make_icons import make_icons  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"
LINUX = ROOT / "packaging" / "linux"
INSTALL_DIR = "opt/mentordesk"


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
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
         str(ROOT / "packaging" / "mentordesk.spec")], cwd=ROOT)
    if not (bundle / app_id).is_file():
        raise SystemExit(f"build_dist: PyInstaller made no {bundle / app_id}")
    return bundle


def check_bundle(bundle: Path) -> None:
    """Fail the build if a forbidden Qt module, or a dropped plugin (the GTK3 theme) and its GTK, slipped in."""
    bad = forbidden_files(bundle) + [(rel, "dropped plugin or its GTK libraries") for rel in dropped_files(bundle)]
    if bad:
        for rel, reason in bad:
            print(f"build_dist: forbidden in bundle: {rel} ({reason})", file=sys.stderr)
        raise SystemExit(f"build_dist: {len(bad)} forbidden Qt file(s) in {bundle}; see packaging/bundle_rules.py")


def self_test(bundle: Path) -> None:
    """Run the bundle's --self-test offscreen before spending minutes on compression."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(bundle / bundle.name), "--self-test"], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"build_dist: {bundle.name} --self-test failed (exit {result.returncode})")
    print("    " + result.stdout.strip().splitlines()[-1])


def make_tarball(bundle: Path, version: str) -> Path:
    """dist/mentordesk-<version>-linux-<machine>.tar.gz with one top folder, symlinks kept."""
    name = f"{bundle.name}-{version}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
        tar.add(LINUX / "mentordesk.desktop", arcname=f"{name}/share/mentordesk.desktop")
        tar.add(BUILD / "icons" / "hicolor", arcname=f"{name}/share/icons/hicolor")
    return target


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


def stage_deb(bundle: Path, root: Path) -> None:
    """Lay out the package tree: /opt/mentordesk, /usr/bin link, .desktop entry, hicolor icons, docs."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    os.symlink(f"/{INSTALL_DIR}/{bundle.name}", root / "usr/bin" / bundle.name)
    (root / "usr/share/applications").mkdir(parents=True)
    shutil.copyfile(LINUX / "mentordesk.desktop", root / "usr/share/applications/mentordesk.desktop")
    shutil.copytree(BUILD / "icons" / "hicolor", root / "usr/share/icons/hicolor")
    doc = root / "usr/share/doc/mentordesk"
    doc.mkdir(parents=True)
    shutil.copyfile(LINUX / "copyright", doc / "copyright")
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)


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


def make_deb(bundle: Path, version: str) -> Path:
    """Build dist/mentordesk_<version>_<arch>.deb with dpkg-deb (xz, files owned by root)."""
    if not shutil.which("dpkg-deb"):
        raise SystemExit("build_dist: dpkg-deb not found (install the dpkg package) - cannot build the .deb")
    root = BUILD / "deb" / "root"
    stage_deb(bundle, root)
    arch = dpkg_arch()
    installed_kb = (tree_size(root) + 1023) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control_text(version, arch, installed_kb, glibc_needed(bundle)))
    target = DIST / f"{bundle.name}_{version}_{arch}.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(target)],
        stdout=subprocess.DEVNULL)
    return target


def main() -> int:
    started = time.monotonic()
    if not sys.platform.startswith("linux"):
        raise SystemExit("build_dist: builds the Linux artifacts; Windows/macOS use .github/workflows/release.yml")
    _, _, version = app_info(ROOT)
    DIST.mkdir(exist_ok=True)
    step("icons")
    source = make_icons(BUILD / "icons")
    print(f"    from {source.relative_to(ROOT)}")
    step("PyInstaller onedir bundle")
    bundle = build_bundle()
    check_bundle(bundle)
    self_test(bundle)
    step("tarball")
    tarball = make_tarball(bundle, version)
    step(".deb")
    deb = make_deb(bundle, version)
    sizes = {"version": version, "onedir_bytes": tree_size(bundle), "tar_gz_bytes": tarball.stat().st_size,
             "deb_bytes": deb.stat().st_size, "tar_gz": tarball.name, "deb": deb.name,
             "build_seconds": round(time.monotonic() - started, 1)}
    budgets = DIST / "budgets.json"
    old = json.loads(budgets.read_text()) if budgets.exists() else {}
    budgets.write_text(json.dumps({**old, **sizes}, indent=2) + "\n")
    mb = 1024 * 1024
    print(f"built in {sizes['build_seconds']} s: {bundle.relative_to(ROOT)}/ {sizes['onedir_bytes'] / mb:.0f} MB, "
          f"{tarball.name} {sizes['tar_gz_bytes'] / mb:.1f} MB, {deb.name} {sizes['deb_bytes'] / mb:.1f} MB")
    if sizes["deb_bytes"] >= 80 * mb:
        raise SystemExit(f"build_dist: {deb.name} is {sizes['deb_bytes'] / mb:.1f} MB, over the 80 MB budget")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
