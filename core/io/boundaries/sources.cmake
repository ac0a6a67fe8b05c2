# The boundaries part of the core's io (see its headers).
target_sources(agglomap_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/boundary_replacement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/feature_codes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lon_lat_conversion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/geos_polygons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shape_checks.cpp)
