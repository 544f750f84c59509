; Inno Setup script: the Windows installer from the PyInstaller bundle (see packaging/README.md).
; Build on Windows, from the checkout's root:
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\mapper.spec
;   iscc packaging\neighbourhood-mapper.iss      (writes dist\neighbourhood-mapper-setup-0.1.0.exe)
; Not tried yet: no Windows machine was available when it was written (packaging/README.md says what was).

#define AppName "Neighbourhood Mapper"
#define AppVersion "0.1.0"
#define AppExe "neighbourhood-mapper.exe"

[Setup]
AppId={{8C9E4E37-5C1B-4C8A-9B0D-6A0F3E2D1B47}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Neighbourhoods of Care
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; per-user install by default: a community centre's volunteer may not be an administrator
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=neighbourhood-mapper-setup-{#AppVersion}
SetupIconFile=neighbourhood-mapper.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder bundle: the .exe, _internal\ (Python, Qt, QtWebEngineProcess.exe, resources, demo)
Source: "..\dist\neighbourhood-mapper\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .gpkg opens as a project, .nmkey shows the coordinator key's fingerprint (the same as the .deb's types)
Root: HKA; Subkey: "Software\Classes\.gpkg\OpenWithProgids"; ValueType: string; ValueName: "NeighbourhoodMapper.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\NeighbourhoodMapper.Project"; ValueType: string; ValueName: ""; ValueData: "Neighbourhood Mapper project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\NeighbourhoodMapper.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\NeighbourhoodMapper.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.nmkey"; ValueType: string; ValueName: ""; ValueData: "NeighbourhoodMapper.Key"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\NeighbourhoodMapper.Key"; ValueType: string; ValueName: ""; ValueData: "Neighbourhood Mapper coordinator key"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\NeighbourhoodMapper.Key\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\NeighbourhoodMapper.Key\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
