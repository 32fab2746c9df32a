# Packaging: the desktop-integration files the programs need once installed, and CPack.
#   Linux:   `cpack -G DEB` in a build directory gives posdesk_<version>_<arch>.deb (prefix /usr);
#            installer/test-package.sh proves it in a fresh Debian bookworm root.
#   Windows: target `windows-installer` stages the programs, runs windeployqt and makensis on
#            installer/windows/posdesk.nsi (see installer/windows/BUILDING.md).
# The programs' own install() rules live in app/*/CMakeLists.txt. posdesk-devsim has none on purpose: it is a
# developer's and the tests' stand-in for hardware, built only where pseudo-terminals exist, and it does not ship.

set(POSDESK_APP_ID "org.posdesk.PosDesk")
set(POSDESK_MAINTAINER "The PosDesk developers <maintainers@posdesk.invalid>")
set(POSDESK_SUMMARY "back office and PC till for shops that take bank cards")
set(_pkg_src "${PROJECT_SOURCE_DIR}")
set(_pkg_out "${PROJECT_BINARY_DIR}/packaging-data")

# The changelog and the AppStream release list are written by hand; both must name this version, or the
# package would contradict itself (lintian and software centres read them). test-package.sh fails on it too.
file(STRINGS "${_pkg_src}/installer/debian/changelog" _pkg_changelog_head LIMIT_COUNT 1)
if(NOT _pkg_changelog_head MATCHES "^posdesk \\(${PROJECT_VERSION}\\) ")
    message(WARNING "installer/debian/changelog does not start with an entry for ${PROJECT_VERSION}: "
                    "add one (and a <release> in resources/linux/${POSDESK_APP_ID}.metainfo.xml)")
endif()

