# Copies the user guide (Markdown and its PNG images) from SOURCE to DESTINATION, the same files
# that `install(DIRECTORY docs/ ... FILES_MATCHING ...)` installs. Run with cmake -P.
file(COPY "${SOURCE}/" DESTINATION "${DESTINATION}" FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
