# One place for the settings every PosDesk target shares.
add_library(posdesk_common INTERFACE)
target_compile_features(posdesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(posdesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    POSDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(posdesk_common INTERFACE /W4 /utf-8 /permissive-)
    if(WITH_WERROR)
        target_compile_options(posdesk_common INTERFACE /WX)
    endif()
else()
    target_compile_options(posdesk_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                           -Wcast-align -Woverloaded-virtual -Wformat=2 -fstack-protector-strong)
    if(WITH_WERROR)
        target_compile_options(posdesk_common INTERFACE -Werror)
    endif()
    # Full RELRO: the relocation tables become read-only after start-up (lintian: hardening-no-bindnow).
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        target_link_options(posdesk_common INTERFACE -Wl,-z,relro -Wl,-z,now)
    endif()
    # _FORTIFY_SOURCE needs optimisation; sanitizers dislike it.
    if(NOT WITH_ASAN AND NOT WITH_FUZZ)
        target_compile_definitions(posdesk_common INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
endif()

if(WITH_FUZZ)
    # Coverage instrumentation for every library the fuzzers link; the fuzz targets add -fsanitize=fuzzer.
    target_compile_options(posdesk_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(posdesk_common INTERFACE -fsanitize=address,undefined)
endif()

if(WITH_ASAN)
    target_compile_options(posdesk_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined)
    target_link_options(posdesk_common INTERFACE -fsanitize=address,undefined)
endif()

# Registers a Qt Test executable with CTest: posdesk_add_test(NAME tst_money SOURCES ... LIBS ...)
function(posdesk_add_test)
    cmake_parse_arguments(T "POSTGRES" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE posdesk_common Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;POSDESK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;POSDESK_BIN_DIR=${PROJECT_BINARY_DIR}/bin;POSDESK_TEST_PG_URL=${POSDESK_TEST_PG_URL}")
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}" LABELS "${T_LABELS}")
    if(T_POSTGRES)
        # A real PostgreSQL server, started by the "postgres" fixture (tests/CMakeLists.txt).
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED postgres)
    endif()
endfunction()
