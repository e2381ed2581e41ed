"""Windows and macOS as users meet them (issue #22 item 7), and the release workflow's checksums and signing.

These bundles are built only on GitHub's Windows and macOS runners; here the spec, the scripts and the
workflow are checked as text and the Linux-runnable parts are run.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from bundle_rules import macos_architectures, macos_minimum  # noqa: E402

SPEC = (ROOT / "packaging" / "mentordesk.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def test_windows_gets_a_console_companion_in_the_same_folder():
    tree = ast.parse(SPEC)
    exes = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EXE"]
    keywords = [{k.arg: ast.unparse(k.value) for k in exe.keywords} for exe in exes]
    cli = next(k for k in keywords if k.get("name", "").endswith("-cli'"))
    assert cli["console"] == "True" and cli["exclude_binaries"] == "True"
    assert 'if sys.platform == "win32":\n    cli_exes.append(EXE(' in SPEC
    assert "coll = COLLECT(  # noqa: F821\n    exe,\n    *cli_exes," in SPEC  # one folder, one _internal
    assert "mentordesk-cli.exe --version" in WORKFLOW and "mentordesk-cli.exe --self-test" in WORKFLOW


@pytest.mark.parametrize("wheel, minimum, archs", [
    ("Wheel-Version: 1.0\nTag: cp39-abi3-macosx_13_0_universal2\n", "13.0", {"arm64", "x86_64"}),
    ("Tag: cp39-abi3-macosx_12_0_x86_64\nTag: cp39-abi3-macosx_14_0_arm64\n", "14.0", {"arm64", "x86_64"}),
    ("Tag: cp311-cp311-macosx_11_0_arm64\n", "11.0", {"arm64"}),
])
def test_macos_minimum_comes_from_the_pyside6_wheel_tag(wheel, minimum, archs):
    assert macos_minimum(wheel) == minimum
    assert macos_architectures(wheel) == archs


def test_macos_minimum_refuses_a_wheel_without_a_macos_tag():
    with pytest.raises(ValueError, match="macosx"):
        macos_minimum("Tag: cp39-abi3-manylinux_2_28_x86_64\n")


def test_the_app_declares_that_minimum_and_apple_silicon():
    assert '"LSMinimumSystemVersion": MACOS_MINIMUM' in SPEC
    assert 'macos_minimum(distribution("PySide6_Essentials").read_text("WHEEL")' in SPEC
    assert '"LSArchitecturePriority": ["arm64"]' in SPEC
    assert "bundle_identifier=DESKTOP_ID" in SPEC
    assert "lipo -archs dist/MentorDesk.app/Contents/MacOS/mentordesk | grep -qx arm64" in WORKFLOW
    assert 'test "$declared" = "$wheel"' in WORKFLOW


def test_readme_tells_the_current_macos_first_launch_and_the_windows_cli():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "System Settings > Privacy & Security" in readme and "Open Anyway" in readme
    assert "Apple silicon only" in readme and "macOS 13" in readme
    assert "mentordesk-cli.exe" in readme and "install.sh" in readme and "SHA256SUMS" in readme


def test_signing_runs_with_secrets_and_is_skipped_with_a_notice_without():
    for secret in ("WINDOWS_CERTIFICATE_PFX", "MACOS_CERTIFICATE_P12", "MACOS_SIGNING_IDENTITY", "APPLE_ID",
                   "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert f"${{{{ secrets.{secret} }}}}" in WORKFLOW, secret
    assert WORKFLOW.count("pwsh packaging/windows/sign.ps1") == 2  # the exes, then the installer
    assert "packaging/macos/sign.sh app" in WORKFLOW and "packaging/macos/sign.sh dmg" in WORKFLOW
    assert WORKFLOW.index("packaging/macos/sign.sh app") < WORKFLOW.index("run: packaging/macos/make_dmg.sh")
    ps1 = (ROOT / "packaging" / "windows" / "sign.ps1").read_text()
    assert "::notice" in ps1 and "/tr http" in ps1 and "/fd sha256" in ps1
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MACOS_", "APPLE_"))}
    result = subprocess.run(["bash", str(ROOT / "packaging" / "macos" / "sign.sh"), "app"],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0 and result.stdout.startswith("::notice title=Unsigned macOS build::")
    script = (ROOT / "packaging" / "macos" / "sign.sh").read_text()
    assert "--options runtime" in script and "notarytool submit" in script and "stapler staple" in script


def test_release_attaches_the_versioned_artifacts_and_sha256sums():
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(WORKFLOW)
    linux_upload = next(s for s in workflow["jobs"]["linux"]["steps"] if s.get("uses", "").startswith("actions/upload"))
    assert {"dist/*.tar.xz", "dist/*.deb", "dist/*.rpm", "dist/SHA256SUMS"} <= set(linux_upload["with"]["path"].split())
    publish = workflow["jobs"]["publish"]["steps"]
    sums = next(s for s in publish if "SHA256SUMS" in s.get("name", ""))
    assert "sha256sum *.tar.xz *.deb *.rpm *.exe *.dmg > SHA256SUMS" in sums["run"]
    release = next(s for s in publish if s.get("uses", "").startswith("softprops/action-gh-release"))
    files = set(release["with"]["files"].split())
    assert {"artifacts/*.tar.xz", "artifacts/*.deb", "artifacts/*.rpm", "artifacts/*.exe", "artifacts/*.dmg",
            "artifacts/SHA256SUMS"} <= files
    assert "*.tar.gz" not in WORKFLOW
