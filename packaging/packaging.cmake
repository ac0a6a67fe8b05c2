# What `cmake --install` puts where, and the Debian package built from it (`cpack -G DEB`, or
# `bash tools/dev.sh package`). The layout is the same in the build tree: bin/agglomap finds
# bin/../share/agglomap/{maps,docs} wherever it runs. packaging/README.md explains the package.

set(AGGLOMAP_APP_ID io.github.agglomap.Agglomap)
set(AGGLOMAP_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

# --- The user guide in the build tree, as installed -------------------------------------------
set(AGGLOMAP_DOCS_BUILD_DIR ${CMAKE_BINARY_DIR}/share/agglomap/docs)
file(GLOB_RECURSE AGGLOMAP_DOC_FILES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/docs/*.md ${CMAKE_SOURCE_DIR}/docs/*.png)
add_custom_target(agglomap_docs ALL
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${CMAKE_SOURCE_DIR}/docs -DDESTINATION=${AGGLOMAP_DOCS_BUILD_DIR}
            -P ${AGGLOMAP_PACKAGING_DIR}/copy_docs.cmake
    DEPENDS ${AGGLOMAP_DOC_FILES}
    COMMENT "Copying the user guide")
add_dependencies(agglomap agglomap_docs)

# --- The window icon, embedded as :/icons/agglomap.svg -----------------------------------------
set(AGGLOMAP_ICON_SVG ${AGGLOMAP_PACKAGING_DIR}/icons/${AGGLOMAP_APP_ID}.svg)
set_source_files_properties(${AGGLOMAP_ICON_SVG} PROPERTIES QT_RESOURCE_ALIAS agglomap.svg)
qt_add_resources(agglomap "app_icon" PREFIX "/icons" BASE ${AGGLOMAP_PACKAGING_DIR}/icons
    FILES ${AGGLOMAP_ICON_SVG})

# --- The manual page and Debian changelog, compressed as Debian policy asks (gzip -9n) ---------
set(AGGLOMAP_GZIPPED)
foreach(document agglomap.1 changelog)
    set(gzipped ${CMAKE_BINARY_DIR}/packaging/${document}.gz)
    add_custom_command(OUTPUT ${gzipped}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
        COMMAND gzip -9n --stdout ${AGGLOMAP_PACKAGING_DIR}/${document} > ${gzipped}
        DEPENDS ${AGGLOMAP_PACKAGING_DIR}/${document}
        VERBATIM)
    list(APPEND AGGLOMAP_GZIPPED ${gzipped})
endforeach()
add_custom_target(agglomap_package_documents ALL DEPENDS ${AGGLOMAP_GZIPPED})
# so that building only the program is enough for cpack
add_dependencies(agglomap agglomap_package_documents)

# --- Installation (the binary itself is installed by app/CMakeLists.txt) -----------------------
set(AGGLOMAP_DATA_DIR ${CMAKE_INSTALL_DATADIR}/agglomap)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/maps/ DESTINATION ${AGGLOMAP_DATA_DIR}/maps
    FILES_MATCHING PATTERN "*.geojson" PATTERN "*.csv" PATTERN "*.json" PATTERN "*.md")
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${AGGLOMAP_DATA_DIR}/docs
    FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
install(FILES ${AGGLOMAP_PACKAGING_DIR}/${AGGLOMAP_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${AGGLOMAP_PACKAGING_DIR}/${AGGLOMAP_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${AGGLOMAP_PACKAGING_DIR}/agglomap-mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${AGGLOMAP_APP_ID}.xml)
install(DIRECTORY ${AGGLOMAP_PACKAGING_DIR}/icons/hicolor/
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor FILES_MATCHING PATTERN "*.png")
install(FILES ${AGGLOMAP_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# Debian policy 12.5 and 12.7: the licence summary and the changelog, under the package's name
# (not CMAKE_INSTALL_DOCDIR, which would be doc/Agglomap).
install(FILES ${AGGLOMAP_PACKAGING_DIR}/copyright ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/agglomap)
install(FILES ${CMAKE_BINARY_DIR}/packaging/agglomap.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# --- The Debian package ------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME agglomap)
set(CPACK_PACKAGE_VENDOR "Agglomap developers")
# A placeholder address until the project has a real one; there is no homepage yet, so the
# package has no Homepage field.
set(CPACK_PACKAGE_CONTACT "Agglomap developers <agglomap@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "plan industrial agglomeration districts on a map of a province")
set(CPACK_PACKAGE_DESCRIPTION
    "Agglomap helps a provincial planning office plan its industrial agglomeration
districts and parks: districts placed on a map of the province with its cities
and counties, their industries, infrastructure, innovation and finance,
indicators such as leading-industry share and specialisation, choropleth maps,
scenarios compared side by side, and maps and district profiles exported to
PDF, PNG and SVG. The interface is in English and Simplified Chinese.

Sample plans and demonstration boundaries for Henan and Ningxia are included;
they are not an approved map, so load official boundaries before publishing.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps (dpkg-dev) turns the linked libraries into exact Depends; what follows is
# loaded at run time without being linked, so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(AGGLOMAP_RUNTIME_DEPENDS
    # the xcb platform plugin: without it the window cannot open on an X11 or XWayland desktop
    qt6-qpa-plugins
    # Chinese map labels and interface text (WenQuanYi is preferred: see DATA_SOURCES.md on PDFs)
    "fonts-wqy-microhei | fonts-noto-cjk"
    # qtbase_zh_CN.qm: Qt's own dialog buttons in Chinese
    qt6-translations-l10n
    # the MIME database that makes plan files open in Agglomap
    shared-mime-info)
# libqt6svg6, whose plugins draw the SVG window icon, comes from dpkg-shlibdeps: Qt6::Svg is linked.
list(JOIN AGGLOMAP_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# xdg-open: QDesktopServices opens the user guide's web links in the desktop's browser with it
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS xdg-utils)

include(CPack)
