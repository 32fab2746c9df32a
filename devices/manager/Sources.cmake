# The device manager: configured devices (devices table), their drivers, live status and health checks.
target_sources(posdesk_devices PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DeviceStore.cpp ${CMAKE_CURRENT_LIST_DIR}/DeviceStore.h
    ${CMAKE_CURRENT_LIST_DIR}/DeviceSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/DeviceSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/CardReader.cpp ${CMAKE_CURRENT_LIST_DIR}/CardReader.h
    ${CMAKE_CURRENT_LIST_DIR}/DeviceManager.cpp ${CMAKE_CURRENT_LIST_DIR}/DeviceManager.h
    ${CMAKE_CURRENT_LIST_DIR}/PinPadDevice.cpp ${CMAKE_CURRENT_LIST_DIR}/PinPadDevice.h
)
