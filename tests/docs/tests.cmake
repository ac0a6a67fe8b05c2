# The user guides and their screenshots stay in step: every picture a guide shows exists, every
# picture in docs/images is shown, both languages show the same shots, and the screenshot tool
# (tools/doc_screenshots, run by tools/update_docs_screenshots.sh) makes exactly those pictures.
if(TARGET agglomap_doc_screenshots)
    set(AGGLOMAP_DOC_SCREENSHOTS_TOOL $<TARGET_FILE:agglomap_doc_screenshots>)
else()
    set(AGGLOMAP_DOC_SCREENSHOTS_TOOL "")
endif()
add_test(NAME docs.user_guide_images
    COMMAND ${CMAKE_COMMAND} -DDOCS_DIR=${CMAKE_SOURCE_DIR}/docs
            -DMAPS_DIR=${CMAKE_SOURCE_DIR}/maps
            -DTOOL=${AGGLOMAP_DOC_SCREENSHOTS_TOOL}
            -DOUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/doc_screenshots
            -P ${CMAKE_CURRENT_LIST_DIR}/user_guide_images.cmake)
set_tests_properties(docs.user_guide_images PROPERTIES TIMEOUT 300)
