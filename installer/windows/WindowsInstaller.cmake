# Windows installer, included by cmake/Packaging.cmake on Windows only:
#   cmake --build build --config Release --target windows-installer   ->  build/PosDesk-<version>-win64.exe
# Stages `cmake --install` in build/windows-stage, lets windeployqt add Qt's DLLs, plugins, translations and the
# Visual C++ runtime installer, copies the other DLLs (deploy-dlls.cmake), then compiles posdesk.nsi with
# makensis. The steps and the tools are in installer/windows/BUILDING.md.

set(POSDESK_WINDOWS_DLL_DIRS "" CACHE STRING
    "Folders holding OpenSSL, libsodium, libxlsxwriter (and libpq) DLLs; vcpkg's bin folder is added by itself")

get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(WINDEPLOYQT_PROGRAM windeployqt HINTS "${_qt_bin}")
find_program(MAKENSIS_PROGRAM makensis PATHS "C:/Program Files (x86)/NSIS" "C:/Program Files/NSIS")
get_filename_component(_msvc_bin "${CMAKE_LINKER}" DIRECTORY)
find_program(DUMPBIN_PROGRAM dumpbin HINTS "${_msvc_bin}")

set(_dll_dirs ${POSDESK_WINDOWS_DLL_DIRS})
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND _dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()

if(NOT WINDEPLOYQT_PROGRAM OR NOT MAKENSIS_PROGRAM OR NOT DUMPBIN_PROGRAM)
    message(STATUS "windows-installer target not available: windeployqt=${WINDEPLOYQT_PROGRAM} "
                   "makensis=${MAKENSIS_PROGRAM} dumpbin=${DUMPBIN_PROGRAM}")
    return()
endif()

set(_stage "${PROJECT_BINARY_DIR}/windows-stage")
set(_setup "${PROJECT_BINARY_DIR}/PosDesk-${PROJECT_VERSION}-win64.exe")
add_custom_target(windows-installer
    COMMAND ${CMAKE_COMMAND} -E rm -rf "${_stage}"
    COMMAND ${CMAKE_COMMAND} --install "${PROJECT_BINARY_DIR}" --config $<CONFIG> --prefix "${_stage}" --strip
    COMMAND "${WINDEPLOYQT_PROGRAM}" $<IF:$<CONFIG:Debug>,--debug,--release> --compiler-runtime --no-system-d3d-compiler
            "${_stage}/bin/posdesk.exe" "${_stage}/bin/posdesk-cli.exe" "${_stage}/bin/posdesk-hostsim.exe"
    COMMAND ${CMAKE_COMMAND} "-DSTAGE=${_stage}" "-DDLL_DIRS=${_dll_dirs}" "-DDUMPBIN=${DUMPBIN_PROGRAM}"
            -P "${PROJECT_SOURCE_DIR}/installer/windows/deploy-dlls.cmake"
    COMMAND "${MAKENSIS_PROGRAM}" /V2 /WX "/DVERSION=${PROJECT_VERSION}" "/DSTAGING=${_stage}" "/DOUTFILE=${_setup}"
            "${PROJECT_SOURCE_DIR}/installer/windows/posdesk.nsi"
    DEPENDS posdesk posdesk-cli posdesk-hostsim
    COMMENT "Building ${_setup}"
    VERBATIM)
