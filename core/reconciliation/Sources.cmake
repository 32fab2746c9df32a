# Acquirer statement import: parsers of the statement files (no database).
target_sources(posdesk_core PRIVATE
    reconciliation/Statement.h
    reconciliation/ColumnMapping.cpp reconciliation/ColumnMapping.h
    reconciliation/StatementText.cpp reconciliation/StatementText.h
    reconciliation/StatementParser.cpp reconciliation/StatementParser.h
    reconciliation/Readers.h
    reconciliation/TableReader.cpp
    reconciliation/UnionPayZm.cpp
    reconciliation/LeshuaTxt.cpp
    reconciliation/XlsWorkbook.cpp
)
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET GLOBAL freexl)
target_link_libraries(posdesk_core PRIVATE PkgConfig::FREEXL)
