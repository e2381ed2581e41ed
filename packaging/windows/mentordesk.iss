; Inno Setup 6 script for the Windows installer of MentorDesk.
; Built by .github/workflows/release.yml after PyInstaller has made dist\mentordesk\ from
; packaging\mentordesk.spec:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\mentordesk /DOutputDir=..\..\dist packaging\windows\mentordesk.iss
; Per-user install without administrator rights (PrivilegesRequired=lowest): files go to
; %LOCALAPPDATA%\Programs\MentorDesk, a Start-menu entry is added, and Windows' "Apps" list
; gets an uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (release.yml reads it from src/mentordesk/__init__.py)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\mentordesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\mentordesk.ico"
#endif
#define AppName "MentorDesk"
#define AppExe "mentordesk.exe"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to one product; never change it.
AppId={{6B7C1D2E-3F40-4A5B-9C6D-7E8F90A1B2C3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MentorDesk developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=MentorDesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir bundle: mentordesk.exe and its _internal folder.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's library folder wholesale, so files a new version dropped do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
