; Registers roadbook:// for the sign-in redirect: electron-builder writes protocols only on macOS
; and Linux. SHELL_CONTEXT is HKCU for a per-user install, HKLM for a per-machine one.
!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\roadbook" "" "URL:Roadbook sign-in"
  WriteRegStr SHELL_CONTEXT "Software\Classes\roadbook" "URL Protocol" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\roadbook\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\roadbook\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  DeleteRegKey SHELL_CONTEXT "Software\Classes\roadbook"
!macroend
