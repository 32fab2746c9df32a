posdesk_add_test(NAME tst_remediation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_remediation.cpp ${CMAKE_CURRENT_LIST_DIR}/HostSim.h
                 LIBS posdesk_core posdesk_test_support TIMEOUT 300)
add_dependencies(tst_remediation posdesk-cli posdesk-hostsim)
