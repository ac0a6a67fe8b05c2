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
if(NOT err MATCHES "usage: agglomap export-profiles")
    message(FATAL_ERROR "a mistyped command does not list the commands: ${err}")
endif()

# Every command answers --help, -h and --version the same way, without a display.
foreach(command render export-map export-profiles indicators import info validate)
    foreach(option --help -h --version)
        execute_process(COMMAND env -i ${AGGLOMAP} ${command} ${option}
                        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
        if(NOT result EQUAL 0 OR NOT out MATCHES "usage: agglomap ${command}|agglomap [0-9]")
            message(FATAL_ERROR "${command} ${option}: exit ${result}, out '${out}', err '${err}'")
        endif()
    endforeach()
    # One grammar: an unknown option is named, with the usage, exit 2.
    execute_process(COMMAND env -i ${AGGLOMAP} ${command} --bogus 1
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 2 OR NOT err MATCHES "Unknown option --bogus")
        message(FATAL_ERROR "${command} --bogus: exit ${result}, err '${err}'")
    endif()
endforeach()

# Messages follow the locale, whatever --lang the pages are drawn in.
execute_process(COMMAND env -i ${AGGLOMAP} export-map --plan henan --lang zh -o nowhere/map.pdf
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(result EQUAL 0 OR NOT err MATCHES "could not be written" OR err MATCHES "无法")
    message(FATAL_ERROR "English locale, Chinese pages: exit ${result}, err '${err}'")
endif()
execute_process(COMMAND env -i LANG=zh_CN.UTF-8 ${AGGLOMAP} export-map --plan henan --lang en
                        -o nowhere/map.pdf
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(result EQUAL 0 OR NOT err MATCHES "无法写入")
    message(FATAL_ERROR "Chinese locale, English pages: exit ${result}, err '${err}'")
endif()
execute_process(COMMAND env -i LANG=zh_CN.UTF-8 ${AGGLOMAP} indicators --plan henan --level x
                RESULT_VARIABLE result ERROR_VARIABLE err)
if(NOT result EQUAL 2 OR NOT err MATCHES "--level 应为")
    message(FATAL_ERROR "Chinese locale, data command: exit ${result}, err '${err}'")
endif()
