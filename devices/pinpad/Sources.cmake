# PIN pads: the ESC serial command set (PROTOCOL.md) behind PinEntryDevice.
target_sources(posdesk_devices PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PinPadFrame.cpp ${CMAKE_CURRENT_LIST_DIR}/PinPadFrame.h
    ${CMAKE_CURRENT_LIST_DIR}/EscPinPad.cpp ${CMAKE_CURRENT_LIST_DIR}/EscPinPad.h
)
