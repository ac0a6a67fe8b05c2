# District profiles: the pages of one district's briefing, and the sector network drawing they
# share with the inspector.
target_sources(agglomap_render PRIVATE
    profile/sector_network_painter.cpp
    profile/profile_text.cpp
    profile/profile_style.cpp
    profile/profile_content.cpp
    profile/profile_facts.cpp
    profile/profile_charts.cpp
    profile/profile_locator.cpp
    profile/profile_recommendations.cpp
    profile/district_profile.cpp
)
