# Receipt printer logic: ESC/POS job building, slip layouts (the labels as one table), status parsing.
target_sources(posdesk_devices PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PrinterText.cpp ${CMAKE_CURRENT_LIST_DIR}/PrinterText.h
    ${CMAKE_CURRENT_LIST_DIR}/EscPosBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/EscPosBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/EscPosDump.cpp ${CMAKE_CURRENT_LIST_DIR}/EscPosDump.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/LayoutParts.cpp ${CMAKE_CURRENT_LIST_DIR}/LayoutParts.h
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptLayouts.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptLayouts.h
    ${CMAKE_CURRENT_LIST_DIR}/SummaryLayouts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PrinterStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/PrinterStatus.h
)
