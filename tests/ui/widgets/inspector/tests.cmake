agglomap_add_test_suite(agglomap_inspector_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/inspector/district_inspector_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/inspector/sector_network_view_test.cpp
    LIBRARIES agglomap_widgets agglomap_qt_test_main Qt6::Test)
