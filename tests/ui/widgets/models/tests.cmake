agglomap_add_test_suite(agglomap_models_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/models/workspace_fixture.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/models/district_list_model_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/models/indicator_table_model_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/models/indicator_agreement_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/models/region_tree_model_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/models/recommendation_list_model_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/models/panels_test.cpp
    LIBRARIES agglomap_widgets agglomap_qt_test_main Qt6::Test)
