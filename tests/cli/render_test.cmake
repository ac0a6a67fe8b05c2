# Runs "agglomap render" with an empty environment (no DISPLAY, no QT_QPA_PLATFORM) and checks
# that it writes a PNG of the requested size.
file(REMOVE ${OUT})
execute_process(COMMAND env -i ${AGGLOMAP} render --plan henan --city 410300 --level county
                        --size 640x480 --dpi 120 -o ${OUT}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "agglomap render failed (${result}): ${out} ${err}")
endif()
if(NOT EXISTS ${OUT})
    message(FATAL_ERROR "agglomap render wrote no file")
endif()
file(READ ${OUT} header LIMIT 24 HEX)
# PNG signature, then the IHDR chunk with width 640 (0x280) and height 480 (0x1e0).
if(NOT header MATCHES "^89504e470d0a1a0a0000000d4948445200000280000001e0")
    message(FATAL_ERROR "not a 640x480 PNG: ${header}")
endif()
message(STATUS "${out}")
