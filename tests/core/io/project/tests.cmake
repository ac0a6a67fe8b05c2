# Tests of core/io/project.
agglomap_add_test_suite(agglomap_project_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/core/io/project/project_round_trip_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/project/project_save_interruption_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/project/project_bad_input_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/project/plan_tables_test.cpp
        ${AGGLOMAP_TESTS_DIR}/core/io/project/provenance_storage_test.cpp
    LIBRARIES agglomap_core GTest::gtest GTest::gtest_main)
