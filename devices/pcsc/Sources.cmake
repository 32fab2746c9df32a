# Chip-card readers over PC/SC (pcsc-lite on Linux): readers, card events, APDU exchange with the T=0 rules.
target_sources(posdesk_devices PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ApduExchange.cpp ${CMAKE_CURRENT_LIST_DIR}/ApduExchange.h
    ${CMAKE_CURRENT_LIST_DIR}/PcscError.cpp ${CMAKE_CURRENT_LIST_DIR}/PcscError.h
    ${CMAKE_CURRENT_LIST_DIR}/ReaderState.cpp ${CMAKE_CURRENT_LIST_DIR}/ReaderState.h
    ${CMAKE_CURRENT_LIST_DIR}/PcscContext.cpp ${CMAKE_CURRENT_LIST_DIR}/PcscContext.h
    ${CMAKE_CURRENT_LIST_DIR}/PcscCard.cpp ${CMAKE_CURRENT_LIST_DIR}/PcscCard.h
    ${CMAKE_CURRENT_LIST_DIR}/PcscReaderWatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/PcscReaderWatcher.h
)
if(WIN32)
    # The Windows Smart Card service has the same API in winscard.lib. Not built yet: the sources use a few
    # pcsc-lite names (pcsc_stringify_error, MAX_BUFFER_SIZE_EXTENDED) that need their Windows equivalents.
    target_link_libraries(posdesk_devices PRIVATE winscard)
else()
    pkg_check_modules(PCSCLITE REQUIRED IMPORTED_TARGET libpcsclite)
    target_link_libraries(posdesk_devices PRIVATE PkgConfig::PCSCLITE)
endif()
