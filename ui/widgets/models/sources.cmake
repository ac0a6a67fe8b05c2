# Item models of the workspace (district list, region tree, indicator table, recommendations)
# and the panels that show them.
target_sources(agglomap_widgets PRIVATE
    models/item_roles.h
    models/display_names.cpp
    models/cached_table_model.cpp
    models/district_list_model.cpp
    models/region_tree_model.cpp
    models/indicator_table_model.cpp
    models/recommendation_list_model.cpp
    models/item_filter_proxy_model.cpp
    panels/model_change_guard.cpp
    panels/region_tree_panel.cpp
    panels/district_list_panel.cpp
    panels/indicator_table_panel.cpp
    panels/recommendations_panel.cpp
)
