agglomap_add_test_suite(agglomap_preferences_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/preferences/app_preferences_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/preferences/area_units_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/preferences/preferences_dialog_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/preferences/interface_translation_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/preferences/preferences_window_test.cpp
    LIBRARIES agglomap_widgets agglomap_qt_test_main Qt6::Test)
