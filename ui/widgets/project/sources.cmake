# Documents: opening, saving, autosave and recovery, importing boundaries.
target_sources(agglomap_widgets PRIVATE
    project/workspace_loader.cpp
    project/recovery_store.cpp
    project/project_actions.cpp
    project/boundary_replacement_dialog.cpp
    project/replace_boundaries_command.cpp
)
