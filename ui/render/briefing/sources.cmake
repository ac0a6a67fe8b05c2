# Briefing maps: the page composition (title, map, legend, scale bar, north arrow, sources) and
# its PNG, SVG and PDF files with the legend's JSON sidecar.
target_sources(agglomap_render PRIVATE
    briefing/page_format.cpp
    briefing/map_briefing.cpp
    briefing/briefing_text.cpp
    briefing/briefing_export.cpp
    briefing/legend_json.cpp
    briefing/export_session.cpp
)
