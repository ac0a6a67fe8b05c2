# The project part of the core's io (see its headers).
target_sources(agglomap_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/durable_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/geopackage_reading.cpp
    ${CMAKE_CURRENT_LIST_DIR}/next_district_id.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plan_tables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/project_migrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/project_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/project_tables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/project_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scenario_tables.cpp
)
