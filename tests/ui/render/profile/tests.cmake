agglomap_add_test_suite(agglomap_profile_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/ui/render/profile/district_profile_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/render/profile/profile_charts_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/render/profile/sector_network_painter_test.cpp
    LIBRARIES agglomap_render agglomap_qt_test_main)
