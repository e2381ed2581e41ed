#!/usr/bin/env bash
# Sign MentorDesk.app (codesign, hardened runtime) or sign and notarize the .dmg, when the signing
# secrets are present; otherwise say so and do nothing (the app then needs Open Anyway on first start).
#   packaging/macos/sign.sh app                  sign dist/MentorDesk.app
#   packaging/macos/sign.sh dmg dist/X.dmg       sign the disk image, notarize it and staple the ticket
# Secrets (GitHub Actions, passed as environment variables by release.yml):
#   MACOS_CERTIFICATE_P12, MACOS_CERTIFICATE_PASSWORD  "Developer ID Application" certificate (.p12, base64)
#   MACOS_SIGNING_IDENTITY                             e.g. "Developer ID Application: Name (TEAMID)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD        notarization with notarytool (app-specific password)
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:?usage: sign.sh app|dmg [FILE]}
if [ -z "${MACOS_CERTIFICATE_P12:-}" ] || [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
  echo "::notice title=Unsigned macOS build::MACOS_CERTIFICATE_P12 / MACOS_SIGNING_IDENTITY are not set: $what not signed or notarized"
  exit 0
fi
keychain="$RUNNER_TEMP/mentordesk-signing.keychain-db"
if [ ! -f "$keychain" ]; then
  password=$(uuidgen)
  security create-keychain -p "$password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$password" "$keychain"
  echo "$MACOS_CERTIFICATE_P12" | base64 --decode > "$RUNNER_TEMP/cert.p12"
  security import "$RUNNER_TEMP/cert.p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
  rm -f "$RUNNER_TEMP/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -k "$password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
fi
case "$what" in
  app)
    app=dist/MentorDesk.app
    # inside out: every library and executable first, then the bundle itself
    find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
      while IFS= read -r -d '' file; do
        file -b "$file" | grep -q Mach-O || continue  # only binaries: a signature on a data file breaks the seal
        codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
          --sign "$MACOS_SIGNING_IDENTITY" "$file"
      done
    codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
      --sign "$MACOS_SIGNING_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
    ;;
  dmg)
    dmg=${2:?usage: sign.sh dmg FILE}
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
    if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
      echo "::notice title=Not notarized::APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD are not set: $dmg is signed but not notarized"
      exit 0
    fi
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    ;;
  *) echo "sign.sh: unknown target $what" >&2; exit 2 ;;
esac
