# The district inspector and editor: tabs and the sector linkage network view.
target_sources(agglomap_widgets PRIVATE
    inspector/inspector_context.h
    inspector/inspector_format.cpp
    inspector/inspector_tab.cpp
    inspector/gap_bar.cpp
    inspector/sector_network_view.cpp
    inspector/overview_tab.cpp
    inspector/industries_tab.cpp
    inspector/infrastructure_tab.cpp
    inspector/innovation_finance_tab.cpp
    inspector/linkages_tab.cpp
    inspector/district_inspector.cpp
)
