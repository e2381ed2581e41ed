"""`make dist-check`: prove the Linux artifacts that `make dist` built actually work.

1. bundle: no forbidden Qt module, no dropped plugin (the GTK3 theme) or its GTK libraries, nothing the lean
   bundle leaves out (HTTP/2 and /3 stacks, other languages' Qt translations...), no build-machine RUNPATH,
   no dangling symlink;
2. every library the app loads but does not ship comes from a package in the .deb's Depends (ELF NEEDED
   + ldconfig + dpkg -S), and is installed here (apt-get installs what is missing, as root); libraries
   only optional Qt plugins load (bundle_rules.OPTIONAL_QT_PLUGINS) may be in Recommends or be missing;
3. `--self-test` of the bundle with the offscreen platform, then under Xvfb with the real xcb platform;
4. the .deb: control fields, file list, .desktop entry valid, extracted copy passes the self-test;
5. the tarball: unpacks and runs; its .desktop entry's Exec= starts it like a first launch (below);
6. as root with apt: install the .deb with apt-get, start the installed launcher the way the desktop
   entry does (Exec=) under Xvfb until its window is painted, self-test it, then a first launch: the
   Exec= line with a fresh empty HOME and no --db, quit with ctrl+q through xdotool, exit 0 and a new
   database under XDG_DATA_HOME; remove the package again;
7. start-up time to the first painted window, recorded with the sizes in dist/budgets.json;
8. tools/package_checks.py: AppStream metadata (appstreamcli validate --pedantic), lintian with no errors
   outside the overrides, md5sums/changelog/man page, licence texts in every artifact, the tarball's
   install.sh into a fresh HOME (and the first launch from the entry it installs), the RPM (rpm -qlp and an
   install into a scratch root), SHA256SUMS and the size goals.
"""

from __future__ import annotations

import configparser
import json
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

from bundle_rules import (  # noqa: E402
    OPTIONAL_QT_PLUGINS,
    app_info,
    depends_names,
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
from check_helpers import IS_ROOT, CheckFailed, apt_install, check, ok, sh  # noqa: E402, F401
from measure_startup import app_env, measure, time_once, xvfb  # noqa: E402

import package_checks  # noqa: E402

DIST = ROOT / "dist"
MB = 1024 * 1024
APP_NAME = app_info(ROOT)[0]  # the data folder's name under XDG_DATA_HOME
BASE_PACKAGES = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}  # always present on Debian/Ubuntu
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_ID = desktop_id(ROOT)


def installed(package: str) -> bool:
    result = sh(["dpkg-query", "-W", "-f", "${Status}", package])
    return result.returncode == 0 and result.stdout.endswith("installed")


def artifacts() -> tuple[Path, Path, Path, Path | None, str]:
    _, app_id, version = app_info(ROOT)
    budgets = json.loads((DIST / "budgets.json").read_text()) if (DIST / "budgets.json").exists() else {}
    bundle = DIST / app_id
    tarball = DIST / (budgets.get("tar_xz") or "missing.tar.xz")
    deb = DIST / (budgets.get("deb") or "missing.deb")
    rpm_file = DIST / budgets["rpm"] if budgets.get("rpm") else None
    for path in (bundle / app_id, tarball, deb):
        check(path.is_file(), f"{path} is missing: run `make dist` first")
    check(budgets.get("version") == version, f"dist/ holds version {budgets.get('version')}, source is {version}")
    for path in (tarball, deb, *([rpm_file] if rpm_file else [])):
        check(version in path.name, f"{path.name} does not carry the version {version} in its name")
    check(tarball.name.endswith(".tar.xz"), f"{tarball.name}: the tarball ships as .tar.xz")
    return bundle, tarball, deb, rpm_file, version


