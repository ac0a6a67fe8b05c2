# Tests of core/io/boundaries.
agglomap_add_test_suite(agglomap_boundaries_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/core/io/boundaries/boundary_replacement_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/boundaries/boundary_replacement_errors_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/boundaries/boundary_fixtures.cpp
    LIBRARIES agglomap_core GTest::gtest GTest::gtest_main)
