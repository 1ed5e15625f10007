; Inno Setup script for the Windows installer of Polku (Inno Setup 6). Saved as UTF-8 with a BOM:
; the Finnish and Swedish messages below need it before Inno Setup 6.3.
; Build on Windows after `make package` (or `pyinstaller build.spec`) produced dist\polku:
;     iscc /DAppVersion=0.1.0 docs\installer\polku.iss
; Silent install for IT (no questions, no restart), optionally with the machine-wide config:
;     PolkuSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CONFIG="\\server\share\polku.ini"
; /CONFIG on an update replaces the machine-wide polku.ini (the old one is kept beside it as
; polku.ini.bak-YYYYMMDD-HHMMSS); a /CONFIG file that does not exist stops setup before anything is
; installed. After installing, setup runs "polku-cli self-test" and writes its report to
; %ProgramData%\Polku\install-self-test.txt; a failed check is shown (message box, finished page)
; and setup exits with code 10 instead of 0, so a silent roll-out sees it too.
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
; The machine-wide configuration, when IT passes /CONFIG=path: installed on first install and
; replaced on every update that passes it (BackupConfig keeps the old file first).
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\Polku"; DestName: "polku.ini"; \
  Flags: external ignoreversion uninsneveruninstall; Check: HasConfig; BeforeInstall: BackupConfig

[Dirs]
Name: "{commonappdata}\Polku"; Permissions: users-readexec

[Icons]
Name: "{group}\Polku"; Filename: "{app}\polku.exe"
Name: "{autodesktop}\Polku"; Filename: "{app}\polku.exe"

[CustomMessages]
en.CheckingInstallation=Checking the installation...
fi.CheckingInstallation=Tarkistetaan asennusta...
sv.CheckingInstallation=Installationen kontrolleras...
en.SelfTestFailed=Polku was installed, but its self-test failed (exit code %1): the program may not work on this computer.%n%nThe self-test's report is in%n%2%n%nGive that file to IT, or run "polku-cli self-test" to see the report again.
fi.SelfTestFailed=Polku asennettiin, mutta sen itsetarkistus epäonnistui (paluukoodi %1): ohjelma ei ehkä toimi tällä tietokoneella.%n%nItsetarkistuksen raportti on tiedostossa%n%2%n%nAnna tiedosto IT-tuelle tai katso raportti uudelleen komennolla "polku-cli self-test".
sv.SelfTestFailed=Polku installerades, men dess självtest misslyckades (slutkod %1): programmet fungerar kanske inte på den här datorn.%n%nSjälvtestets rapport finns i%n%2%n%nGe filen till IT eller kör "polku-cli self-test" för att se rapporten igen.
en.SelfTestNotStarted=Polku was installed, but its self-test could not be started (%1).%n%nRun "polku-cli self-test" in %2 to check the installation.
fi.SelfTestNotStarted=Polku asennettiin, mutta sen itsetarkistusta ei voitu käynnistää (%1).%n%nTarkista asennus komennolla "polku-cli self-test" kansiossa %2.
sv.SelfTestNotStarted=Polku installerades, men dess självtest kunde inte startas (%1).%n%nKontrollera installationen med "polku-cli self-test" i mappen %2.
en.SelfTestFailedHeading=The installation check failed
fi.SelfTestFailedHeading=Asennuksen tarkistus epäonnistui
sv.SelfTestFailedHeading=Installationskontrollen misslyckades
en.ConfigMissing=The configuration file given with /CONFIG was not found:%n%1%n%nNothing was installed.
fi.ConfigMissing=Parametrilla /CONFIG annettua asetustiedostoa ei löytynyt:%n%1%n%nMitään ei asennettu.
sv.ConfigMissing=Konfigurationsfilen som angavs med /CONFIG hittades inte:%n%1%n%nIngenting installerades.

[Code]
const
  SelfTestFailedExitCode = 10;  { setup's own codes are 0-8 }

var
  SelfTestMessage: String;  { empty when the self-test passed }

function HasConfig(): Boolean;
begin
  Result := ExpandConstant('{param:CONFIG|}') <> '';
end;

function SelfTestReport(): String;
begin
  Result := ExpandConstant('{commonappdata}\Polku\install-self-test.txt');
end;

{ A /CONFIG file that is not there (a typo, the share not reachable) stops setup before anything is
  installed: silently keeping the old configuration is what IT must not get. }
function InitializeSetup(): Boolean;
var
  Config: String;
begin
  Result := True;
  Config := ExpandConstant('{param:CONFIG|}');
  if (Config <> '') and not FileExists(Config) then
  begin
    Log('/CONFIG file not found: ' + Config);
    SuppressibleMsgBox(FmtMessage(CustomMessage('ConfigMissing'), [Config]), mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

{ Before /CONFIG replaces the machine-wide polku.ini: the old one stays beside it. }
procedure BackupConfig();
var
  Target, Backup: String;
begin
  Target := ExpandConstant('{commonappdata}\Polku\polku.ini');
  if FileExists(Target) then
  begin
    Backup := Target + '.bak-' + GetDateTimeString('yyyymmdd-hhnnss', '-', '-');
    if FileCopy(Target, Backup, False) then
      Log('Previous polku.ini kept as ' + Backup)
    else
      Log('Could not keep the previous polku.ini as ' + Backup);
  end;
end;

{ The installed program checks itself; its report goes to a file (shown when it fails) and to
  setup's own log. A failed or unstartable check is shown and makes setup exit with code 10. }
procedure RunSelfTest();
var
  Exe: String;
  ResultCode, I: Integer;
  Lines: TArrayOfString;
begin
  Exe := ExpandConstant('{app}\polku-cli.exe');
  WizardForm.StatusLabel.Caption := CustomMessage('CheckingInstallation');
  DeleteFile(SelfTestReport());
  if not Exec(Exe, 'self-test --report "' + SelfTestReport() + '"', ExpandConstant('{app}'), SW_HIDE,
              ewWaitUntilTerminated, ResultCode) then
  begin
    SelfTestMessage := FmtMessage(CustomMessage('SelfTestNotStarted'),
                                  [SysErrorMessage(ResultCode), ExpandConstant('{app}')]);
  end
  else
  begin
    if LoadStringsFromFile(SelfTestReport(), Lines) then
      for I := 0 to GetArrayLength(Lines) - 1 do
        Log('self-test: ' + Lines[I]);
    Log('self-test exit code ' + IntToStr(ResultCode));
    if ResultCode <> 0 then
      SelfTestMessage := FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode), SelfTestReport()]);
  end;
  if SelfTestMessage <> '' then
  begin
    Log(SelfTestMessage);
    SuppressibleMsgBox(SelfTestMessage, mbCriticalError, MB_OK, IDOK);
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    RunSelfTest();
end;

{ The finished page says it too (an interactive install), instead of "Setup has finished". }
procedure CurPageChanged(CurPageID: Integer);
begin
  if (CurPageID = wpFinished) and (SelfTestMessage <> '') then
  begin
    WizardForm.FinishedHeadingLabel.Caption := CustomMessage('SelfTestFailedHeading');
    WizardForm.FinishedLabel.Caption := SelfTestMessage;
  end;
end;

{ Called only when setup would exit with 0: a failed self-test turns that into 10. }
function GetCustomSetupExitCode(): Integer;
begin
  if SelfTestMessage <> '' then
    Result := SelfTestFailedExitCode
  else
    Result := 0;
end;
