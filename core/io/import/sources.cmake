include(${CMAKE_CURRENT_LIST_DIR}/reading.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/mapping.cmake)
