# The bundled sample plans are exactly what tools/sample_plans/generate_sample_plans.py writes:
# runs it twice into scratch folders and compares every file byte for byte with maps/<province>/plan/.
# Usage: cmake -DPYTHON=python3 -DSOURCE_DIR=<repo> -DOUT_DIR=<scratch> -P sample_plans_test.cmake
set(files plan.json districts.csv industries.csv infrastructure.csv innovation_finance.csv links.csv
          district_links.csv io_coefficients.csv reference_economy.csv)
foreach(run first second)
    file(REMOVE_RECURSE ${OUT_DIR}/${run})
    execute_process(COMMAND ${PYTHON} ${SOURCE_DIR}/tools/sample_plans/generate_sample_plans.py
                            --out ${OUT_DIR}/${run}
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "the generator failed: ${error}")
    endif()
endforeach()
foreach(province henan ningxia)
    foreach(name ${files})
        foreach(run first second)
            execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
                                    ${OUT_DIR}/${run}/${province}/plan/${name}
                                    ${SOURCE_DIR}/maps/${province}/plan/${name}
                            RESULT_VARIABLE differs)
            if(NOT differs EQUAL 0)
                message(FATAL_ERROR "maps/${province}/plan/${name} is not what the generator writes "
                                    "(${run} run): rerun tools/sample_plans/generate_sample_plans.py")
            endif()
        endforeach()
    endforeach()
endforeach()
