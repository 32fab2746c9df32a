# posdesk-cli report and day check end to end (issue 6), on SQLite and PostgreSQL.
posdesk_add_test(NAME tst_reports SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reports.cpp
                 LIBS posdesk_core posdesk_test_support posdesk_report_test_data LABELS reports POSTGRES TIMEOUT 900)
add_dependencies(tst_reports posdesk-cli)
