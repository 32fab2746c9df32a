# Users and permissions, passwords, card data and keys at rest (PCI DSS v4 req. 3, 8, 10).
target_sources(posdesk_core PRIVATE
    security/DataProtection.cpp security/DataProtection.h
    security/Hardening.cpp security/Hardening.h
    security/KeyFile.cpp security/KeyFile.h
    security/KeyStore.cpp security/KeyStore.h
    security/OsKeychain.cpp security/OsKeychain.h
    security/PanProtector.cpp security/PanProtector.h
    security/PasswordHasher.cpp security/PasswordHasher.h
    security/PasswordPolicy.cpp security/PasswordPolicy.h
    security/Permissions.cpp security/Permissions.h
    security/SecureBuffer.cpp security/SecureBuffer.h
    security/SettingsTable.cpp security/SettingsTable.h
    security/Sodium.cpp security/Sodium.h
    security/UserService.cpp security/UserService.h
)

# The OS keychain is optional: without QtKeychain the data-protection key lives in a 0600 key file.
find_package(Qt6Keychain QUIET)
set_package_properties(Qt6Keychain PROPERTIES TYPE RECOMMENDED
    PURPOSE "keeps the data-protection key in the OS keychain instead of a 0600 key file")
if(Qt6Keychain_FOUND)
    target_link_libraries(posdesk_core PRIVATE Qt6Keychain::Qt6Keychain)
    target_compile_definitions(posdesk_core PRIVATE POSDESK_HAVE_QTKEYCHAIN)
endif()
