# Atlases: many district profiles as one PDF with contents, page numbers and bookmarks, or one
# PDF per district or per city.
target_sources(agglomap_render PRIVATE
    atlas/atlas_pages.cpp
    atlas/atlas_writer.cpp
)
