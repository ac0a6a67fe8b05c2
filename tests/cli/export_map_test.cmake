# Runs "agglomap export-map" as a user would (empty environment, no display): a PDF of one
# city and its legend sidecar, then a refused option with the message a user sees.
file(REMOVE_RECURSE ${OUT_DIR}/export_map)
file(MAKE_DIRECTORY ${OUT_DIR}/export_map)
set(pdf ${OUT_DIR}/export_map/pingdingshan.pdf)
execute_process(COMMAND env -i ${AGGLOMAP} export-map --plan henan --city 410400
                        --indicator infrastructure-gap --method quantile --classes 4
                        --page a4-portrait --show towns -o ${pdf}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "export-map failed (${result}): ${out} ${err}")
endif()
execute_process(COMMAND pdfinfo ${pdf} OUTPUT_VARIABLE info)
if(NOT info MATCHES "Pages: +1\n" OR NOT info MATCHES "595 x 842 pts")
    message(FATAL_ERROR "expected one A4 portrait page: ${info}")
endif()
execute_process(COMMAND pdftotext -enc UTF-8 ${pdf} - OUTPUT_VARIABLE text)
foreach(expected "平顶山市" "基础设施缺口" "石龙区" "GeoNames")
    string(FIND "${text}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "\"${expected}\" missing from the PDF's text: ${text}")
    endif()
endforeach()

file(READ ${OUT_DIR}/export_map/pingdingshan.legend.json legend)
string(JSON classes LENGTH "${legend}" classes)
string(JSON method GET "${legend}" classification method)
string(JSON breaks LENGTH "${legend}" classification breaks)
if(NOT classes EQUAL 4 OR NOT breaks EQUAL 5 OR NOT method STREQUAL "quantile")
    message(FATAL_ERROR "legend sidecar: ${classes} classes, ${breaks} breaks, ${method}")
endif()
set(total 0)
math(EXPR last "${classes} - 1")
foreach(i RANGE ${last})
    string(JSON count GET "${legend}" classes ${i} count)
    math(EXPR total "${total} + ${count}")
endforeach()
string(JSON nodata GET "${legend}" noData count)
math(EXPR total "${total} + ${nodata}")
# A city view counts only the counties it shows: the 10 county-level units of Pingdingshan in
# maps/henan/counties.geojson (parent_code 410400), each in one class or with no data.
file(READ ${AGGLOMAP_MAPS}/henan/counties.geojson counties)
string(REGEX MATCHALL "\"parent_code\": *410400" shown "${counties}")
list(LENGTH shown shownCount)
if(NOT total EQUAL shownCount OR shownCount LESS 5)
    message(FATAL_ERROR "legend counts add up to ${total}, not the ${shownCount} counties shown")
endif()
string(JSON city GET "${legend}" classification city)
string(JSON cityBreaks GET "${legend}" classification cityViewBreaks)
if(NOT city EQUAL 410400 OR NOT cityBreaks STREQUAL "shown")
    message(FATAL_ERROR "legend sidecar of a city view: city ${city}, breaks ${cityBreaks}")
endif()

# Help and parser speak one grammar: every choice the usage offers is accepted.
execute_process(COMMAND env -i ${AGGLOMAP} export-map --no-such-option
                RESULT_VARIABLE result ERROR_VARIABLE usage)
foreach(option aggregation method city-breaks page)
    string(REGEX MATCH "--${option} ([a-z0-9|-]+)" matched "${usage}")
    if(NOT matched)
        message(FATAL_ERROR "usage lists no choices for --${option}: ${usage}")
    endif()
    string(REPLACE "|" ";" choices "${CMAKE_MATCH_1}")
    foreach(choice ${choices})
        execute_process(COMMAND env -i ${AGGLOMAP} export-map --plan ningxia --${option} ${choice}
                                --page slide-16x9 --dpi 36 -o ${OUT_DIR}/export_map/choice.png
                        RESULT_VARIABLE result ERROR_VARIABLE err)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "usage offers --${option} ${choice}, the parser refuses: ${err}")
        endif()
    endforeach()
endforeach()

execute_process(COMMAND env -i ${AGGLOMAP} export-map --plan henan --classes 12 -o x.png
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "--classes expects a whole number from 2 to 9, not \"12\"")
    message(FATAL_ERROR "bad --classes: exit ${result}, ${err}")
endif()
message(STATUS "${out}")
