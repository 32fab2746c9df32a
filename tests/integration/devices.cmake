# Devices end to end: the real posdesk-devsim process and posdesk-cli (pseudo-terminals, so Unix only).
if(UNIX)
    posdesk_add_test(NAME tst_devices SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_devices.cpp ${CMAKE_CURRENT_LIST_DIR}/DevSim.h ${CMAKE_CURRENT_LIST_DIR}/HostSim.h
                     LIBS posdesk_core posdesk_test_support LABELS devices TIMEOUT 180)
    add_dependencies(tst_devices posdesk-cli posdesk-devsim posdesk-hostsim)
endif()
