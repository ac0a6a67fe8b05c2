# "agglomap import / info / validate" as a planner runs them: statistics from a CSV into the
# Henan plan saved as a plan file, a summary of it, and checks of plans and data files with exit
# codes. Every headless command that takes --plan opens the plan file too.
set(stats ${OUT_DIR}/project_stats.csv)
set(plan ${OUT_DIR}/project_henan.gpkg)
file(REMOVE ${plan})
file(WRITE ${stats} "id,name_en,water_current,营业收入\n1,Zhengzhou High-tech Zone,55.5,321.25\n9999,Nowhere,10,1\n")

execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --data ${stats}
                        --map business_income=营业收入 -o ${plan}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "import failed (${result}): ${out} ${err}")
endif()
if(NOT out MATCHES "project_stats.csv: 1 of 2 rows matched \\(1 districts changed, 0 added\\); 1 rows matched no district:\n  row 3 \"9999\": ")
    message(FATAL_ERROR "unexpected import report: ${out}")
endif()

execute_process(COMMAND env -i ${AGGLOMAP} info ${plan} RESULT_VARIABLE result OUTPUT_VARIABLE info)
if(NOT result EQUAL 0 OR NOT info MATCHES "plan format 2" OR NOT info MATCHES "districts: +175 "
   OR NOT info MATCHES "18 cities, 158 county-level units")
    message(FATAL_ERROR "info: exit ${result}: ${info}")
endif()

# The imported values are in the plan file: the indicator table read from it shows them.
execute_process(COMMAND env -i ${AGGLOMAP} indicators --plan ${plan} --level district
                RESULT_VARIABLE result OUTPUT_VARIABLE table)
if(NOT result EQUAL 0 OR NOT table MATCHES "\n1,郑州高新技术产业集聚区,Zhengzhou High-tech Zone,")
    message(FATAL_ERROR "indicators from the plan file: exit ${result}")
endif()
# Only the imported values became real: the district's other provisions and its fixed
# investment are still generated, so those indicators stay marked and income is not.
string(REGEX MATCH "\n1,郑州高新技术产业集聚区,[^\n]*" row "${table}")
string(REGEX MATCH "[^,]*$" marked "${row}")
if(NOT row MATCHES "infrastructure" OR NOT marked MATCHES "fixed-investment"
   OR NOT marked MATCHES "infrastructure-gap" OR marked MATCHES "business-income")
    message(FATAL_ERROR "illustrative marks after the import: ${row}")
endif()

# A data file whose row matches no district is a problem (exit 1), with the row named.
execute_process(COMMAND env -i ${AGGLOMAP} validate ${stats} --plan henan
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
if(NOT result EQUAL 1 OR NOT out MATCHES "row 3 \"9999\"" OR NOT out MATCHES "1 problem\n")
    message(FATAL_ERROR "validate data: exit ${result}: ${out}")
endif()

# A stray word in a column of numbers.
set(typo ${OUT_DIR}/project_typo.csv)
file(WRITE ${typo} "id,water_current\n1,50\n2,60\n3,7O\n4,80\n5,90\n")
execute_process(COMMAND env -i ${AGGLOMAP} validate ${typo} RESULT_VARIABLE result OUTPUT_VARIABLE out)
if(NOT result EQUAL 1 OR NOT out MATCHES "row 4, field \"water_current\": \"7O\" is not a number")
    message(FATAL_ERROR "validate typo: exit ${result}: ${out}")
endif()

# A broken plan file: exit 1 and the file named.
set(broken ${OUT_DIR}/project_broken.gpkg)
file(WRITE ${broken} "not a plan")
execute_process(COMMAND env -i ${AGGLOMAP} validate ${broken} RESULT_VARIABLE result
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 1 OR NOT "${out}${err}" MATCHES "project_broken.gpkg")
    message(FATAL_ERROR "validate broken: exit ${result}: ${out} ${err}")
endif()

# Wrong options: exit 2 with the reason.
execute_process(COMMAND env -i ${AGGLOMAP} import --plan henan --data ${stats} --datum gps -o ${plan}
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "--datum is one of wgs84, gcj02, bd09, not \"gps\"")
    message(FATAL_ERROR "bad datum: exit ${result}: ${err}")
endif()

# Both sample plans validate clean: notes about illustrative values, no problems.
foreach(sample henan ningxia)
    execute_process(COMMAND env -i ${AGGLOMAP} validate ${sample} RESULT_VARIABLE result
                    OUTPUT_VARIABLE out)
    if(NOT result EQUAL 0 OR NOT out MATCHES "${sample}: 0 problems\n")
        message(FATAL_ERROR "validate ${sample}: exit ${result}: ${out}")
    endif()
endforeach()

# A one-row data file is valid: its one text cell is not "not a number" (the 80 % test used
# integer division, so one filled cell counted as a column of numbers).
file(WRITE ${OUT_DIR}/one_row.csv "id,name_en\n1,Zhengzhou High-tech Zone\n")
execute_process(COMMAND env -i ${AGGLOMAP} validate ${OUT_DIR}/one_row.csv
                RESULT_VARIABLE result OUTPUT_VARIABLE out)
if(NOT result EQUAL 0 OR NOT out MATCHES "0 problems")
    message(FATAL_ERROR "one-row file: exit ${result}, ${out}")
endif()
