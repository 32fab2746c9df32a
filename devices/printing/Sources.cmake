# Printing: the receipt printer driver (status polling, job completion) and the persistent print queue.
target_sources(posdesk_devices PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReceiptPrinter.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiptPrinter.h
    ${CMAKE_CURRENT_LIST_DIR}/PrintJobStore.cpp ${CMAKE_CURRENT_LIST_DIR}/PrintJobStore.h
    ${CMAKE_CURRENT_LIST_DIR}/PrintQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/PrintQueue.h
    ${CMAKE_CURRENT_LIST_DIR}/Slips.cpp ${CMAKE_CURRENT_LIST_DIR}/Slips.h
)
