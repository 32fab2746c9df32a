target_sources(posdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ResponseCodes.cpp ${CMAKE_CURRENT_LIST_DIR}/ResponseCodes.h
    ${CMAKE_CURRENT_LIST_DIR}/HostExchange.cpp ${CMAKE_CURRENT_LIST_DIR}/HostExchange.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyVault.h
    ${CMAKE_CURRENT_LIST_DIR}/KeyStoreVault.cpp ${CMAKE_CURRENT_LIST_DIR}/KeyStoreVault.h
    ${CMAKE_CURRENT_LIST_DIR}/CupMessages.cpp ${CMAKE_CURRENT_LIST_DIR}/CupMessages.h
    ${CMAKE_CURRENT_LIST_DIR}/AcquirerService.cpp ${CMAKE_CURRENT_LIST_DIR}/AcquirerService.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseClassifier.cpp ${CMAKE_CURRENT_LIST_DIR}/ResponseClassifier.h
    ${CMAKE_CURRENT_LIST_DIR}/ReversalQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/ReversalQueue.h
    ${CMAKE_CURRENT_LIST_DIR}/ReversalWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/ReversalWorker.h
    ${CMAKE_CURRENT_LIST_DIR}/IcParameters.cpp ${CMAKE_CURRENT_LIST_DIR}/IcParameters.h
    ${CMAKE_CURRENT_LIST_DIR}/IcDownload.cpp ${CMAKE_CURRENT_LIST_DIR}/IcDownload.h
    ${CMAKE_CURRENT_LIST_DIR}/FinancialFlows.cpp ${CMAKE_CURRENT_LIST_DIR}/FinancialFlows.h
    ${CMAKE_CURRENT_LIST_DIR}/ChipPayment.cpp ${CMAKE_CURRENT_LIST_DIR}/ChipPayment.h
    ${CMAKE_CURRENT_LIST_DIR}/ChipAdvices.cpp ${CMAKE_CURRENT_LIST_DIR}/ChipAdvices.h
    ${CMAKE_CURRENT_LIST_DIR}/../settlement/SettlementService.cpp ${CMAKE_CURRENT_LIST_DIR}/../settlement/SettlementService.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ReversalRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/ReversalRepository.h
)
# The response-code tables and remediation playbooks, embedded (data, not code).
qt_add_resources(posdesk_core "posdesk_core_data"
    PREFIX "/posdesk"
    BASE ${PROJECT_SOURCE_DIR}/resources
    FILES ${PROJECT_SOURCE_DIR}/resources/response-codes/cup.tsv
          ${PROJECT_SOURCE_DIR}/resources/playbooks/97.json ${PROJECT_SOURCE_DIR}/resources/playbooks/03.json
          ${PROJECT_SOURCE_DIR}/resources/playbooks/58.json ${PROJECT_SOURCE_DIR}/resources/playbooks/77.json
          ${PROJECT_SOURCE_DIR}/resources/playbooks/94.json ${PROJECT_SOURCE_DIR}/resources/playbooks/96.json
          ${PROJECT_SOURCE_DIR}/resources/playbooks/a0.json
          ${PROJECT_SOURCE_DIR}/resources/playbooks/rv.json
          ${PROJECT_SOURCE_DIR}/resources/card-issuers/bins.tsv)
