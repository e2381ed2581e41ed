#!/usr/bin/env bash
# Put dist/MentorDesk.app (PyInstaller BUNDLE from packaging/mentordesk.spec) into a compressed
# drag-to-Applications disk image: dist/MentorDesk-<version>-macos-<arch>.dmg. Runs on macOS only.
#   packaging/macos/make_dmg.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?usage: make_dmg.sh VERSION}
app=dist/MentorDesk.app
[ -d "$app" ] || { echo "make_dmg: $app not found (run pyinstaller packaging/mentordesk.spec first)" >&2; exit 1; }
arch=$(uname -m)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes (and its ad-hoc signature).
ditto "$app" "$stage/MentorDesk.app"
ln -s /Applications "$stage/Applications"
out="dist/MentorDesk-${version}-macos-${arch}.dmg"
rm -f "$out"
hdiutil create -volname "MentorDesk ${version}" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "built $out"
