# Copies into STAGE/bin every non-Qt, non-Windows DLL that the staged programs and the Qt plugins windeployqt put
# beside them import (OpenSSL, libsodium, libxlsxwriter, zlib, QtKeychain, libpq for the PostgreSQL driver ...),
# searching DLL_DIRS (vcpkg's bin folder and any the builder names). Run by the windows-installer target:
#   cmake -DSTAGE=<dir> "-DDLL_DIRS=<dir;dir>" [-DDUMPBIN=<path to dumpbin.exe>] -P deploy-dlls.cmake
# Without DUMPBIN, dumpbin is taken from PATH (a Visual Studio developer prompt has it).
# A DLL that cannot be found fails the step: an installer that misses one would start nowhere.
cmake_minimum_required(VERSION 3.21)
if(NOT STAGE)
    message(FATAL_ERROR "deploy-dlls.cmake: pass -DSTAGE=<staged installation>")
endif()
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "dumpbin")
if(DUMPBIN)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${DUMPBIN}")
endif()

set(_bin "${STAGE}/bin")
file(GLOB _exes "${_bin}/*.exe")
list(FILTER _exes EXCLUDE REGEX "vc_redist")
file(GLOB_RECURSE _modules "${_bin}/*.dll")

file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${_exes}
    MODULES ${_modules}
    DIRECTORIES "${_bin}" ${DLL_DIRS}
    RESOLVED_DEPENDENCIES_VAR _resolved
    UNRESOLVED_DEPENDENCIES_VAR _unresolved
    # Windows' own libraries and the Visual C++ runtime (vc_redist installs it) are not copied.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^(vcruntime|msvcp|concrt|ucrtbase)[0-9_]*[dD]?\\.dll$"
    POST_EXCLUDE_REGEXES "[Ss]ystem32" "[Ss]ys[Ww][Oo][Ww]64" "[Ww]indows[/\\\\]")

foreach(_dll IN LISTS _resolved)
    get_filename_component(_dir "${_dll}" DIRECTORY)
    file(TO_CMAKE_PATH "${_dir}" _dir)
    file(TO_CMAKE_PATH "${_bin}" _bin_norm)
    if(NOT _dir STREQUAL _bin_norm AND NOT _dir MATCHES "^${_bin_norm}/")
        message(STATUS "deploy-dlls: ${_dll}")
        file(COPY "${_dll}" DESTINATION "${_bin}")
    endif()
endforeach()
if(_unresolved)
    message(FATAL_ERROR "deploy-dlls: not found in ${_bin} or DLL_DIRS (${DLL_DIRS}): ${_unresolved}")
endif()
