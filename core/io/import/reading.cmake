# Reading data files (text_encoding, data_table).
target_sources(agglomap_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/text_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/data_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/data_table_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/data_file_format.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csv_raw_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gdal_raw_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/spreadsheet_extent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gdal_layer_points.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gdal_messages.cpp)
