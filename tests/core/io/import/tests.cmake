include(${CMAKE_CURRENT_LIST_DIR}/reading_tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/mapping_tests.cmake)
