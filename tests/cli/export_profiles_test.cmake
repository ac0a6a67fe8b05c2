# Runs "agglomap export-profiles" as a user would (empty environment, no display): an atlas of
# one city, then one file per district, then a refused option.
file(REMOVE_RECURSE ${OUT_DIR}/export_profiles)
file(MAKE_DIRECTORY ${OUT_DIR}/export_profiles)
set(atlas ${OUT_DIR}/export_profiles/pingdingshan.pdf)
execute_process(COMMAND env -i ${AGGLOMAP} export-profiles --plan henan --city 410400 -o ${atlas}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "export-profiles failed (${result}): ${out} ${err}")
endif()
if(NOT out MATCHES "Wrote 10 profiles, ([0-9]+) pages")
    message(FATAL_ERROR "unexpected report: ${out}")
endif()
set(pages ${CMAKE_MATCH_1})
execute_process(COMMAND pdfinfo ${atlas} OUTPUT_VARIABLE info)
if(NOT info MATCHES "Pages: +${pages}\n")
    message(FATAL_ERROR "the report says ${pages} pages; pdfinfo: ${info}")
endif()
execute_process(COMMAND qpdf --json --json-key=outlines ${atlas} OUTPUT_VARIABLE outlines)
string(JSON top LENGTH "${outlines}" outlines)
string(JSON city GET "${outlines}" outlines 1 title)
string(JSON districts LENGTH "${outlines}" outlines 1 kids)
if(NOT top EQUAL 2 OR NOT city MATCHES "^平顶山市" OR NOT districts EQUAL 10)
    message(FATAL_ERROR "bookmarks: ${top} top-level, city ${city}, ${districts} districts")
endif()

set(folder ${OUT_DIR}/export_profiles/each)
execute_process(COMMAND env -i ${AGGLOMAP} export-profiles --plan henan --district 42,48
                        --layout per-district --pattern "{id}_{name_en}" --lang en -o ${folder}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "per-district export failed (${result}): ${out} ${err}")
endif()
file(GLOB written RELATIVE ${folder} ${folder}/*.pdf)
list(LENGTH written count)
if(NOT count EQUAL 2)
    message(FATAL_ERROR "expected two files, got: ${written}")
endif()
execute_process(COMMAND pdftotext -enc UTF-8 ${folder}/48_Shilong\ District\ Industrial\ Agglomeration\ District.pdf -
                OUTPUT_VARIABLE text RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT text MATCHES "石龙区产业集聚区" OR NOT text MATCHES "Recommendations")
    message(FATAL_ERROR "the English profile of district 48 lacks its names or headings: ${text}")
endif()

execute_process(COMMAND env -i ${AGGLOMAP} export-profiles --plan henan --district 9999 -o x.pdf
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "--district: the plan has no district 9999.")
    message(FATAL_ERROR "unknown district: exit ${result}, ${err}")
endif()
message(STATUS "${out}")

# Selections that once did something else than asked (issue 15, item 10).
set(sel ${OUT_DIR}/profiles_selection)
file(REMOVE_RECURSE ${sel})
file(MAKE_DIRECTORY ${sel})
execute_process(COMMAND env -i ${AGGLOMAP} export-profiles --plan ningxia --lang en --district ""
                        -o ${sel}/empty.pdf
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "--district needs at least one" OR EXISTS ${sel}/empty.pdf)
    message(FATAL_ERROR "empty --district: exit ${result}, ${err}")
endif()
execute_process(COMMAND env -i ${AGGLOMAP} export-profiles --plan ningxia --lang en --district 1,1,1
                        -o ${sel}/once.pdf
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT out MATCHES "Wrote 1 profiles")
    message(FATAL_ERROR "--district 1,1,1: exit ${result}, ${out} ${err}")
endif()
execute_process(COMMAND env -i ${AGGLOMAP} export-profiles --plan henan --lang en --city 410300
                        --district 1 -o ${sel}/outside.pdf
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "--district 1 is not in --city 410300")
    message(FATAL_ERROR "--city with a district outside it: exit ${result}, ${err}")
endif()
execute_process(COMMAND env -i ${AGGLOMAP} export-profiles --plan ningxia --lang en --district 1,2
                        --layout per-district --pattern same -o ${sel}/files
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0 OR NOT err MATCHES "same name" OR EXISTS ${sel}/files/same.pdf)
    message(FATAL_ERROR "colliding --pattern: exit ${result}, ${out} ${err}")
endif()
