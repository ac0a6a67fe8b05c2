// The sanitizers' default options, linked into every executable of a -DAGGLOMAP_SANITIZE=ON
// build (cmake/sanitize.cmake). ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS still override them.
//
// abort_on_error: a report ends the program with SIGABRT, never with exit status 1, which a
// test may expect from a command that refuses its input.
// AGGLOMAP_SYMBOLIZER_OPTION names llvm-symbolizer, which an empty PATH would not find.

// The runtime calls these before any constructor runs: they return literals and allocate nothing.
extern "C" {

const char* __asan_default_options() {
    return "abort_on_error=1:halt_on_error=1"
           ":check_initialization_order=1" AGGLOMAP_SYMBOLIZER_OPTION;
}

const char* __ubsan_default_options() {
    return "abort_on_error=1:halt_on_error=1:print_stacktrace=1" AGGLOMAP_SYMBOLIZER_OPTION;
}

} // extern "C"
