; PosDesk installer for 64-bit Windows (NSIS 3, Unicode). This file starts with a UTF-8 byte-order mark so that
; makensis reads the Chinese strings correctly on any system; keep it when editing.
;
;   makensis /DVERSION=0.1.0 /DSTAGING=C:\src\posdesk\build\windows-stage /DOUTFILE=PosDesk-0.1.0-win64.exe posdesk.nsi
;
; STAGING is what `cmake --install` and windeployqt produced (target `windows-installer`, BUILDING.md):
; bin\posdesk.exe, bin\posdesk-cli.exe, bin\posdesk-hostsim.exe and, beside them, every DLL and Qt plugin folder.
; Everything the installer copies lives under $INSTDIR\bin, which is what the uninstaller removes.
;
; Upgrade in place: the installer finds the previous installation through its uninstall registry key, installs
; into the same folder and first runs the previous uninstaller silently (it waits for it). The shop's data
; (%APPDATA%\PosDesk) is never touched by the installer or the uninstaller.
; installer/test-nsis.sh compiles this script with Debian's makensis against placeholder files (ctest
; packaging_nsis), so a broken script fails the tests on Linux too.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (the project version)"
!endif
!ifndef STAGING
  !error "pass /DSTAGING=<folder holding bin\posdesk.exe and its DLLs>"
!endif
!if ! /FileExists "${STAGING}\bin\posdesk.exe"
  !error "${STAGING}\bin\posdesk.exe is missing: STAGING must be the staged installation (see BUILDING.md)"
!endif
!ifndef OUTFILE
  !define OUTFILE "PosDesk-${VERSION}-win64.exe"
!endif
!ifndef ICON
  !define ICON "${__FILEDIR__}\..\..\resources\icons\posdesk.ico"
!endif

!define APP_NAME "PosDesk"
!define PUBLISHER "The PosDesk developers"
!define APP_KEY "Software\PosDesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PosDesk"
!define MAIN_EXE "$INSTDIR\bin\posdesk.exe"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\PosDesk"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "${MAIN_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; The first language is the fallback; Windows' display language picks the other.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

LangString MSG_NEED_X64 ${LANG_ENGLISH} "PosDesk needs a 64-bit version of Windows."
LangString MSG_NEED_X64 ${LANG_SIMPCHINESE} "PosDesk 需要 64 位 Windows。"
LangString MSG_REMOVING ${LANG_ENGLISH} "Removing the previous version from $R1 (your data is kept)"
LangString MSG_REMOVING ${LANG_SIMPCHINESE} "正在卸载 $R1 中的旧版本（数据会保留）"
LangString MSG_REMOVE_FAILED ${LANG_ENGLISH} "The previous version could not be removed (code $R2). Close PosDesk and run the installer again."
LangString MSG_REMOVE_FAILED ${LANG_SIMPCHINESE} "无法卸载旧版本（代码 $R2）。请关闭 PosDesk 后重新运行安装程序。"
LangString LNK_DEMO ${LANG_ENGLISH} "PosDesk demo shop"
LangString LNK_DEMO ${LANG_SIMPCHINESE} "PosDesk 演示商店"
LangString LNK_UNINSTALL ${LANG_ENGLISH} "Uninstall PosDesk"
LangString LNK_UNINSTALL ${LANG_SIMPCHINESE} "卸载 PosDesk"

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "$(MSG_NEED_X64)" /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
    SetShellVarContext all
    ; Upgrade in place: offer the folder of the installed version.
    ReadRegStr $R0 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $R0 != ""
        StrCpy $INSTDIR $R0
    ${EndIf}
FunctionEnd

Section "-RemovePreviousVersion"
    ReadRegStr $R1 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $R1 != ""
    ${AndIf} ${FileExists} "$R1\uninstall.exe"
        DetailPrint "$(MSG_REMOVING)"
        ; _?= runs the old uninstaller from its folder instead of a temporary copy, so ExecWait waits for it.
        ExecWait '"$R1\uninstall.exe" /S _?=$R1' $R2
        ${If} $R2 != 0
            MessageBox MB_ICONSTOP "$(MSG_REMOVE_FAILED)" /SD IDOK
            Abort
        ${EndIf}
        ; An uninstaller run with _?= cannot delete itself.
        Delete "$R1\uninstall.exe"
        RMDir "$R1"
    ${EndIf}
SectionEnd

Section "PosDesk" SecMain
    SectionIn RO
    SetOutPath "$INSTDIR\bin"
    File /r "${STAGING}\bin\*.*"

    ; windeployqt --compiler-runtime leaves Microsoft's Visual C++ runtime installer beside the programs.
    ${If} ${FileExists} "$INSTDIR\bin\vc_redist.x64.exe"
        ExecWait '"$INSTDIR\bin\vc_redist.x64.exe" /install /quiet /norestart'
        Delete "$INSTDIR\bin\vc_redist.x64.exe"
    ${EndIf}

    SetOutPath "$INSTDIR"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateDirectory "$SMPROGRAMS\PosDesk"
    CreateShortcut "$SMPROGRAMS\PosDesk\PosDesk.lnk" "${MAIN_EXE}" "" "${MAIN_EXE}" 0
    CreateShortcut "$SMPROGRAMS\PosDesk\$(LNK_DEMO).lnk" "${MAIN_EXE}" "--demo" "${MAIN_EXE}" 0
    CreateShortcut "$SMPROGRAMS\PosDesk\$(LNK_UNINSTALL).lnk" "$INSTDIR\uninstall.exe"

    WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
    WriteRegStr HKLM "${APP_KEY}" "Version" "${VERSION}"
    WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
    WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "${MAIN_EXE},0"
    WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    IntFmt $0 "0x%08X" $0
    WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Function un.onInit
    SetRegView 64
    SetShellVarContext all
FunctionEnd

Section "Uninstall"
    ; Only what the installer put there: a shop may have chosen a folder that holds other things.
    RMDir /r "$INSTDIR\bin"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    RMDir /r "$SMPROGRAMS\PosDesk"
    DeleteRegKey HKLM "${UNINST_KEY}"
    DeleteRegKey HKLM "${APP_KEY}"
SectionEnd
