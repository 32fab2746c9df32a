posdesk_add_test(NAME tst_remediation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_remediation.cpp ${CMAKE_CURRENT_LIST_DIR}/HostSim.h
                 LIBS posdesk_core posdesk_test_support TIMEOUT 300)
add_dependencies(tst_remediation posdesk-cli posdesk-hostsim)

# PCI DSS requirement 3: the shop's flows with every test card, then a search of every file written for a PAN or
# track in any form.
posdesk_add_test(NAME tst_carddata_scan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_carddata_scan.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/HostSim.h LIBS posdesk_core posdesk_devices posdesk_test_support
                 LABELS security TIMEOUT 300)
add_dependencies(tst_carddata_scan posdesk-cli posdesk-hostsim)
