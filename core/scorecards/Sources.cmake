# Scorecards (issue 20): acquirer profiles, service providers and terminal brands compared from the shop's history.
target_sources(posdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Scorecard.h
    ${CMAKE_CURRENT_LIST_DIR}/ScorecardHistory.cpp ${CMAKE_CURRENT_LIST_DIR}/ScorecardHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/ScorecardService.cpp ${CMAKE_CURRENT_LIST_DIR}/ScorecardService.h
    ${CMAKE_CURRENT_LIST_DIR}/ShopMistakes.cpp ${CMAKE_CURRENT_LIST_DIR}/ShopMistakes.h
    ${CMAKE_CURRENT_LIST_DIR}/HostOutageLog.cpp ${CMAKE_CURRENT_LIST_DIR}/HostOutageLog.h
)
