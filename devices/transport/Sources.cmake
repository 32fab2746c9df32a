# Byte pipes to devices (serial, raw TCP, device file) that reconnect by themselves.
target_sources(posdesk_devices PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Transport.cpp ${CMAKE_CURRENT_LIST_DIR}/Transport.h
    ${CMAKE_CURRENT_LIST_DIR}/TransportConfig.cpp ${CMAKE_CURRENT_LIST_DIR}/TransportConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/SerialTransport.cpp ${CMAKE_CURRENT_LIST_DIR}/SerialTransport.h
    ${CMAKE_CURRENT_LIST_DIR}/TcpTransport.cpp ${CMAKE_CURRENT_LIST_DIR}/TcpTransport.h
    ${CMAKE_CURRENT_LIST_DIR}/DeviceFileTransport.cpp ${CMAKE_CURRENT_LIST_DIR}/DeviceFileTransport.h
)