def check_contents(bundle: Path) -> None:
    bad = forbidden_files(bundle)
    check(not bad, "forbidden Qt files in the bundle: " + ", ".join(f"{p} ({r})" for p, r in bad))
    dropped = dropped_files(bundle)
    check(not dropped, "dropped Qt plugins (or the GTK libraries of the GTK3 theme) are back in the bundle, "
          f"see DROPPED_QT_PLUGINS in packaging/bundle_rules.py: {dropped}")
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    check(not dangling, f"dangling symlinks in the bundle: {[str(p.relative_to(bundle)) for p in dangling]}")
    languages = shipped_languages(ROOT)
    lean = lean_violations(bundle, languages)
    check(not lean, "the lean bundle leaves these out (packaging/bundle_rules.py LEAN_LEFT_OUT): "
          + ", ".join(f"{p} ({r})" for p, r in lean))
    modules = left_out_modules_in(pyz_modules(bundle / bundle.name))
    check(not modules, f"Python modules the lean bundle leaves out are in its module archive: {modules[:20]}")
    runpaths = [f"{p.relative_to(bundle)}: {foreign_search_paths(p)}" for p in bundle.rglob("*")
                if p.is_file() and not p.is_symlink() and foreign_search_paths(p)]
    check(not runpaths, f"RPATH/RUNPATH of the build machine in the bundle: {runpaths}")
    translations = sorted(p.name for p in bundle.rglob("translations/*.qm"))
    ok(f"bundle {bundle.relative_to(ROOT)}: no forbidden Qt module, no GTK3 theme or other dropped plugin, no "
       f"HTTP/2 or HTTP/3 stack, no lxml.objectify, Qt translations only {translations or 'none'} "
       f"(MentorDesk ships {languages or 'English only'}), no build-machine RUNPATH, no dangling symlink")


_LDCONFIG: list[str] = []


def package_of(soname: str) -> str | None:
    """The Debian package that provides this soname on this machine (None when not installed)."""
    if not _LDCONFIG:
        _LDCONFIG.extend(sh(["ldconfig", "-p"]).stdout.splitlines())
    for line in _LDCONFIG:
        parts = line.strip().split(" => ")
        if len(parts) != 2 or parts[0].split(" ")[0] != soname:
            continue
        path = Path(parts[1])
        # merged /usr: dpkg may know the file under /lib or /usr/lib
        other = Path(str(path).removeprefix("/usr")) if str(path).startswith("/usr/") else Path("/usr" + str(path))
        for candidate in (path, other, path.resolve()):
            result = sh(["dpkg", "-S", str(candidate)])
            if result.returncode == 0:
                return result.stdout.split(":", 1)[0].strip()
    return None


def check_depends(bundle: Path, deb: Path) -> None:
    """Every library the app needs from the system belongs to a package the .deb depends on.

    Libraries that only optional plugins load (OPTIONAL_QT_PLUGINS: Wayland, GL integration, input
    methods...) may come from Depends or Recommends; when they come from neither, or are not installed
    here, they are listed as ignored with the plugin and the reason, never a failure: Qt skips a plugin
    whose libraries are missing and the app runs without it.
    """
    depends = sh(["dpkg-deb", "-f", str(deb), "Depends"]).stdout.strip()
    recommends = depends_names(sh(["dpkg-deb", "-f", str(deb), "Recommends"]).stdout.strip())
    names = depends_names(depends)
    alternatives = [[a.split("(")[0].strip() for a in item.split("|")] for item in depends.split(",")]
    missing = [alts[0] if sh(["apt-cache", "show", alts[0]]).returncode == 0 else alts[-1]
               for alts in alternatives if not any(installed(a) for a in alts)]
    apt_install(missing)
    _LDCONFIG.clear()
    libraries = system_libraries(bundle)
    problems, ignored, optional_ok = [], [], 0
    for soname, info in sorted(libraries.items()):
        package = package_of(soname)
        if info["required"]:
            if package is None:
                problems.append(f"{soname} (needed by {sorted(info['users'])[0]}) is not installed on this machine")
            elif package not in names and package not in BASE_PACKAGES:
                problems.append(f"{soname} comes from {package}, which is not in Depends "
                                f"(needed by {sorted(info['users'])[0]})")
        elif package is not None and (package in names or package in recommends or package in BASE_PACKAGES):
            optional_ok += 1
        else:
            plugins = sorted(info["optional_for"])
            why = "; ".join(f"{p}: {OPTIONAL_QT_PLUGINS[p]}" for p in plugins)
            where = f"from {package}, not in Depends/Recommends" if package else "not installed here"
            ignored.append(f"{soname} ({where}) - only optional plugins load it ({why})")
    check(not problems, "system libraries vs Depends:\n    " + "\n    ".join(problems))
    required = sum(info["required"] for info in libraries.values())
    ok(f"{required} system libraries the app needs all come from Depends ({len(names)} packages); "
       f"{optional_ok} more that only optional plugins load come from Depends/Recommends")
    for line in ignored:
        print(f"  --  ignored: {line}", flush=True)


