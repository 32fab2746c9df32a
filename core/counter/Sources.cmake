# The counter: cashier numbers, cash sales and the cashier's shift with its drawer count.
target_sources(posdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CashierNumbers.cpp ${CMAKE_CURRENT_LIST_DIR}/CashierNumbers.h
    ${CMAKE_CURRENT_LIST_DIR}/CashSales.cpp ${CMAKE_CURRENT_LIST_DIR}/CashSales.h
    ${CMAKE_CURRENT_LIST_DIR}/ShiftService.cpp ${CMAKE_CURRENT_LIST_DIR}/ShiftService.h
)
