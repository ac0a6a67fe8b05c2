# Tests of mapping imports.
agglomap_add_test_suite(agglomap_mapping_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/core/io/import/district_import_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/import/district_import_errors_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/import/district_import_datums_test.cpp
    LIBRARIES agglomap_core GTest::gtest GTest::gtest_main)
