# Card reader logic: swipe parsing and named test cards (CardData itself lives in core/card).
target_sources(posdesk_devices PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReaderOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/SwipeParser.cpp ${CMAKE_CURRENT_LIST_DIR}/SwipeParser.h
    ${CMAKE_CURRENT_LIST_DIR}/TestCards.cpp ${CMAKE_CURRENT_LIST_DIR}/TestCards.h
)
