# Tests of the Help menu: the first-run guide, the user guide, shortcuts and the About box.
agglomap_add_test_suite(agglomap_help_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/help/isolated_settings.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/help/help_menu_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/help/first_run_guide_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/help/user_guide_window_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/help/shortcuts_dialog_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/widgets/help/about_dialog_test.cpp
    LIBRARIES agglomap_widgets agglomap_qt_test_main Qt6::Test)
