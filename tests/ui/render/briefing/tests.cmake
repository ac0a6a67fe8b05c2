# Briefing maps and atlases of district profiles.
agglomap_add_test_suite(agglomap_briefing_tests
    SOURCES
        ${AGGLOMAP_TESTS_DIR}/ui/render/briefing/briefing_export_test.cpp
        ${AGGLOMAP_TESTS_DIR}/ui/render/atlas/atlas_writer_test.cpp
    LIBRARIES agglomap_render agglomap_qt_test_main Qt6::Svg)