def self_test(app: Path, platform: str, display: str | None = None, expect_real_window: bool = True) -> str:
    with tempfile.TemporaryDirectory(prefix="mentordesk-check-") as tmp:
        env = app_env(platform, display, Path(tmp))
        result = sh([str(app), "--self-test"], env=env, timeout=300)
    output = result.stdout + result.stderr
    check(result.returncode == 0, f"{app} --self-test on {platform} exited {result.returncode}:\n{output[-2000:]}")
    check(f"shown on '{platform}'" in output, f"self-test did not run on the {platform} platform:\n{output[-1000:]}")
    if expect_real_window and (ROOT / "src/mentordesk/ui/main_window.py").exists():
        check("mentordesk.ui.main_window.MainWindow shown" in output,
              f"the bundle did not render the real main window:\n{output[-1000:]}")
    if (ROOT / "src/mentordesk/ui/crossroads/report_pdf.py").exists():
        check("mentordesk.ui.crossroads.report_pdf" in output, f"the bundle did not use the app's PDF report:\n{output[-1000:]}")
    return output


def check_self_tests(bundle: Path) -> None:
    app = bundle / bundle.name
    self_test(app, "offscreen")
    ok("bundle --self-test with the offscreen platform")
    if not shutil.which("Xvfb"):
        apt_install(["xvfb"])
    with xvfb() as display:
        self_test(app, "xcb", display)
    ok("bundle --self-test under Xvfb with the xcb platform")


def check_deb(deb: Path, version: str) -> None:
    info = {field: sh(["dpkg-deb", "-f", str(deb), field]).stdout.strip()
            for field in ("Package", "Version", "Architecture", "Depends", "Installed-Size")}
    check(info["Package"] == "mentordesk" and info["Version"] == version, f"control fields wrong: {info}")
    for lib in ("libegl1", "libgl1", "libxcb-cursor0", "libfontconfig1", "libxkbcommon-x11-0"):
        check(lib in depends_names(info["Depends"]), f"Depends lacks {lib}: {info['Depends']}")
    listing = sh(["dpkg-deb", "-c", str(deb)]).stdout
    expected = ["./opt/mentordesk/mentordesk", "./usr/bin/mentordesk -> /opt/mentordesk/mentordesk",
                f"./usr/share/applications/{DESKTOP_ID}.desktop", "./usr/share/doc/mentordesk/copyright",
                "./usr/share/doc/mentordesk/changelog.gz", f"./usr/share/metainfo/{DESKTOP_ID}.metainfo.xml",
                "./usr/share/man/man1/mentordesk.1.gz", "./usr/share/lintian/overrides/mentordesk"]
    expected += [f"./usr/share/icons/hicolor/{s}x{s}/apps/{DESKTOP_ID}.png" for s in HICOLOR_SIZES]
    for entry in expected:
        check(entry in listing, f"{deb.name} lacks {entry}")
    check(all(" root/root " in line for line in listing.splitlines()), f"{deb.name} has files not owned by root")
    with tempfile.TemporaryDirectory(prefix="mentordesk-deb-") as tmp:
        root = Path(tmp)
        check(sh(["dpkg-deb", "-x", str(deb), str(root)]).returncode == 0, f"dpkg-deb -x {deb.name} failed")
        desktop = root / f"usr/share/applications/{DESKTOP_ID}.desktop"
        check_desktop_entry(desktop)
        self_test(root / "opt/mentordesk/mentordesk", "offscreen")
    ok(f"{deb.name}: {info['Installed-Size']} KiB installed, control, file list, .desktop valid, "
       "extracted copy passes the self-test")


