# --help, --version and a mistyped command answer without a display (they aborted with exit 134
# when the window's application object was created first: issue 15, item 11).
foreach(option --help -h --version)
    execute_process(COMMAND env -i ${AGGLOMAP} ${option}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0 OR NOT out MATCHES "Usage|Agglomap [0-9]")
        message(FATAL_ERROR "${option}: exit ${result}, out '${out}', err '${err}'")
    endif()
endforeach()
execute_process(COMMAND env -i ${AGGLOMAP} rendr --plan henan
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "\"rendr\" is not a command or a file" OR NOT err MATCHES "Usage")
    message(FATAL_ERROR "mistyped command: exit ${result}, err '${err}'")
endif()
