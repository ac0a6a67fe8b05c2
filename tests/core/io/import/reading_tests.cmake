# Tests of reading data files.
agglomap_add_test_suite(agglomap_reading_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/core/io/import/text_encoding_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/import/data_table_csv_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/import/data_table_formats_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/import/data_table_shapefile_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/import/data_table_fixtures.cpp
    LIBRARIES agglomap_core GTest::gtest GTest::gtest_main)