def check_desktop_entry(desktop: Path) -> None:
    if not shutil.which("desktop-file-validate") and IS_ROOT and shutil.which("apt-get"):
        apt_install(["desktop-file-utils"])
    if shutil.which("desktop-file-validate"):
        result = sh(["desktop-file-validate", str(desktop)])
        check(result.returncode == 0 and not result.stdout.strip(), f"desktop-file-validate: {result.stdout}")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(desktop)
    section = entry["Desktop Entry"]
    check(section.get("Exec", "").split()[0] == "mentordesk" and section.get("Icon") == DESKTOP_ID,
          f"{desktop}: Exec must name the mentordesk launcher and Icon the icon {DESKTOP_ID}")


def desktop_exec(desktop: Path) -> list[str]:
    """The .desktop entry's Exec= command line, field codes (%f, %U...) dropped as a launcher would."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(desktop)
    return [arg for arg in shlex.split(entry["Desktop Entry"]["Exec"]) if not arg.startswith("%")]


def xdotool(display: str, *args: str) -> subprocess.CompletedProcess:
    return sh(["xdotool", *args], env={**os.environ, "DISPLAY": display}, timeout=30)


def first_launch(desktop: Path, path: str, expect_launcher: Path, label: str) -> str:
    """Start the app like a new user does from the menu, quit it with ctrl+q, check it made its database.

    The .desktop entry's Exec= line, found on `path`, with a brand-new empty HOME (XDG_DATA_HOME,
    XDG_CONFIG_HOME, XDG_STATE_HOME and XDG_CACHE_HOME inside it, none of them created), no --db and no
    MENTORDESK_DB, under Xvfb with the xcb platform. Waits for the first visible window of the process,
    focuses it (no window manager: windowactivate would do nothing), sends ctrl+q and requires exit
    code 0 and a database file under the fresh XDG_DATA_HOME.
    """
    if not shutil.which("xdotool"):
        apt_install(["xdotool"])
    exec_cmd = desktop_exec(desktop)
    program = shutil.which(exec_cmd[0], path=path)
    check(program is not None and Path(program).resolve() == expect_launcher.resolve(),
          f"{label}: Exec={exec_cmd[0]} resolves to {program} on PATH={path}, not {expect_launcher}")
    with tempfile.TemporaryDirectory(prefix="mentordesk-first-") as tmp, xvfb() as display:
        home = Path(tmp) / "home"
        home.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "MENTORDESK_", "XDG_"))}
        env.update(HOME=str(home), PATH=path, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_STATE_HOME=str(home / ".local/state"), XDG_CACHE_HOME=str(home / ".cache"))
        log = Path(tmp) / "output.log"
        with log.open("w") as out:
            proc = subprocess.Popen(exec_cmd, env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT)
        try:
            window, started = None, time.monotonic()
            while window is None:
                check(proc.poll() is None, f"{label}: {shlex.join(exec_cmd)} with a fresh HOME exited "
                      f"{proc.returncode} before showing a window:\n{log.read_text()[-2000:]}")
                check(time.monotonic() - started < 90, f"{label}: no visible window after 90 s:\n"
                      f"{log.read_text()[-2000:]}")
                found = xdotool(display, "search", "--onlyvisible", "--pid", str(proc.pid)).stdout.split()
                window = found[0] if found else None
                if window is None:
                    time.sleep(0.2)
            shown_ms = (time.monotonic() - started) * 1000
            time.sleep(0.5)  # let the event loop settle after the first paint
            focus = xdotool(display, "windowfocus", "--sync", window)
            check(focus.returncode == 0, f"{label}: xdotool windowfocus {window} failed: {focus.stderr}")
            key = xdotool(display, "key", "ctrl+q")
            check(key.returncode == 0, f"{label}: xdotool key ctrl+q failed: {key.stderr}")
            try:
                code = proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                raise CheckFailed(f"{label}: still running 30 s after ctrl+q:\n{log.read_text()[-2000:]}")
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        check(code == 0, f"{label}: exited {code} after ctrl+q:\n{log.read_text()[-2000:]}")
        database = Path(env["XDG_DATA_HOME"]) / APP_NAME / "mentordesk.db"
        created = sorted(p.relative_to(home).as_posix() for p in home.rglob("*"))
        check(database.is_file(), f"{label}: no {database.relative_to(home)} in the fresh HOME after the first "
              f"launch; it holds {created}")
    return (f"{label}: Exec={shlex.join(exec_cmd)} with a fresh HOME and no --db showed its window in "
            f"{shown_ms:.0f} ms, quit on ctrl+q with exit 0 and created ~/{database.relative_to(home)}")


def check_tarball(tarball: Path) -> None:
    """Unpacks to one folder that runs; its install.sh puts a menu entry in a fresh HOME, and a first launch
    from that entry (PATH without the folder) works; install.sh --uninstall takes it away again."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-tar-") as tmp:
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="tar")
        top = [p for p in Path(tmp).iterdir()]
        check(len(top) == 1, f"{tarball.name} should hold one top folder, holds {[p.name for p in top]}")
        app = top[0] / "mentordesk"
        result = sh([str(app), "--version"], env=app_env("offscreen", None, Path(tmp)))
        check(result.returncode == 0 and "MentorDesk" in result.stdout, f"unpacked {app} --version: {result}")
        for name in ("install.sh", "LICENCES.txt", f"share/applications/{DESKTOP_ID}.desktop",
                     f"share/metainfo/{DESKTOP_ID}.metainfo.xml", f"share/icons/hicolor/256x256/apps/{DESKTOP_ID}.png"):
            check((top[0] / name).is_file(), f"{tarball.name} lacks {name}")
        installed_msg, desktop, home = package_checks.check_install_script(top[0], DESKTOP_ID)
        try:
            # the installed entry names the unpacked launcher by its full path: PATH need not hold the folder
            launched = first_launch(desktop, "/usr/bin:/bin", app, "unpacked tarball via install.sh's menu entry")
            uninstalled = package_checks.check_uninstall_script(top[0], home, DESKTOP_ID)
        finally:
            package_checks.remove_tree(home)
    ok(f"{tarball.name} unpacks to one folder and runs")
    ok(installed_msg)
    ok(launched)
    ok(uninstalled)


