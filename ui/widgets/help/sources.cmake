# Help: the user guide, the first-run guide, keyboard shortcuts and the About box.
target_sources(agglomap_widgets PRIVATE
    help/help_actions.cpp
    help/first_run_guide.cpp
    help/guide_highlight.cpp
    help/user_guide_location.cpp
    help/markdown_browser.cpp
    help/user_guide_window.cpp
    help/keyboard_shortcuts.cpp
    help/shortcuts_dialog.cpp
    help/bundled_provenance.cpp
    help/about_dialog.cpp
)
