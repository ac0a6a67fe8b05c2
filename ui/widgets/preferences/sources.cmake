# Preferences: the settings a planner chooses once (languages, units, export and autosave).
target_sources(agglomap_widgets PRIVATE
    preferences/app_preferences.cpp
    preferences/area_units.cpp
    preferences/interface_translation.cpp
    preferences/preferences_dialog.cpp
)

# Translations are compiled from resources/translations/*.ts and embedded under :/i18n in this
# library, so the application and the tests that link it load the same files. (For a static
# library Qt links the resources as an object library that registers itself.)
# Refresh the .ts files from the sources with tools/update_translations.sh.
qt_add_lrelease(agglomap_widgets
    TS_FILES ${CMAKE_SOURCE_DIR}/resources/translations/agglomap_zh_CN.ts
             ${CMAKE_SOURCE_DIR}/resources/translations/agglomap_en.ts
    QM_FILES_OUTPUT_VARIABLE agglomap_qm_files)
qt_add_resources(agglomap_widgets "translations" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${agglomap_qm_files})
