# The Import Data dialog.
target_sources(agglomap_widgets PRIVATE
    import/import_dialog.cpp
    import/import_mapping_table.cpp
)
