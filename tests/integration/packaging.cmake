# Packaging tests (label "packaging"; leave them out with `ctest -LE packaging`).
# packaging_deb_cleanroom: cpack -G DEB from this build directory, static checks and lintian, then a fresh Debian
#   bookworm root from the mirror (mmdebstrap) where the package is installed without recommends and every
#   program is run. Needs root and the Debian mirror; a cold run downloads ~150 MB, later runs reuse
#   packaging/cache in the build directory.
# packaging_nsis: Debian's makensis compiles the Windows installer script against placeholder files.
if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
    return()
endif()
add_test(NAME packaging_deb_cleanroom
         COMMAND ${PROJECT_SOURCE_DIR}/installer/test-package.sh ${PROJECT_BINARY_DIR})
set_tests_properties(packaging_deb_cleanroom PROPERTIES TIMEOUT 2700 LABELS packaging)
add_test(NAME packaging_nsis COMMAND ${PROJECT_SOURCE_DIR}/installer/windows/test-nsis.sh ${PROJECT_VERSION})
set_tests_properties(packaging_nsis PROPERTIES TIMEOUT 300 LABELS packaging)
