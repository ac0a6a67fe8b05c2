# Exports from the window: briefing maps and district profiles.
target_sources(agglomap_widgets PRIVATE
    export/map_export_dialog.cpp
    export/export_actions.cpp
    export/profile_export_dialog.cpp
)
