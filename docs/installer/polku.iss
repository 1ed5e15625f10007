; Inno Setup script for the Windows installer of Polku (Inno Setup 6).
; Build on Windows after `make package` (or `pyinstaller build.spec`) produced dist\polku:
;     iscc /DAppVersion=0.1.0 docs\installer\polku.iss
; Silent install for IT (no questions, no restart), optionally with the machine-wide config:
;     PolkuSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CONFIG="\\server\share\polku.ini"
; Silent uninstall:  "%ProgramFiles%\Polku\unins000.exe" /VERYSILENT
; The user's data (profile, logs, settings in %LOCALAPPDATA%\Polku) is never touched by install,
; update or uninstall: an update installs over the old folder and the database migrates on unlock.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F4E2B1C-3D5A-4C7E-9B1F-2A8D0E7C5B34}
AppName=Polku
AppVersion={#AppVersion}
AppPublisher=Kuopion kaupunki
DefaultDirName={autopf}\Polku
DefaultGroupName=Polku
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=PolkuSetup-{#AppVersion}
OutputDir=..\..\dist
SetupIconFile=..\..\resources\icons\polku.ico
UninstallDisplayIcon={app}\polku.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\polku\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The machine-wide configuration, when IT passes /CONFIG=path (kept on update if already there).
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\Polku"; DestName: "polku.ini"; \
  Flags: external skipifsourcedoesntexist onlyifdoesntexist uninsneveruninstall; Check: HasConfig

[Dirs]
Name: "{commonappdata}\Polku"; Permissions: users-readexec

[Icons]
Name: "{group}\Polku"; Filename: "{app}\polku.exe"
Name: "{autodesktop}\Polku"; Filename: "{app}\polku.exe"

[Run]
; A broken install must not go unnoticed: the installed program checks itself.
Filename: "{app}\polku-cli.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; \
  StatusMsg: "Checking the installation…"

[Code]
function HasConfig(): Boolean;
begin
  Result := ExpandConstant('{param:CONFIG|}') <> '';
end;
