# AddressSanitizer and UndefinedBehaviorSanitizer for every target (-DAGGLOMAP_SANITIZE=ON, GCC or
# clang); tools/sanitize.sh builds the test suites this way and runs them.
option(AGGLOMAP_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(AGGLOMAP_SANITIZE)
    # Undefined behaviour stops the program like a memory error does, so no report can scroll
    # past in a passing test.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

function(_agglomap_executables directory out_var)
    set(found ${${out_var}})
    get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "EXECUTABLE")
            list(APPEND found ${target})
        endif()
    endforeach()
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        _agglomap_executables(${subdirectory} found)
    endforeach()
    set(${out_var} ${found} PARENT_SCOPE)
endfunction()

# Every executable carries the sanitizers' default options (sanitize/options.cpp), so that a
# report fails it even when it runs with an empty environment, as the command-line tests run
# agglomap. Call once, after all executables are defined.
function(agglomap_sanitize_executables)
    if(NOT AGGLOMAP_SANITIZE)
        return()
    endif()
    # With an empty PATH the runtime would not find the symbolizer and print bare addresses.
    find_program(AGGLOMAP_SYMBOLIZER NAMES llvm-symbolizer llvm-symbolizer-14)
    set(symbolizer_option "")
    if(AGGLOMAP_SYMBOLIZER)
        set(symbolizer_option ":external_symbolizer_path=${AGGLOMAP_SYMBOLIZER}")
    endif()
    add_library(agglomap_sanitizer_options OBJECT ${CMAKE_SOURCE_DIR}/cmake/sanitize/options.cpp)
    target_compile_definitions(agglomap_sanitizer_options PRIVATE
        AGGLOMAP_SYMBOLIZER_OPTION="${symbolizer_option}")
    set(executables "")
    _agglomap_executables(${CMAKE_SOURCE_DIR} executables)
    foreach(target IN LISTS executables)
        target_link_libraries(${target} PRIVATE agglomap_sanitizer_options)
    endforeach()
endfunction()
