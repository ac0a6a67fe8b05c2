agglomap_add_test_suite(agglomap_commands_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/ui/commands/plan_commands_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/commands/import_commands_test.cpp
    LIBRARIES agglomap_commands GTest::gtest GTest::gtest_main Qt6::Test)