def check_install(deb: Path) -> None:
    """Real install with apt on this machine, launcher started like the menu entry does, then removed."""
    if not (IS_ROOT and shutil.which("apt-get")):
        print("  --  skipped the real install test (needs root and apt-get)")
        return
    if installed("mentordesk"):
        print("  --  skipped the real install test: a mentordesk package is already installed here")
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    result = sh(["apt-get", "install", "-y", "-qq", str(deb.resolve())], env=env)
    check(result.returncode == 0, f"apt-get install {deb.name} failed: {result.stderr[-1500:]}")
    try:
        launcher = shutil.which("mentordesk", path="/usr/bin")
        check(launcher == "/usr/bin/mentordesk", "the package put no mentordesk launcher in /usr/bin")
        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(f"/usr/share/applications/{DESKTOP_ID}.desktop")
        exec_cmd = [arg for arg in shlex.split(entry["Desktop Entry"]["Exec"]) if not arg.startswith("%")]
        with tempfile.TemporaryDirectory(prefix="mentordesk-installed-") as tmp, xvfb() as display:
            desktop_env = app_env("xcb", display, Path(tmp))
            desktop_env["PATH"] = "/usr/bin:/bin"  # Exec= names the launcher, found on PATH as a menu would
            demo = str(Path(tmp) / "demo.db")
            check(sh([launcher, "demo", "--db", demo], env=desktop_env).returncode == 0, "mentordesk demo failed")
            seconds = time_once(exec_cmd + ["--db", demo], desktop_env)
            self_test(Path(launcher), "xcb", display)
        ok(f"apt-get installed {deb.name}; the menu entry's command opened a window in {seconds * 1000:.0f} ms "
           "under Xvfb; /usr/bin/mentordesk --self-test passed")
        ok(first_launch(Path(f"/usr/share/applications/{DESKTOP_ID}.desktop"), "/usr/bin:/bin",
                        Path("/opt/mentordesk/mentordesk"), "installed .deb"))
    finally:
        removed = sh(["dpkg", "--purge", "mentordesk"], env=env)
        check(removed.returncode == 0, f"dpkg --purge mentordesk failed: {removed.stderr}")
        check(not Path("/opt/mentordesk").exists(), "/opt/mentordesk is left behind after purging the package")
        ok("package purged again, /opt/mentordesk gone")


