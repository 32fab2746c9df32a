# The PIN pad driver against posdesk-devsim's virtual pad on a real pseudo-terminal (Unix only).
if(UNIX)
    posdesk_add_test(NAME tst_pinpad SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pinpad.cpp ${CMAKE_CURRENT_LIST_DIR}/DevSim.h
                     LIBS posdesk_devices posdesk_test_support LABELS devices TIMEOUT 180)
    add_dependencies(tst_pinpad posdesk-devsim)
endif()
