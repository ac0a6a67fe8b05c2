# Mapping and joining imported rows to districts (district_import).
target_sources(agglomap_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/district_import.cpp
    ${CMAKE_CURRENT_LIST_DIR}/district_import_places.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_targets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/import_target_values.cpp
)
