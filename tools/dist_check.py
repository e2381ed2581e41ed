"""`make dist-check`: prove the Linux artifacts that `make dist` built actually work.

1. bundle: no forbidden Qt module, no dropped plugin (the GTK3 theme) or its GTK libraries, no dangling symlink;
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
7. start-up time to the first painted window, recorded with the sizes in dist/budgets.json.
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
    dropped_files,
    elf_needed,
    forbidden_files,
    plugin_of,
)
from measure_startup import app_env, measure, time_once, xvfb  # noqa: E402

DIST = ROOT / "dist"
APP_NAME = app_info(ROOT)[0]  # the data folder's name under XDG_DATA_HOME
BASE_PACKAGES = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}  # always present on Debian/Ubuntu
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


class CheckFailed(Exception):
    """A check failed; the message says what and where."""


def ok(message: str) -> None:
    print(f"  ok  {message}", flush=True)


def check(condition, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def sh(cmd, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


def apt_install(packages: list[str]) -> None:
    """Install Debian packages when we are root and have apt-get; otherwise say what is missing."""
    if not packages:
        return
    if not (IS_ROOT and shutil.which("apt-get")):
        raise CheckFailed(f"missing system packages (install them): {' '.join(packages)}")
    print(f"  ..  apt-get install {' '.join(packages)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if sh(["apt-get", "install", "-y", "-qq", *packages], env=env).returncode != 0:
        sh(["apt-get", "update", "-qq"], env=env)
        result = sh(["apt-get", "install", "-y", "-qq", *packages], env=env)
        check(result.returncode == 0, f"apt-get install failed: {result.stderr[-800:]}")


def installed(package: str) -> bool:
    result = sh(["dpkg-query", "-W", "-f", "${Status}", package])
    return result.returncode == 0 and result.stdout.endswith("installed")


def artifacts() -> tuple[Path, Path, Path, str]:
    _, app_id, version = app_info(ROOT)
    budgets = json.loads((DIST / "budgets.json").read_text()) if (DIST / "budgets.json").exists() else {}
    bundle = DIST / app_id
    tarball = DIST / budgets.get("tar_gz", "")
    deb = DIST / budgets.get("deb", "")
    for path in (bundle / app_id, tarball, deb):
        check(path.is_file(), f"{path} is missing: run `make dist` first")
    check(budgets.get("version") == version, f"dist/ holds version {budgets.get('version')}, source is {version}")
    return bundle, tarball, deb, version


def check_contents(bundle: Path) -> None:
    bad = forbidden_files(bundle)
    check(not bad, "forbidden Qt files in the bundle: " + ", ".join(f"{p} ({r})" for p, r in bad))
    dropped = dropped_files(bundle)
    check(not dropped, "dropped Qt plugins (or the GTK libraries of the GTK3 theme) are back in the bundle, "
          f"see DROPPED_QT_PLUGINS in packaging/bundle_rules.py: {dropped}")
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    check(not dangling, f"dangling symlinks in the bundle: {[str(p.relative_to(bundle)) for p in dangling]}")
    ok(f"bundle {bundle.relative_to(ROOT)}: no forbidden Qt module, no GTK3 theme or other dropped plugin, "
       "no dangling symlink")


def elf_files(tree: Path) -> dict[Path, list[str]]:
    """Every regular ELF file under `tree` with its NEEDED sonames."""
    out = {}
    for path in tree.rglob("*"):
        if path.is_file() and not path.is_symlink() and (needed := elf_needed(path)) is not None:
            out[path] = needed
    return out


def system_libraries(bundle: Path) -> dict[str, dict]:
    """soname -> {"users", "optional_for"} for every NEEDED library the bundle does not ship.

    A library is required when some bundled file on the app's own load path needs it: walking NEEDED
    from every bundled ELF file that nothing else links (the executable, Python extensions, the plugins
    Qt loads by path) except the OPTIONAL_QT_PLUGINS. One needed only by optional plugins (or by bundled
    libraries only they load, like libQt6WaylandClient) is optional: "optional_for" names those plugins.
    """
    elves = elf_files(bundle)
    by_name: dict[str, list[Path]] = {}
    for path in bundle.rglob("*"):
        target = path.resolve() if path.is_symlink() else path
        if target in elves:
            by_name.setdefault(path.name, []).append(target)
    linked = {soname for needed in elves.values() for soname in needed}

    def closure(start: list[Path]) -> set[Path]:
        seen, todo = set(), list(start)
        while todo:
            elf = todo.pop()
            if elf not in seen:
                seen.add(elf)
                todo.extend(t for soname in elves[elf] for t in by_name.get(soname, []))
        return seen

    optional_plugins = {elf: plugin for elf in elves
                        if (plugin := plugin_of(elf.relative_to(bundle).as_posix(), OPTIONAL_QT_PLUGINS))}
    roots = [elf for elf in elves if elf not in optional_plugins and elf.name not in linked]
    required = closure(roots)
    reach = {elf: closure([elf]) for elf in optional_plugins}
    libraries: dict[str, dict] = {}
    for elf, needed in elves.items():
        for soname in needed:
            if soname in by_name:
                continue
            info = libraries.setdefault(soname, {"users": set(), "required": False, "optional_for": set()})
            info["users"].add(elf.relative_to(bundle).as_posix())
            if elf in required:
                info["required"] = True
            info["optional_for"] |= {optional_plugins[p] for p, files in reach.items() if elf in files}
    return libraries


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
                "./usr/share/applications/mentordesk.desktop", "./usr/share/doc/mentordesk/copyright"]
    expected += [f"./usr/share/icons/hicolor/{s}x{s}/apps/mentordesk.png" for s in HICOLOR_SIZES]
    for entry in expected:
        check(entry in listing, f"{deb.name} lacks {entry}")
    check(all(" root/root " in line for line in listing.splitlines()), f"{deb.name} has files not owned by root")
    with tempfile.TemporaryDirectory(prefix="mentordesk-deb-") as tmp:
        root = Path(tmp)
        check(sh(["dpkg-deb", "-x", str(deb), str(root)]).returncode == 0, f"dpkg-deb -x {deb.name} failed")
        desktop = root / "usr/share/applications/mentordesk.desktop"
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
    check(section.get("Exec", "").split()[0] == "mentordesk" and section.get("Icon") == "mentordesk",
          f"{desktop}: Exec/Icon must name the mentordesk launcher and icon")


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
    with tempfile.TemporaryDirectory(prefix="mentordesk-tar-") as tmp:
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="tar")
        top = [p for p in Path(tmp).iterdir()]
        check(len(top) == 1, f"{tarball.name} should hold one top folder, holds {[p.name for p in top]}")
        app = top[0] / "mentordesk"
        result = sh([str(app), "--version"], env=app_env("offscreen", None, Path(tmp)))
        check(result.returncode == 0 and "MentorDesk" in result.stdout, f"unpacked {app} --version: {result}")
        desktop = top[0] / "share/mentordesk.desktop"
        check(desktop.is_file(), f"{tarball.name} lacks share/mentordesk.desktop")
        # the unpacked folder on PATH, as after linking its launcher into ~/.local/bin
        launched = first_launch(desktop, f"{top[0]}:/usr/bin:/bin", app, "unpacked tarball")
    ok(f"{tarball.name} unpacks to one folder and runs")
    ok(launched)


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
        entry.read("/usr/share/applications/mentordesk.desktop")
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
        ok(first_launch(Path("/usr/share/applications/mentordesk.desktop"), "/usr/bin:/bin",
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


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("dist_check: Linux only", file=sys.stderr)
        return 2
    passed = 0
    try:
        bundle, tarball, deb, version = artifacts()
        print(f"dist-check {bundle.name} {version}")
        checks = [lambda: check_contents(bundle), lambda: check_depends(bundle, deb),
                  lambda: check_self_tests(bundle), lambda: check_deb(deb, version),
                  lambda: check_tarball(tarball), lambda: check_install(deb)]
        for run_check in checks:
            run_check()
            passed += 1
        budgets = record_startup(bundle)
        passed += 1
    except (CheckFailed, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"dist-check: FAILED: {exc}", file=sys.stderr)
        print(f"dist-check: {passed} passed, 1 failed")
        return 1
    mb = 1024 * 1024
    print(f"onedir {budgets['onedir_bytes'] / mb:.0f} MB, tar.gz {budgets['tar_gz_bytes'] / mb:.1f} MB, "
          f".deb {budgets['deb_bytes'] / mb:.1f} MB, warm start {budgets['startup_xcb']['warm_median_ms']} ms (xcb)")
    print(f"dist-check: {passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
