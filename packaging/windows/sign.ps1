# Authenticode-sign Windows files when the signing secrets are present; otherwise say so and do nothing.
#   pwsh packaging/windows/sign.ps1 dist\mentordesk\mentordesk.exe dist\mentordesk\mentordesk-cli.exe
# Secrets (GitHub Actions, passed as environment variables by release.yml):
#   WINDOWS_CERTIFICATE_PFX       the code-signing certificate and key, a .pfx file in base64
#   WINDOWS_CERTIFICATE_PASSWORD  its password
# Unsigned builds work, but SmartScreen warns on first start ("Windows protected your PC").
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'
if (-not $env:WINDOWS_CERTIFICATE_PFX) {
    Write-Output "::notice title=Unsigned Windows build::WINDOWS_CERTIFICATE_PFX is not set: $($Files -join ', ') not signed"
    exit 0
}
$pfx = Join-Path $env:RUNNER_TEMP 'mentordesk-signing.pfx'
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE_PFX))
try {
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw 'signtool.exe not found (Windows SDK)' }
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD /fd sha256 `
        /tr http://timestamp.digicert.com /td sha256 /d MentorDesk $Files
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
    & $signtool.FullName verify /pa $Files
    if ($LASTEXITCODE -ne 0) { throw "signtool verify failed ($LASTEXITCODE)" }
} finally {
    Remove-Item -Force $pfx -ErrorAction SilentlyContinue
}
