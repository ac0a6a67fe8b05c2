# Tests of the Import Data dialog.
agglomap_add_test_suite(agglomap_import_dialog_tests
    SOURCES ${AGGLOMAP_TESTS_DIR}/ui/widgets/import/import_dialog_test.cpp
    LIBRARIES agglomap_widgets agglomap_qt_test_main Qt6::Test)