def record_startup(bundle: Path) -> dict:
    with_xcb = measure(bundle / bundle.name, "xcb", runs=7)
    offscreen = measure(bundle / bundle.name, "offscreen", runs=5)
    ok(f"start-up to first painted window: xcb first {with_xcb['first_ms']} ms, warm median "
       f"{with_xcb['warm_median_ms']} ms (best {with_xcb['warm_best_ms']}); offscreen warm median "
       f"{offscreen['warm_median_ms']} ms")
    budgets_file = DIST / "budgets.json"
    budgets = json.loads(budgets_file.read_text())
    budgets.update(startup_xcb=with_xcb, startup_offscreen=offscreen)
    budgets_file.write_text(json.dumps(budgets, indent=2) + "\n")
    return budgets


def check_packages(bundle: Path, tarball: Path, deb: Path, rpm_file: Path | None, version: str) -> None:
    """tools/package_checks.py: AppStream, lintian, .deb extras, licences, the RPM, SHA256SUMS."""
    with tempfile.TemporaryDirectory(prefix="mentordesk-debroot-") as tmp:
        deb_root = Path(tmp)
        check(sh(["dpkg-deb", "-x", str(deb), str(deb_root)]).returncode == 0, f"dpkg-deb -x {deb.name} failed")
        ok(package_checks.check_appstream(deb_root, DESKTOP_ID, version))
        ok(package_checks.check_deb_extras(deb, deb_root))
        ok(package_checks.check_lintian(deb))
        rpm_root = None
        try:
            if rpm_file is not None:
                message, rpm_root = package_checks.check_rpm(rpm_file, version, DESKTOP_ID)
                ok(message)
            else:
                raise CheckFailed("no RPM was built (apt-get install rpm, then make dist)")
            ok(package_checks.check_licences(bundle, deb_root, tarball, rpm_root))
        finally:
            package_checks.remove_tree(rpm_root)
    ok(package_checks.check_sha256sums(DIST, [tarball, deb, *([rpm_file] if rpm_file else [])]))


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("dist_check: Linux only", file=sys.stderr)
        return 2
    passed = 0
    try:
        bundle, tarball, deb, rpm_file, version = artifacts()
        print(f"dist-check {bundle.name} {version}")
        checks = [lambda: check_contents(bundle), lambda: check_depends(bundle, deb),
                  lambda: check_self_tests(bundle), lambda: check_deb(deb, version),
                  lambda: check_packages(bundle, tarball, deb, rpm_file, version),
                  lambda: check_tarball(tarball), lambda: check_install(deb)]
        for run_check in checks:
            run_check()
            passed += 1
        budgets = record_startup(bundle)
        ok(package_checks.check_sizes(budgets))
        passed += 1
    except (CheckFailed, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"dist-check: FAILED: {exc}", file=sys.stderr)
        print(f"dist-check: {passed} passed, 1 failed")
        return 1
    rpm_note = f", .rpm {budgets['rpm_bytes'] / MB:.1f} MB" if budgets.get("rpm_bytes") else ""
    print(f"onedir {budgets['onedir_bytes'] / MB:.1f} MB, tar.xz {budgets['tar_xz_bytes'] / MB:.1f} MB, "
          f".deb {budgets['deb_bytes'] / MB:.1f} MB{rpm_note}, "
          f"warm start {budgets['startup_xcb']['warm_median_ms']} ms (xcb)")
    print(f"dist-check: {passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