if(UNIX AND NOT APPLE)
    # Freedesktop integration: menu entry, AppStream metadata, icons, manual pages, copyright, changelog.
    install(FILES "${_pkg_src}/resources/linux/${POSDESK_APP_ID}.desktop" DESTINATION share/applications)
    install(FILES "${_pkg_src}/resources/linux/${POSDESK_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
    install(FILES "${_pkg_src}/resources/icons/posdesk.svg" DESTINATION share/icons/hicolor/scalable/apps
            RENAME "${POSDESK_APP_ID}.svg")
    install(FILES "${_pkg_src}/installer/debian/copyright" DESTINATION share/doc/posdesk)

    set(_pkg_generated)
    # PNG sizes for desktops and menus that do not scale SVG, rendered from the one SVG at build time.
    find_program(RSVG_CONVERT_PROGRAM rsvg-convert)
    if(RSVG_CONVERT_PROGRAM)
        foreach(_size 16 22 24 32 48 64 128 256 512)
            set(_png "${_pkg_out}/icons/${_size}x${_size}/${POSDESK_APP_ID}.png")
            add_custom_command(OUTPUT "${_png}"
                COMMAND ${CMAKE_COMMAND} -E make_directory "${_pkg_out}/icons/${_size}x${_size}"
                COMMAND ${RSVG_CONVERT_PROGRAM} --width ${_size} --height ${_size} --output "${_png}"
                        "${_pkg_src}/resources/icons/posdesk.svg"
                DEPENDS "${_pkg_src}/resources/icons/posdesk.svg"
                COMMENT "Rendering the ${_size}px icon" VERBATIM)
            install(FILES "${_png}" DESTINATION share/icons/hicolor/${_size}x${_size}/apps)
            list(APPEND _pkg_generated "${_png}")
        endforeach()
    else()
        message(WARNING "rsvg-convert (librsvg2-bin) not found: the PNG icons are left out of the package")
    endif()

    # Debian wants the changelog and manual pages compressed with gzip -9n (maximum, no timestamp).
    find_program(GZIP_PROGRAM gzip REQUIRED)
    add_custom_command(OUTPUT "${_pkg_out}/doc/changelog.gz"
        COMMAND ${CMAKE_COMMAND} -E copy "${_pkg_src}/installer/debian/changelog" "${_pkg_out}/doc/changelog"
        COMMAND ${GZIP_PROGRAM} -9nf "${_pkg_out}/doc/changelog"
        DEPENDS "${_pkg_src}/installer/debian/changelog" VERBATIM)
    install(FILES "${_pkg_out}/doc/changelog.gz" DESTINATION share/doc/posdesk)
    list(APPEND _pkg_generated "${_pkg_out}/doc/changelog.gz")
    foreach(_page posdesk posdesk-cli posdesk-hostsim)
        configure_file("${_pkg_src}/resources/linux/man/${_page}.1.in" "${_pkg_out}/man/${_page}.1" @ONLY)
        add_custom_command(OUTPUT "${_pkg_out}/man/${_page}.1.gz"
            COMMAND ${GZIP_PROGRAM} -9nkf "${_pkg_out}/man/${_page}.1"
            DEPENDS "${_pkg_out}/man/${_page}.1" VERBATIM)
        install(FILES "${_pkg_out}/man/${_page}.1.gz" DESTINATION share/man/man1)
        list(APPEND _pkg_generated "${_pkg_out}/man/${_page}.1.gz")
    endforeach()
    add_custom_target(posdesk_packaging_data ALL DEPENDS ${_pkg_generated})

    # A stripped install (cpack, `cmake --install --strip`) also drops the compiler's .comment and .note
    # sections, as Debian's dh_strip does. Runs after the programs' own install rules (policy CMP0082).
    if(CMAKE_OBJCOPY)
        install(CODE "
            if(CMAKE_INSTALL_DO_STRIP)
                foreach(_prog posdesk posdesk-cli posdesk-hostsim)
                    set(_f \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/\${_prog}\")
                    if(EXISTS \"\${_f}\")
                        execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment --remove-section=.note
                                                \"\${_f}\" COMMAND_ERROR_IS_FATAL ANY)
                    endif()
                endforeach()
            endif()")
    endif()
endif()

# ---- CPack -------------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "posdesk")
set(CPACK_PACKAGE_VENDOR "The PosDesk developers")
set(CPACK_PACKAGE_CONTACT "${POSDESK_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${POSDESK_SUMMARY}")
set(CPACK_STRIP_FILES ON) # the build is RelWithDebInfo; a shop PC needs no debug symbols
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian package. Runtime dependencies come from dpkg-shlibdeps over the installed programs; what it cannot
# see is listed by hand:
#   libqt6sql6-sqlite  the QSQLITE driver is a plugin loaded at run time: without it every program installs and
#                      then fails to open its database. Hard dependency.
#   qt6-qpa-plugins    NOT a dependency: on bookworm the xcb, offscreen and minimal platform plugins are in
#                      libqt6gui6 itself (qt6-qpa-plugins holds only vnc and tuiotouch). test-package.sh checks
#                      that the xcb plugin resolves and runs the GUI on X in the clean root without it.
#   Recommends         the PostgreSQL driver (several tills on one server); a Secret Service / KWallet keyring
#                      for QtKeychain (without one the data-protection key falls back to a 0600 key file); Qt's
#                      own Chinese translations; a CJK font, since the interface and receipts are Chinese first;
#                      the Wayland platform plugin (XWayland works without it).
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${POSDESK_MAINTAINER}")
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "PosDesk keeps a shop's card terminals enrolled with the acquirer, sells at the
PC till, closes settlement batches and exports reports (CSV, XLSX, PDF), and
drives the receipt printer and card reader plugged into the PC. It speaks
ISO 8583 in the China UnionPay POS dialect and guides the owner through the
fix when the acquirer answers 97 (terminal not registered).
.
This package holds the desktop application (posdesk), the command-line tool
(posdesk-cli) and the acquirer host simulator used for training
(posdesk-hostsim).")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, gnome-keyring | kwalletmanager, qt6-translations-l10n, \
fonts-noto-cjk | fonts-wqy-microhei, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# lintian tags accepted on the .deb, each with its reason. installer/test-package.sh runs lintian (errors,
# warnings and info) and fails on any tag not listed here. Fixed rather than accepted: what lintian 2.116
# reported (description-synopsis-is-duplicated; binary-has-unneeded-section, see the objcopy step above) and
# what was avoided from the start (unstripped binaries, missing manual pages, copyright or changelog, a changelog
# not compressed with gzip -9n).
# Full RELRO (-z relro -z now), PIE, the stack protector and _FORTIFY_SOURCE come from posdesk_common in
# cmake/CommonConfig.cmake; today no tag needs accepting.
set(POSDESK_LINTIAN_ACCEPTED)
list(JOIN POSDESK_LINTIAN_ACCEPTED "\n" _accepted)
file(WRITE "${_pkg_out}/lintian-accepted" "${_accepted}")

if(WIN32)
    # The Windows installer needs windeployqt and makensis around the install step, so it is a target of its
    # own rather than a CPack generator.
    include("${_pkg_src}/installer/windows/WindowsInstaller.cmake")
else()
    set(CPACK_GENERATOR "DEB")
    include(CPack)
endif()
