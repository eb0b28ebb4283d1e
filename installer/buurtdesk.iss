; Inno Setup script for BuurtDesk on Windows: a per-user install without administrator rights
; (and no all-users choice: every path below is the user's own), a start-menu entry, and the
; .buurtdesk file association. buurtdeskw.exe is the window; buurtdesk.exe beside it is the
; command line, which prints in a console (buurtdesk pdf ..., buurtdesk --help).
; Build on a Windows machine:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -r requirements.lock -r installer\requirements-build.lock
;   .venv\Scripts\pip install --no-deps -e .
;   .venv\Scripts\python scripts\i18n.py release
;   .venv\Scripts\pyinstaller --noconfirm --distpath build\dist --workpath build\work installer\buurtdesk.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\buurtdesk.iss
; Result: dist\BuurtDesk-<version>-setup.exe
; The spec leaves out the same unused Python modules, Qt plugins and libraries on Windows; its
; ICU shrinking and shared-library trimming are for Linux only (Qt on Windows uses Windows' ICU).

#define AppName "BuurtDesk"
#define AppVersion "0.1.0"
#define AppExe "buurtdeskw.exe"
#define ConsoleExe "buurtdesk.exe"

[Setup]
AppId={{6B1E9C52-3F0A-4C58-9D2B-7A1F0E4B2D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=BuurtDesk
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=BuurtDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\buurtdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\build\dist\BuurtDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userprograms}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
; The command line in a console window, with buurtdesk on its PATH.
Name: "{userprograms}\{#AppName} (opdrachtregel)"; Filename: "{cmd}"; Parameters: "/k ""set PATH={app};%PATH% && {#ConsoleExe} --help"""; WorkingDir: "{userdocs}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per-user file association for exchange packages (.buurtdesk), no administrator rights needed.
Root: HKCU; Subkey: "Software\Classes\.buurtdesk"; ValueType: string; ValueName: ""; ValueData: "BuurtDesk.Package"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\BuurtDesk.Package"; ValueType: string; ValueName: ""; ValueData: "BuurtDesk-uitwisselbestand"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\BuurtDesk.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\BuurtDesk.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --import ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
