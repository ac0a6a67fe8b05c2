# A code that is not a city of the plan is refused with the list of valid cities and exit code 2.
file(REMOVE ${OUT})
execute_process(COMMAND env -i ${AGGLOMAP} render --plan ningxia --city 410300 -o ${OUT}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 2)
    message(FATAL_ERROR "expected exit code 2, got ${result}: ${err}")
endif()
if(NOT err MATCHES "410300 is not a city of ningxia. Its cities are: 640100 Yinchuan;")
    message(FATAL_ERROR "unexpected message: ${err}")
endif()
if(EXISTS ${OUT})
    message(FATAL_ERROR "an image was written despite the error")
endif()
