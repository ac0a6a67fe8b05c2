# The Debian package, built from this build tree with cpack and checked as a user meets it:
# fields, contents, desktop files, the installed program, plan-file types, the menu entry.
add_test(NAME packaging.deb_contents_and_install
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/package_test.sh
            ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR} ${PROJECT_VERSION})
set_tests_properties(packaging.deb_contents_and_install PROPERTIES LABELS packaging TIMEOUT 600)
