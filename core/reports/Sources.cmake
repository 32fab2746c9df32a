# Reports and exports (issue 6): row streams from forward-only queries, CSV and XLSX writers, the pre-close guard.
# PDF needs QtGui and lives in its own target (reports/pdf), so that posdesk_core stays free of it.
target_sources(posdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportTypes.h
    ${CMAKE_CURRENT_LIST_DIR}/CellFormatter.cpp ${CMAKE_CURRENT_LIST_DIR}/CellFormatter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportSource.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportSource.h
    ${CMAKE_CURRENT_LIST_DIR}/TransactionReport.cpp ${CMAKE_CURRENT_LIST_DIR}/TransactionReport.h
    ${CMAKE_CURRENT_LIST_DIR}/SettlementReport.cpp ${CMAKE_CURRENT_LIST_DIR}/SettlementReport.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentReport.cpp ${CMAKE_CURRENT_LIST_DIR}/IncidentReport.h
    ${CMAKE_CURRENT_LIST_DIR}/CostReport.cpp ${CMAKE_CURRENT_LIST_DIR}/CostReport.h
    ${CMAKE_CURRENT_LIST_DIR}/ScorecardReport.cpp ${CMAKE_CURRENT_LIST_DIR}/ScorecardReport.h
    ${CMAKE_CURRENT_LIST_DIR}/CostOverview.cpp ${CMAKE_CURRENT_LIST_DIR}/CostOverview.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportCatalog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportCatalog.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvReportWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvReportWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/XlsxReportWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/XlsxReportWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportExporter.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportExporter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportLanguage.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportLanguage.h
    ${CMAKE_CURRENT_LIST_DIR}/../settlement/PreCloseGuard.cpp ${CMAKE_CURRENT_LIST_DIR}/../settlement/PreCloseGuard.h
)
target_link_libraries(posdesk_core PRIVATE PkgConfig::XLSXWRITER)

# Large reports read SQLite's own statement on the connection Qt opened (no QVariant, no UTF-16 round trip per
# cell). Only where Qt's SQLite driver uses the system library (Linux distributions, libqt6sql6-sqlite): a driver
# with its own copy of SQLite inside cannot share a handle with another copy.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    find_package(SQLite3 REQUIRED)
    target_link_libraries(posdesk_core PRIVATE SQLite::SQLite3)
    target_compile_definitions(posdesk_core PRIVATE POSDESK_SQLITE_DIRECT=1)
endif()

# The Chinese catalog of the report headers, totals and pre-close advice, compiled and embedded
# (":/posdesk/i18n/posdesk_reports_zh_CN.qm"); English is the source language.
qt_add_lrelease(posdesk_core
    TS_FILES ${CMAKE_CURRENT_LIST_DIR}/i18n/posdesk_reports_zh_CN.ts
    QM_FILES_OUTPUT_VARIABLE _posdesk_reports_qm)
set_source_files_properties(${_posdesk_reports_qm} PROPERTIES QT_RESOURCE_ALIAS posdesk_reports_zh_CN.qm)
qt_add_resources(posdesk_core "posdesk_reports_i18n" PREFIX "/posdesk/i18n" FILES ${_posdesk_reports_qm})
