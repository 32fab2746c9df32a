# PC/SC chip-card readers end to end (issue 15): the real pcscd with the vpcd virtual reader and a card process.
if(UNIX)
    posdesk_add_test(NAME tst_pcsc SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pcsc.cpp ${CMAKE_CURRENT_LIST_DIR}/PcscTestRig.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/PcscTestRig.h LIBS posdesk_devices
                     LABELS devices pcsc TIMEOUT 300)
    posdesk_use_pcsc_rig(tst_pcsc)
endif()
# The codes and states as the till words them; no pcscd needed.
posdesk_add_test(NAME tst_pcsc_codes SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_pcsc_codes.cpp LIBS posdesk_devices
                 LABELS devices pcsc)
# The chip application (core/emv) against the emulated PBOC cards through the same rig.
if(UNIX)
    posdesk_add_test(NAME tst_chip SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_chip.cpp ${CMAKE_CURRENT_LIST_DIR}/PcscTestRig.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/PcscTestRig.h LIBS posdesk_devices
                     LABELS emv pcsc TIMEOUT 300)
    posdesk_use_pcsc_rig(tst_chip)
endif()
# Chip sales through posdesk-cli, the rig and the host simulator playing the cards' issuers.
if(UNIX)
    posdesk_add_test(NAME tst_chipsale SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_chipsale.cpp
                     ${CMAKE_CURRENT_LIST_DIR}/PcscTestRig.cpp ${CMAKE_CURRENT_LIST_DIR}/PcscTestRig.h
                     ${CMAKE_CURRENT_LIST_DIR}/HostSim.h ${CMAKE_CURRENT_LIST_DIR}/DevSim.h LIBS posdesk_core
                     posdesk_test_support
                     POSTGRES LABELS emv pcsc TIMEOUT 600)
    posdesk_use_pcsc_rig(tst_chipsale)
    add_dependencies(tst_chipsale posdesk-cli posdesk-hostsim posdesk-devsim)
endif()
# The emulated card's own self-test (a terminal's walk through every profile, checked against published vectors)
# and its generated keys and cards as committed.
if(UNIX)
    add_test(NAME rig_card_selftest COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/rig/card/selftest.py)
    add_test(NAME rig_card_keys COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/tests/rig/card/make_keys.py --check)
    set_tests_properties(rig_card_selftest rig_card_keys PROPERTIES LABELS "emv;pcsc" TIMEOUT 120)
endif()
